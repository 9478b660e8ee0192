import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppError } from '../../preload/contract';
import { findSource, type SourceRow } from '../../db/queries/sources';
import type { Interpretation, RawDelivery, SourceSettings } from '../ingest/adapter';
import { adapterFor } from '../ingest/adapters';
import type { ServiceContext } from '../services/context';
import { AppFailure } from '../services/errors';
import { logRejectedDelivery, type IngestResult } from '../services/ingest';
import { IngestQueue } from '../services/ingest-queue';
import { adapterEnv, adapterSettings } from '../services/sources';
import { DRY_RUN_HEADER, isDryRunToken, logDryRun, summariseDryRun } from '../services/dry-run';
import { readBody } from './body';
import { ReplayGuard } from './replay-guard';
import { sendError, sendJson, statusOf } from './respond';

/** One queue and one replay guard per running app (keyed by its service context). */
const queues = new WeakMap<ServiceContext, IngestQueue>();
const guards = new WeakMap<ServiceContext, ReplayGuard>();

function queueFor(ctx: ServiceContext): IngestQueue {
  let queue = queues.get(ctx);
  if (!queue) queues.set(ctx, (queue = new IngestQueue(ctx)));
  return queue;
}

function guardFor(ctx: ServiceContext): ReplayGuard {
  let guard = guards.get(ctx);
  if (!guard) guards.set(ctx, (guard = new ReplayGuard()));
  return guard;
}

interface CachedSource {
  row: SourceRow;
  settings: SourceSettings;
}
const sourceCaches = new WeakMap<ServiceContext, Map<string, CachedSource>>();

/**
 * The source a delivery names (and its settings as the adapter sees them), from memory: every
 * change to a source goes through the services, which announce it on the bus, and that
 * empties the cache.
 */
function sourceFor(ctx: ServiceContext, id: string): CachedSource | undefined {
  let cache = sourceCaches.get(ctx);
  if (!cache) {
    const fresh = new Map<string, CachedSource>();
    ctx.bus.subscribe((event) => {
      if (event.name === 'changed' && event.payload.tables.includes('sources')) fresh.clear();
    });
    sourceCaches.set(ctx, (cache = fresh));
  }
  const hit = cache.get(id);
  if (hit) return hit;
  const row = findSource(ctx.db, id);
  if (!row || !adapterFor(row.kind)) return undefined;
  // Unknown ids are not remembered: anyone can send those, the cache must not grow with them.
  const entry = { row, settings: adapterSettings(ctx, row) };
  cache.set(id, entry);
  return entry;
}

function reject(ctx: ServiceContext, res: ServerResponse, sourceId: string, error: AppError): void {
  logRejectedDelivery(ctx, sourceId, statusOf(error.code), error.message);
  sendError(res, error);
}

/** The answer a sender gets: per event for an array, flat for a single event. */
function answer(result: IngestResult, interpreted: Interpretation & { ok: true }): unknown {
  const events = result.outcomes.map((o) => ({ id: o.externalId, status: o.status, duplicate: o.status === 'duplicate' || o.status === 'already_counted' }));
  const extra = {
    ...(interpreted.held && interpreted.held.length > 0 ? { held: interpreted.held.map((h) => ({ id: h.key, reason: h.reason })) } : {}),
    ...(interpreted.ignored && interpreted.ignored.length > 0 ? { ignored: interpreted.ignored.map((i) => ({ id: i.key, reason: i.reason })) } : {}),
  };
  const single = interpreted.batch ? undefined : events[0];
  if (single && Object.keys(extra).length === 0) return { ok: true, ...single };
  return { ok: true, accepted: events.filter((e) => !e.duplicate).length, duplicates: events.filter((e) => e.duplicate).length, events, ...extra };
}

/**
 * `POST /hooks/<kind>/<sourceId>`: authenticate on the raw bytes (forged, stale and replayed
 * deliveries get 401 and a row in the delivery log), parse (400 naming the field), then store
 * and score with group commit, and answer 2xx only once that transaction has committed.
 */
export async function handleWebhook(ctx: ServiceContext, req: IncomingMessage, res: ServerResponse, kind: string, sourceId: string): Promise<void> {
  const cached = sourceFor(ctx, sourceId);
  const row = cached?.row;
  const adapter = adapterFor(kind);
  if (!cached || !row || row.kind !== kind || !adapter) {
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
  const source = cached.settings;
  const verified = adapter.verify(delivery, source);
  if (!verified.ok) return reject(ctx, res, sourceId, { code: 'bad_signature', message: verified.reason });
  const dryRun = isDryRunToken(req.headers[DRY_RUN_HEADER]);
  if (!dryRun && verified.replayKey && !guardFor(ctx).firstTime(`${row.id}|${verified.replayKey}`, verified.expiresAt ?? delivery.receivedAt, delivery.receivedAt)) {
    return reject(ctx, res, sourceId, {
      code: 'bad_signature',
      message: 'replayed: this exact signed request was already received; the vendor signs every retry anew, so a copy is refused',
    });
  }
  const interpretation = adapter.interpret(delivery, source, adapterEnv(ctx));
  // Most adapters answer at once: waiting on a plain value would still cost a turn of the microtask queue.
  const interpreted = interpretation instanceof Promise ? await interpretation : interpretation;
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
  if (dryRun) {
    const summary = summariseDryRun(ctx, row, interpreted);
    logDryRun(ctx, row, summary);
    return sendJson(res, 200, { ok: true, dryRun: true, ...summary });
  }
  const result = await queueFor(ctx).submit({ source: row, events: interpreted.events, held: interpreted.held ?? [], ignored: interpreted.ignored ?? [] });
  sendJson(res, 200, answer(result, interpreted));
}
