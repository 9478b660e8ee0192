// The per-metric day aggregates (`rep_day_metrics`): written in the scoring transaction,
// read by leaderboards, goals and badges so that none of them scans the event log.
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { repDayMetrics } from '../schema';
import { prepared } from './prepared';

/** Adds `delta` to a rep's metric for a local day; `gainAt` is the instant of a gain (0 for a loss). */
export function addToDayMetric(db: Db, repId: number, metric: string, day: string, delta: number, gainAt: number): void {
  db.insert(repDayMetrics)
    .values({ metric, day, repId, value: delta, lastAt: gainAt })
    .onConflictDoUpdate({
      target: [repDayMetrics.metric, repDayMetrics.day, repDayMetrics.repId],
      set: { value: sql`${repDayMetrics.value} + ${delta}`, lastAt: sql`max(${repDayMetrics.lastAt}, ${gainAt})` },
    })
    .run();
}

/**
 * Adds several metrics of one rep and day in one statement (the scoring hot path). Returns
 * each metric's value for the day after the change.
 */
export function addToDayMetrics(db: Db, repId: number, day: string, deltas: readonly { metric: string; delta: number; gainAt: number }[]): Map<string, number> {
  const after = new Map<string, number>();
  const upsert = prepared(
    db,
    `INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (metric, day, rep_id) DO UPDATE SET value = value + excluded.value, last_at = max(last_at, excluded.last_at)
     RETURNING value`,
  );
  for (const d of deltas) {
    const row = upsert.get(d.metric, day, repId, d.delta, d.gainAt) as { value: number };
    after.set(d.metric, row.value);
  }
  return after;
}

export interface RepMetricTotal {
  repId: number;
  value: number;
  lastAt: number;
}

/** Each rep's total of a metric over local days [firstDay, lastDay] (reps without any are absent). */
export function metricTotalsForDays(db: Db, metric: string, firstDay: string, lastDay: string): RepMetricTotal[] {
  return db
    .select({ repId: repDayMetrics.repId, value: sql<number>`sum(${repDayMetrics.value})`, lastAt: sql<number>`max(${repDayMetrics.lastAt})` })
    .from(repDayMetrics)
    .where(and(eq(repDayMetrics.metric, metric), gte(repDayMetrics.day, firstDay), lte(repDayMetrics.day, lastDay)))
    .groupBy(repDayMetrics.repId)
    .all();
}

/** The reps' combined total of a metric over [firstDay, lastDay] (all time when the days are omitted). */
export function metricSum(db: Db, repIds: readonly number[], metric: string, firstDay = '0000-01-01', lastDay = '9999-12-31'): number {
  if (repIds.length === 0) return 0;
  if (repIds.length === 1) {
    const one = prepared(db, 'SELECT coalesce(sum(value), 0) AS value FROM rep_day_metrics WHERE rep_id = ? AND metric = ? AND day >= ? AND day <= ?');
    return (one.get(repIds[0], metric, firstDay, lastDay) as { value: number }).value;
  }
  const row = db
    .select({ value: sql<number>`coalesce(sum(${repDayMetrics.value}), 0)` })
    .from(repDayMetrics)
    .where(and(inArray(repDayMetrics.repId, [...repIds]), eq(repDayMetrics.metric, metric), gte(repDayMetrics.day, firstDay), lte(repDayMetrics.day, lastDay)))
    .get();
  return row?.value ?? 0;
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

/** A metric per rep and day over [firstDay, lastDay] (for charts). */
export function metricByDay(db: Db, metric: string, firstDay: string, lastDay: string): { repId: number; day: string; value: number }[] {
  return db
    .select({ repId: repDayMetrics.repId, day: repDayMetrics.day, value: repDayMetrics.value })
    .from(repDayMetrics)
    .where(and(eq(repDayMetrics.metric, metric), gte(repDayMetrics.day, firstDay), lte(repDayMetrics.day, lastDay)))
    .all();
}

export function clearDayMetrics(db: Db): void {
  db.delete(repDayMetrics).run();
}

export interface MetricBucket {
  repId: number;
  type: string;
  bucket: number;
  count: number;
  revenueMinor: number;
  lastAt: number;
}

/**
 * Non-reversing events with a rep, grouped by rep, type and 15-minute bucket (every UTC
 * offset in use is a multiple of 15 minutes, so a bucket never straddles a local midnight).
 * `revenueMinor` sums the amounts in `baseCurrency` of the `revenueTypes`.
 */
export function eventBuckets(db: Db, baseCurrency: string, revenueTypes: readonly string[], reversingTypes: readonly string[]): MetricBucket[] {
  const revenueList = sql.join(revenueTypes.map((t) => sql`${t}`), sql`, `);
  const reversingList = sql.join(reversingTypes.map((t) => sql`${t}`), sql`, `);
  return db.all<MetricBucket>(sql`
    SELECT rep_id AS repId, type, occurred_at / 900000 AS bucket, count(*) AS count,
      coalesce(sum(CASE WHEN type IN (${revenueList}) AND currency = ${baseCurrency} AND amount_minor > 0 THEN amount_minor END), 0) AS revenueMinor,
      max(occurred_at) AS lastAt
    FROM events
    WHERE rep_id IS NOT NULL AND type NOT IN (${reversingList})
    GROUP BY rep_id, type, occurred_at / 900000`);
}
