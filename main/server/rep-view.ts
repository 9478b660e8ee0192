import type { IncomingMessage, ServerResponse } from 'node:http';
import { isJsonContentType } from '../ingest/content-type';
import type { ServiceContext } from '../services/context';
import { AppFailure } from '../services/errors';
import { findRepByLinkToken } from '../services/rep-links';
import type { RepDispatch } from '../services/rep-view/handlers';
import { readBody } from './body';
import { sendError, sendJson, statusOf } from './respond';
import { openSse, type SseStream } from './sse';
import type { StaticFiles } from './static-files';

const GONE = { code: 'forbidden' as const, message: 'This rep link was revoked; ask your manager for a new one.' };
const UNKNOWN = { code: 'not_found' as const, message: 'This rep link is not known here.' };

/**
 * Everything under `/me/<token>`: the rep's page, their API (the rep is the link's rep,
 * bound here, never read from the request) and a change stream so their view stays live.
 */
export class RepViewRoutes {
  private readonly streams = new Set<SseStream>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly dispatch: RepDispatch,
    private readonly files: StaticFiles,
  ) {
    // Only table names travel on this stream: no data, nothing private.
    this.unsubscribe = ctx.bus.subscribe((event) => {
      if (event.name !== 'changed') return;
      for (const stream of this.streams) stream.send('changed', event.payload);
    });
  }

  async handle(req: IncomingMessage, res: ServerResponse, token: string, rest: string): Promise<void> {
    const lookup = findRepByLinkToken(this.ctx, token);
    const method = req.method ?? 'GET';
    if (rest === '' && (method === 'GET' || method === 'HEAD')) {
      return this.files.sendPage(res, 'rep', lookup.status === 'active' ? 200 : lookup.status === 'revoked' ? 410 : 404);
    }
    if (rest === '/status' && method === 'GET') return sendJson(res, 200, { status: lookup.status });
    if (lookup.status !== 'active') {
      req.resume();
      return sendError(res, lookup.status === 'revoked' ? GONE : UNKNOWN);
    }
    if (rest === '/events' && method === 'GET') {
      const stream = openSse(req, res, () => this.streams.delete(stream));
      this.streams.add(stream);
      stream.send('hello', { at: Date.now() });
      return;
    }
    const api = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/.exec(rest);
    if (api && method === 'POST') {
      if (!isJsonContentType(req.headers['content-type'])) {
        req.resume();
        return sendError(res, { code: 'unsupported_media_type', message: 'Send the input as application/json.' });
      }
      let input: unknown;
      try {
        const body = await readBody(req, 64 * 1024);
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch (error) {
        if (error instanceof AppFailure) return sendError(res, error.toError());
        return sendError(res, { code: 'invalid_json', message: `The body is not valid JSON (${(error as Error).message}).` });
      }
      const result = await this.dispatch({ repId: lookup.repId }, api[1] ?? '', input);
      return sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
    }
    req.resume();
    return sendError(res, { code: 'not_found', message: `Nothing here: ${method} /me/…${rest}.` });
  }

  close(): void {
    this.unsubscribe();
    for (const stream of this.streams) stream.close();
    this.streams.clear();
  }
}
