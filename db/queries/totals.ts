import { and, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { repDayTotals, repMonthTotals } from '../schema';

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

/** Each rep's points of all time (their XP), in one grouped pass. */
export function pointsPerRep(db: Db): Map<number, number> {
  const rows = db
    .select({ repId: repMonthTotals.repId, value: sql<number>`sum(${repMonthTotals.points})` })
    .from(repMonthTotals)
    .groupBy(repMonthTotals.repId)
    .all();
  return new Map(rows.map((r) => [r.repId, r.value]));
}

/** Points per rep and day over [firstDay, lastDay] (for charts). */
export function pointsByDay(db: Db, firstDay: string, lastDay: string): { repId: number; day: string; value: number }[] {
  return db
    .select({ repId: repDayTotals.repId, day: repDayTotals.day, value: repDayTotals.points })
    .from(repDayTotals)
    .where(and(gte(repDayTotals.day, firstDay), lte(repDayTotals.day, lastDay)))
    .all();
}
