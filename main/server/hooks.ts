import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppError } from '../../preload/contract';
import { findSource } from '../../db/queries/sources';
import type { RawDelivery, SourceSettings } from '../ingest/adapter';
import { adapterFor } from '../ingest/adapters';
import type { ServiceContext } from '../services/context';
import { AppFailure } from '../services/errors';
import { ingestEvents, logRejectedDelivery } from '../services/ingest';
import { readBody } from './body';
import { sendError, sendJson, statusOf } from './respond';

function reject(ctx: ServiceContext, res: ServerResponse, sourceId: string, error: AppError): void {
  logRejectedDelivery(ctx, sourceId, statusOf(error.code), error.message);
  sendError(res, error);
}

/**
 * `POST /hooks/<kind>/<sourceId>`: authenticate on the raw bytes, parse, store and score in
 * one transaction, and answer 2xx only once that transaction has committed.
 */
export async function handleWebhook(ctx: ServiceContext, req: IncomingMessage, res: ServerResponse, kind: string, sourceId: string): Promise<void> {
  const row = findSource(ctx.db, sourceId);
  const adapter = adapterFor(kind);
  if (!row || row.kind !== kind || !adapter) {
    req.resume();
    sendError(res, { code: 'not_found', message: `No ${kind} source "${sourceId}" is configured here; copy the webhook URL from Fanfare's Sources screen.` });
    return;
  }
  if (!row.enabled) {
    req.resume();
    reject(ctx, res, sourceId, { code: 'source_disabled', message: `The source "${row.name}" is switched off in Fanfare; switch it on to accept deliveries.` });
    return;
  }
  if (!adapter.accepts(req.headers['content-type'])) {
    req.resume();
    reject(ctx, res, sourceId, {
      code: 'unsupported_media_type',
      message: `Content-Type "${req.headers['content-type'] ?? '(none)'}" is not accepted; send the body as application/json (UTF-8).`,
    });
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof AppFailure) return reject(ctx, res, sourceId, error.toError());
    throw error;
  }
  const delivery: RawDelivery = { method: req.method ?? 'POST', url: req.url ?? '', headers: req.headers, body, receivedAt: ctx.now() };
  const source: SourceSettings = { id: row.id, kind: row.kind as SourceSettings['kind'], secret: row.secret, config: JSON.parse(row.configJson) as Record<string, unknown> };
  const verified = adapter.verify(delivery, source);
  if (!verified.ok) return reject(ctx, res, sourceId, { code: 'bad_signature', message: verified.reason });
  const interpreted = await adapter.interpret(delivery, source);
  if (!interpreted.ok) {
    const first = interpreted.problems[0];
    const where = first?.path ? `${first.path}: ` : '';
    const more = interpreted.problems.length > 1 ? ` (and ${interpreted.problems.length - 1} more problem(s), listed in details)` : '';
    return reject(ctx, res, sourceId, {
      code: interpreted.status,
      message: `${where}${first?.message ?? 'the body was not understood'}${more}`,
      details: interpreted.problems,
    });
  }
  const result = ingestEvents(ctx, row, interpreted.events);
  const events = result.outcomes.map((o) => ({ id: o.externalId, status: o.status, duplicate: o.status === 'duplicate' }));
  const single = interpreted.batch ? undefined : events[0];
  sendJson(res, 200, single ? { ok: true, ...single } : { ok: true, accepted: events.filter((e) => !e.duplicate).length, duplicates: events.filter((e) => e.duplicate).length, events });
}
