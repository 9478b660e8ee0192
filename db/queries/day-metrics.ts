// The per-metric day aggregates (`rep_day_metrics`): written in the scoring transaction,
// read by leaderboards, goals and badges so that none of them scans the event log.
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { repDayMetrics } from '../schema';
import { prepared } from './prepared';

const UPSERT = `INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (metric, day, rep_id) DO UPDATE SET value = value + excluded.value, last_at = max(last_at, excluded.last_at)`;
const UPSERT_RETURNING = `${UPSERT} RETURNING value`;

/**
 * Adds several metrics of one rep and day (the scoring hot path). Returns the day's value
 * of `watched` after the change, when it was among them: only that upsert pays for RETURNING.
 */
export function addToDayMetrics(db: Db, repId: number, day: string, deltas: readonly { metric: string; delta: number; gainAt: number }[], watched?: string): number | undefined {
  let after: number | undefined;
  for (const d of deltas) {
    if (d.metric === watched) after = prepared(db, UPSERT_RETURNING, 'pluck').get(d.metric, day, repId, d.delta, d.gainAt) as number;
    else prepared(db, UPSERT).run(d.metric, day, repId, d.delta, d.gainAt);
  }
  return after;
}

/** Local days on which any of the reps has a positive value of the metric, within [firstDay, lastDay]. */
export function daysWithMetric(db: Db, repIds: readonly number[], metric: string, firstDay = '0000-01-01', lastDay = '9999-12-31'): string[] {
  if (repIds.length === 0) return [];
  if (repIds.length === 1) {
    const one = prepared(db, 'SELECT day FROM rep_day_metrics WHERE rep_id = ? AND metric = ? AND day >= ? AND day <= ? AND value > 0 ORDER BY day');
    return (one.all(repIds[0], metric, firstDay, lastDay) as { day: string }[]).map((r) => r.day);
  }
  return db
    .selectDistinct({ day: repDayMetrics.day })
    .from(repDayMetrics)
    .where(
      and(
        inArray(repDayMetrics.repId, [...repIds]),
        eq(repDayMetrics.metric, metric),
        gte(repDayMetrics.day, firstDay),
        lte(repDayMetrics.day, lastDay),
        sql`${repDayMetrics.value} > 0`,
      ),
    )
    .orderBy(repDayMetrics.day)
    .all()
    .map((r) => r.day);
}

/** Records that a reversal's metric effect is applied; false when it already was. */
export function markReversalApplied(db: Db, eventId: number): boolean {
  return prepared(db, 'INSERT INTO applied_reversals (event_id) VALUES (?) ON CONFLICT DO NOTHING').run(eventId).changes === 1;
}

export function clearAppliedReversals(db: Db, within?: { start: number; end: number }): void {
  if (!within) prepared(db, 'DELETE FROM applied_reversals').run();
  else prepared(db, 'DELETE FROM applied_reversals WHERE event_id IN (SELECT id FROM events WHERE occurred_at >= ? AND occurred_at < ?)').run(within.start, within.end);
}

export function isReversalApplied(db: Db, eventId: number): boolean {
  return prepared(db, 'SELECT 1 FROM applied_reversals WHERE event_id = ?').get(eventId) !== undefined;
}
