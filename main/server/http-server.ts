import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/context';
import { AppFailure } from '../services/errors';
import type { Dispatch } from '../services/handler-map';
import { findDisplayByToken } from '../services/displays';
import { ApiEventStreams, handleApiCall } from './api';
import type { AdminAuth } from './auth';
import { readBody } from './body';
import { handleWebhook } from './hooks';
import { handleUpload } from './uploads';
import { redirect, sendError, sendJson } from './respond';
import type { StaticFiles } from './static-files';
import { PREVIEW_CSP, sendLogo } from './wallboard-files';
import { WallboardHub } from './wallboard-hub';
import { RepViewRoutes } from './rep-view';
import type { RepDispatch } from '../services/rep-view/handlers';
import { AVATAR, sendAvatar } from './avatars';

export interface HttpServerDeps {
  ctx: ServiceContext;
  dispatch: Dispatch;
  repDispatch: RepDispatch;
  auth: AdminAuth;
  files: StaticFiles;
}

export interface FanfareServer {
  server: Server;
  wallboards: WallboardHub;
  /** Stops accepting, ends the live streams, waits for in-flight requests. */
  close(): Promise<void>;
}

const HOOK = /^\/hooks\/([a-z]+)\/([A-Za-z0-9_-]{1,64})\/?$/;
const API = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/;
const UPLOAD = /^\/uploads(?:\/([A-Za-z0-9_-]{16,64}))?\/?$/;
const ME = /^\/me\/([A-Za-z0-9_-]{16,128})(\/.*)?$/;
const WALL = /^\/wall\/([A-Za-z0-9_-]{16,128})(\/stream|\/status|\/logo)?\/?$/;

export function createFanfareServer({ ctx, dispatch, repDispatch, auth, files }: HttpServerDeps): FanfareServer {
  const wallboards = new WallboardHub(ctx);
  ctx.wallboard = wallboards;
  const apiEvents = new ApiEventStreams(ctx);
  const repViews = new RepViewRoutes(ctx, repDispatch, files);
  let inFlight = 0;
  let drained: (() => void) | null = null;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fanfare.local');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/healthz' && method === 'GET') return sendJson(res, 200, { ok: true, version: ctx.version });

    const hook = HOOK.exec(path);
    if (hook) {
      if (method !== 'POST') return sendError(res, { code: 'not_found', message: 'Webhooks are delivered with POST.' });
      return handleWebhook(ctx, req, res, hook[1] ?? '', hook[2] ?? '');
    }

    const upload = UPLOAD.exec(path);
    if (upload && ((method === 'POST' && !upload[1]) || (method === 'PUT' && upload[1]))) return handleUpload(ctx, auth, req, res, upload[1] ?? null, url);

    if (path === '/api/events' && method === 'GET') return apiEvents.open(auth, req, res);
    const api = API.exec(path);
    if (api && method === 'POST') return handleApiCall(auth, dispatch, req, res, api[1] ?? '');

    const wall = WALL.exec(path);
    if (wall && (method === 'GET' || method === 'HEAD')) {
      const token = wall[1] ?? '';
      if (wall[2] === '/stream') return wallboards.open(req, res, token, url.searchParams.get('after'));
      const lookup = findDisplayByToken(ctx, token);
      if (wall[2] === '/logo') return sendLogo(ctx, res, lookup.status === 'active');
      // For a page whose stream failed: is the link gone for good, or is the server just back?
      if (wall[2] === '/status') return sendJson(res, 200, { status: lookup.status });
      // The page always renders (it explains a revoked or unknown link in the TV's language).
      return files.sendPage(res, 'wallboard', lookup.status === 'active' ? 200 : lookup.status === 'revoked' ? 410 : 404);
    }

    // The editor's live preview: the wallboard page, fed by its parent window (no token, no data of its own).
    if (path === '/wall-preview' && (method === 'GET' || method === 'HEAD')) {
      return files.sendPage(res, 'wallboard', 200, { 'content-security-policy': PREVIEW_CSP });
    }

    const avatar = AVATAR.exec(path);
    if (avatar && (method === 'GET' || method === 'HEAD')) return sendAvatar(ctx, res, avatar[1] ?? '', method === 'HEAD');

    const me = ME.exec(path);
    if (me) return repViews.handle(req, res, me[1] ?? '', (me[2] ?? '').replace(/\/$/, ''));

    if (path === '/login' && method === 'GET') {
      const session = auth.redeemLoginCode(url.searchParams.get('code') ?? '');
      if (!session) return redirect(res, '/?login=expired');
      return redirect(res, '/', { 'set-cookie': auth.sessionCookie(session) });
    }
    if (path === '/login' && method === 'POST') {
      const body = await readBody(req, 4096);
      let token = '';
      try {
        token = String((JSON.parse(body.toString('utf8')) as { token?: unknown }).token ?? '');
      } catch {
        return sendError(res, { code: 'invalid_json', message: 'Send {"token": "<admin token>"} as JSON.' });
      }
      const session = auth.loginWithToken(token.trim());
      if (!session) return sendError(res, { code: 'unauthorized', message: 'That is not the admin token of this Fanfare; copy it from the file admin-token in the data folder.' });
      return sendJson(res, 200, { ok: true }, { 'set-cookie': auth.sessionCookie(session) });
    }

    if ((method === 'GET' || method === 'HEAD') && (path === '/' || path === '/index.html')) return files.sendPage(res, 'manager');
    if ((method === 'GET' || method === 'HEAD') && (path.startsWith('/assets/') || path === '/favicon.svg' || path === '/favicon.ico')) {
      return files.sendAsset(req, res, path);
    }
    req.resume();
    return sendError(res, { code: 'not_found', message: `Nothing here: ${method} ${path}.` });
  }

  const server = createServer((req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      if (inFlight === 0 && drained) drained();
    });
    route(req, res).catch((error: unknown) => {
      if (error instanceof AppFailure) {
        if (!res.headersSent) sendError(res, error.toError());
        return;
      }
      ctx.log('error', `${req.method} ${req.url} failed`, error);
      if (!res.headersSent) sendError(res, { code: 'internal', message: 'Fanfare could not handle this request; nothing was stored. The details are in the log.' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;

  return {
    server,
    wallboards,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Long-lived streams never finish on their own: end them, then idle keep-alives.
        wallboards.close();
        apiEvents.close();
        repViews.close();
        server.closeIdleConnections();
        const done = () => {
          server.closeAllConnections();
        };
        if (inFlight === 0) done();
        else {
          drained = done;
          setTimeout(done, 10_000).unref();
        }
      }),
  };
}
