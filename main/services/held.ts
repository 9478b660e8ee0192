import { findDelivery } from '../../db/queries/sources';
import { heldItemsDue, markHeldResolved, markHeldRetried, unresolvedHeldOfDelivery, type HeldItemRow } from '../../db/queries/held';
import { inTransaction } from '../../db/transaction';
import type { SourceRow } from '../../db/queries/sources';
import { adapterFor } from '../ingest/adapters';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { storeEvents } from './ingest';
import { adapterEnv, adapterSettings, requireSource } from './sources';

/**
 * Interprets held elements again (the vendor's API is back, the manager fixed a token). Each
 * element that now becomes events is stored and scored, and marked resolved, in one
 * transaction; one that still cannot is kept with the new reason.
 */
async function replayItems(ctx: ServiceContext, source: SourceRow, items: readonly HeldItemRow[]): Promise<{ resolved: number; stillHeld: number; reason: string | null }> {
  const adapter = adapterFor(source.kind);
  if (!adapter?.replay) fail('conflict', `${source.kind} deliveries have nothing to replay.`);
  const settings = adapterSettings(ctx, source);
  let resolved = 0;
  let reason: string | null = null;
  for (const item of items) {
    const interpreted = await adapter.replay(item.elementJson, settings, adapterEnv(ctx));
    const now = ctx.now();
    if (!interpreted.ok) {
      reason = interpreted.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
      markHeldRetried(ctx.db, item.id, now, reason);
      continue;
    }
    const stillHeld = interpreted.held?.[0];
    if (stillHeld) {
      reason = stillHeld.reason;
      markHeldRetried(ctx.db, item.id, now, stillHeld.reason);
      continue;
    }
    inTransaction(ctx.db, () => {
      storeEvents(ctx, source, interpreted.events, now);
      markHeldResolved(ctx.db, item.id, now);
    });
    resolved += 1;
  }
  ctx.bus.changed('events', 'ledger', 'deliveries', 'held', 'sources');
  return { resolved, stillHeld: items.length - resolved, reason };
}

/** `sources.replay`: the manager's "Replay" on a held delivery. */
export async function replayDelivery(ctx: ServiceContext, deliveryId: number): Promise<{ resolved: number; stillHeld: number; reason: string | null }> {
  const delivery = findDelivery(ctx.db, deliveryId) ?? fail('not_found', `There is no delivery with id ${deliveryId}.`);
  const source = requireSource(ctx, delivery.sourceId);
  const items = unresolvedHeldOfDelivery(ctx.db, deliveryId);
  if (items.length === 0) fail('conflict', 'Nothing of this delivery is held any more: it was already replayed.');
  return replayItems(ctx, source, items);
}

const MINUTE = 60_000;

/** Waits 1, 2, 4 … up to 60 minutes between automatic attempts. */
export function retryDelay(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * MINUTE;
}

/** Replays held elements in the background, with backoff, until they resolve. */
export function startHeldRetry(ctx: ServiceContext, everyMs = MINUTE): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = ctx.now();
      const due = heldItemsDue(ctx.db, now - MINUTE, 50).filter((item) => now - item.lastAttemptAt >= retryDelay(item.attempts));
      const bySource = new Map<string, HeldItemRow[]>();
      for (const item of due) bySource.set(item.sourceId, [...(bySource.get(item.sourceId) ?? []), item]);
      for (const [sourceId, items] of bySource) {
        const source = requireSource(ctx, sourceId);
        if (source.enabled) await replayItems(ctx, source, items);
      }
    } catch (error) {
      ctx.log('warn', 'retrying held deliveries failed', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
