import { DateTime } from 'luxon';
import { findBatch, ledgerRowsToCancel, liveEventIdsOfBatch, refreshLastScoredAt, retractEventIds, undoneBatchesWithLiveEvents, updateBatch } from '../../../db/queries/imports';
import { insertLedgerRow } from '../../../db/queries/ledger';
import { addToDayTotal } from '../../../db/queries/totals';
import { inTransaction } from '../../../db/transaction';
import type { Explanation } from '../../engine/scoring/explanation';
import { ZoneClock } from '../../ingest/csv/zone';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getCalendar } from '../workspace';
import { rebuildAfterUndo } from '../gamification/bulk';

const EVENTS_PER_TRANSACTION = 2000;

/** Lets the event loop breathe between transactions of a long undo (webhooks keep flowing). */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Cancels the points of some of a batch's events and retracts them, in one transaction:
 * each live ledger row of theirs (and each reversal elsewhere that took points back from
 * them) gets an adjustment row with the opposite points at the same instant, so every day
 * total returns to what it was. Nothing is deleted: the log and the ledger stay append-only.
 */
function undoSome(ctx: ServiceContext, batchName: string, eventIds: readonly number[], touched: Set<string>): void {
  inTransaction(ctx.db, () => {
    const clock = new ZoneClock(getCalendar(ctx).timeZone);
    const explanation: Explanation = { kind: 'undo', batch: batchName };
    const explanationJson = JSON.stringify(explanation);
    const days = new Map<string, { repId: number; day: string; points: number }>();
    for (const row of ledgerRowsToCancel(ctx.db, eventIds)) {
      insertLedgerRow(ctx.db, {
        eventId: row.eventId,
        repId: row.repId,
        ruleId: row.ruleId,
        points: -row.points,
        kind: 'adjustment',
        reversesLedgerId: row.id,
        occurredAt: row.occurredAt,
        explanationJson,
        createdAt: ctx.now(),
      });
      const day = clock.localDay(row.occurredAt);
      const key = `${row.repId}|${day}`;
      const total = days.get(key) ?? { repId: row.repId, day, points: 0 };
      total.points -= row.points;
      days.set(key, total);
      touched.add(key);
    }
    for (const t of days.values()) addToDayTotal(ctx.db, t.repId, t.day, t.points, 0);
    retractEventIds(ctx.db, eventIds, ctx.now());
  });
}

/** When each touched rep-day last gained points, from the rows that still count. */
function refreshTouchedDays(ctx: ServiceContext, touched: ReadonlySet<string>): void {
  const { timeZone } = getCalendar(ctx);
  inTransaction(ctx.db, () => {
    for (const key of touched) {
      const [rep = '0', day = ''] = key.split('|');
      const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
      refreshLastScoredAt(ctx.db, Number(rep), day, start.toMillis(), start.plus({ days: 1 }).toMillis());
    }
  });
}

async function retractAll(ctx: ServiceContext, batchId: number, name: string): Promise<void> {
  const touched = new Set<string>();
  const ids = liveEventIdsOfBatch(ctx.db, batchId);
  for (let at = 0; at < ids.length; at += EVENTS_PER_TRANSACTION) {
    undoSome(ctx, name, ids.slice(at, at + EVENTS_PER_TRANSACTION), touched);
    if (at + EVENTS_PER_TRANSACTION < ids.length) {
      ctx.bus.changed('events', 'ledger');
      await yieldToLoop();
    }
  }
  refreshTouchedDays(ctx, touched);
  rebuildAfterUndo(ctx, batchId);
}

/**
 * Undoes an import: its events stop counting and the leaderboard returns exactly to what
 * it would be without them. The batch is marked undone first; a large batch is then
 * retracted a few thousand events per transaction, and an undo cut short by a crash is
 * finished at the next start (every step skips what is already cancelled).
 */
export async function undoBatch(ctx: ServiceContext, batchId: number): Promise<void> {
  const batch = inTransaction(ctx.db, () => {
    const found = findBatch(ctx.db, batchId) ?? fail('not_found', `There is no import with id ${batchId}.`);
    if (found.status === 'running') fail('conflict', `"${found.name}" is still importing; cancel it first (a cancelled import is undone by itself).`);
    if (found.status === 'undone') fail('conflict', `"${found.name}" was already undone.`);
    return updateBatch(ctx.db, batchId, { status: 'undone', undoneAt: ctx.now() }) ?? found;
  });
  ctx.bus.changed('imports');
  await retractAll(ctx, batch.id, batch.name);
  ctx.bus.changed('events', 'ledger', 'imports');
}

/** Takes back a batch's events right after a failed or cancelled import (status set by the caller). */
export async function rollBackBatch(ctx: ServiceContext, batchId: number, name: string): Promise<void> {
  await retractAll(ctx, batchId, name);
  ctx.bus.changed('events', 'ledger', 'imports');
}

/** At start: finishes undos that a crash cut short. */
export async function finishInterruptedUndos(ctx: ServiceContext): Promise<void> {
  for (const id of undoneBatchesWithLiveEvents(ctx.db)) {
    const batch = findBatch(ctx.db, id);
    if (batch) await retractAll(ctx, id, batch.name);
  }
}
