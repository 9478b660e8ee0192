import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/context';
import { AppFailure } from '../services/errors';
import type { Dispatch } from '../services/handler-map';
import type { AdminAuth } from './auth';
import { readBody } from './body';
import { isJsonContentType } from '../ingest/content-type';
import { sendError, sendJson, statusOf } from './respond';
import { openSse, type SseStream } from './sse';

const NOT_ADMIN = {
  code: 'unauthorized' as const,
  message: 'Sign in first: open the login link Fanfare printed at start, or send "Authorization: Bearer <admin token>" (the token is in the data folder, file admin-token).',
};

/** `POST /api/<procedure>`: the same dispatch the Electron IPC adapter uses. */
export async function handleApiCall(auth: AdminAuth, dispatch: Dispatch, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  const caller = auth.callerOf(req);
  if (!caller) {
    req.resume();
    return sendError(res, NOT_ADMIN);
  }
  // JSON only: a cross-site form cannot send it without a CORS preflight, which is never granted.
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    return sendError(res, { code: 'unsupported_media_type', message: 'Send the input as application/json.' });
  }
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (error) {
    if (error instanceof AppFailure) return sendError(res, error.toError());
    return sendError(res, { code: 'invalid_json', message: `The body is not valid JSON (${(error as Error).message}).` });
  }
  const result = await dispatch(name, input, caller);
  sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
}

/** `GET /api/events`: contract push events for the manager UI in browser mode. */
export class ApiEventStreams {
  private readonly streams = new Set<SseStream>();
  private readonly unsubscribe: () => void;

  constructor(ctx: ServiceContext) {
    this.unsubscribe = ctx.bus.subscribe((event) => {
      for (const stream of this.streams) stream.send(event.name, event.payload);
    });
  }

  open(auth: AdminAuth, req: IncomingMessage, res: ServerResponse): void {
    if (!auth.isAdmin(req)) return sendError(res, NOT_ADMIN);
    const stream = openSse(req, res, () => this.streams.delete(stream));
    this.streams.add(stream);
    stream.send('hello', { at: Date.now() });
  }

  close(): void {
    this.unsubscribe();
    for (const stream of this.streams) stream.close();
    this.streams.clear();
  }
}
