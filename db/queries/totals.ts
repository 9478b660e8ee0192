import { and, asc, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { ledger, repDayTotals, reps } from '../schema';
import { prepared } from './prepared';

/**
 * Adds `points` to the rep's total for a local day (the ledger's incremental aggregate).
 * `lastGainAt` is the instant points were gained (0 when the change only took points away).
 */
export function addToDayTotal(db: Db, repId: number, day: string, points: number, lastGainAt: number): void {
  const gained = lastGainAt;
  db.insert(repDayTotals)
    .values({ day, repId, points, lastScoredAt: gained })
    .onConflictDoUpdate({
      target: [repDayTotals.day, repDayTotals.repId],
      set: {
        points: sql`${repDayTotals.points} + ${points}`,
        lastScoredAt: sql`max(${repDayTotals.lastScoredAt}, ${gained})`,
      },
    })
    .run();
}

export interface RepPeriodTotal {
  repId: number;
  name: string;
  active: boolean;
  points: number;
  lastScoredAt: number;
}

/** Each rep's points over local days [firstDay, lastDay] (reps without any are absent). */
export function pointTotalsForDays(db: Db, firstDay: string, lastDay: string): { repId: number; value: number; lastAt: number }[] {
  // Aggregated first over the day range (the primary key's order), then matched to reps:
  // a join per rep would walk the range once for every rep.
  return db
    .select({ repId: repDayTotals.repId, value: sql<number>`sum(${repDayTotals.points})`, lastAt: sql<number>`max(${repDayTotals.lastScoredAt})` })
    .from(repDayTotals)
    .where(and(gte(repDayTotals.day, firstDay), lte(repDayTotals.day, lastDay)))
    .groupBy(repDayTotals.repId)
    .all();
}

/** Points per rep over local days [firstDay, lastDay]; every rep appears, with 0 if idle. */
export function totalsForDays(db: Db, firstDay: string, lastDay: string): RepPeriodTotal[] {
  const totals = new Map(pointTotalsForDays(db, firstDay, lastDay).map((t) => [t.repId, t]));
  return db
    .select({ repId: reps.id, name: reps.name, active: reps.active })
    .from(reps)
    .orderBy(asc(reps.id))
    .all()
    .map((rep) => ({ ...rep, points: totals.get(rep.repId)?.value ?? 0, lastScoredAt: totals.get(rep.repId)?.lastAt ?? 0 }));
}

/** The reps' combined points over [firstDay, lastDay] (all time when the days are omitted): XP. */
export function pointsSum(db: Db, repIds: readonly number[], firstDay = '0000-01-01', lastDay = '9999-12-31'): number {
  if (repIds.length === 0) return 0;
  if (repIds.length === 1) {
    const one = prepared(db, 'SELECT coalesce(sum(points), 0) AS value FROM rep_day_totals WHERE rep_id = ? AND day >= ? AND day <= ?');
    return (one.get(repIds[0], firstDay, lastDay) as { value: number }).value;
  }
  const row = db
    .select({ value: sql<number>`coalesce(sum(${repDayTotals.points}), 0)` })
    .from(repDayTotals)
    .where(and(inArray(repDayTotals.repId, [...repIds]), gte(repDayTotals.day, firstDay), lte(repDayTotals.day, lastDay)))
    .get();
  return row?.value ?? 0;
}

/** Points per rep and day over [firstDay, lastDay] (for charts). */
export function pointsByDay(db: Db, firstDay: string, lastDay: string): { repId: number; day: string; value: number }[] {
  return db
    .select({ repId: repDayTotals.repId, day: repDayTotals.day, value: repDayTotals.points })
    .from(repDayTotals)
    .where(and(gte(repDayTotals.day, firstDay), lte(repDayTotals.day, lastDay)))
    .all();
}

/**
 * Rebuilds the day totals from the ledger (after a time-zone change or a recompute).
 * Ledger rows are grouped in SQL by rep and 15-minute bucket (every UTC offset in use is a
 * multiple of 15 minutes), so only the buckets, not the rows, are mapped to local days.
 */
export function rebuildDayTotals(db: Db, dayOf: (at: number) => string): void {
  db.delete(repDayTotals).run();
  const buckets = db
    .select({
      repId: ledger.repId,
      bucket: sql<number>`${ledger.occurredAt} / 900000`,
      points: sql<number>`sum(${ledger.points})`,
      lastGain: sql<number>`coalesce(max(case when ${ledger.points} > 0 then ${ledger.occurredAt} end), 0)`,
    })
    .from(ledger)
    .groupBy(ledger.repId, sql`${ledger.occurredAt} / 900000`)
    .all();
  for (const b of buckets) addToDayTotal(db, b.repId, dayOf(b.bucket * 900000), b.points, b.lastGain);
}

/** Each rep's points of all time (their XP), in one grouped pass. */
export function pointsPerRep(db: Db): Map<number, number> {
  const rows = db
    .select({ repId: repDayTotals.repId, value: sql<number>`sum(${repDayTotals.points})` })
    .from(repDayTotals)
    .groupBy(repDayTotals.repId)
    .all();
  return new Map(rows.map((r) => [r.repId, r.value]));
}
