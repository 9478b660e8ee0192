import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { ledger, repDayTotals, reps } from '../schema';
import { notCancelled } from './ledger';

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

/** Points per rep over local days [firstDay, lastDay]; every rep appears, with 0 if idle. */
export function totalsForDays(db: Db, firstDay: string, lastDay: string): RepPeriodTotal[] {
  return db
    .select({
      repId: reps.id,
      name: reps.name,
      active: reps.active,
      points: sql<number>`coalesce(sum(${repDayTotals.points}), 0)`,
      lastScoredAt: sql<number>`coalesce(max(${repDayTotals.lastScoredAt}), 0)`,
    })
    .from(reps)
    .leftJoin(
      repDayTotals,
      and(eq(repDayTotals.repId, reps.id), gte(repDayTotals.day, firstDay), lte(repDayTotals.day, lastDay)),
    )
    .groupBy(reps.id)
    .orderBy(asc(reps.id))
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
      // Gains that still count: not an undo's adjustment, not cancelled by one.
      lastGain: sql<number>`coalesce(max(case when ${ledger.points} > 0 and ${ledger.kind} != 'adjustment' and ${notCancelled} then ${ledger.occurredAt} end), 0)`,
    })
    .from(ledger)
    .groupBy(ledger.repId, sql`${ledger.occurredAt} / 900000`)
    .all();
  for (const b of buckets) addToDayTotal(db, b.repId, dayOf(b.bucket * 900000), b.points, b.lastGain);
}
