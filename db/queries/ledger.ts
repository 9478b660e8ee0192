import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { ledger } from '../schema';

export type LedgerRow = typeof ledger.$inferSelect;
export type NewLedgerRow = typeof ledger.$inferInsert;

/** A row no adjustment has cancelled (undo of an import cancels rows with adjustments). */
export const notCancelled = sql`not exists (select 1 from ledger as c where c.reverses_ledger_id = ${ledger.id} and c.kind = 'adjustment')`;

export function insertLedgerRow(db: Db, row: NewLedgerRow): LedgerRow {
  return db.insert(ledger).values(row).returning().get();
}

export function ledgerOfEvent(db: Db, eventId: number): LedgerRow[] {
  return db.select().from(ledger).where(eq(ledger.eventId, eventId)).orderBy(ledger.id).all();
}

export function ledgerOfEvents(db: Db, eventIds: readonly number[]): LedgerRow[] {
  if (eventIds.length === 0) return [];
  return db.select().from(ledger).where(inArray(ledger.eventId, [...eventIds])).orderBy(ledger.id).all();
}

/**
 * Points already taken back from each of the given award rows (positive numbers). A
 * reversal that an undone import cancelled (an adjustment row points at it) no longer
 * counts; an adjustment that cancelled the award itself counts as taking it all.
 */
export function reversedSoFar(db: Db, awardIds: readonly number[]): Map<number, number> {
  if (awardIds.length === 0) return new Map();
  const rows = db
    .select({ awardId: ledger.reversesLedgerId, taken: sql<number>`-sum(${ledger.points})` })
    .from(ledger)
    .where(and(inArray(ledger.reversesLedgerId, [...awardIds]), notCancelled))
    .groupBy(ledger.reversesLedgerId)
    .all();
  return new Map(rows.map((r) => [r.awardId ?? 0, r.taken]));
}

/** A rep's own ledger lines, newest first (lines of events an undone import withdrew are left out: they net to zero). */
export function ledgerOfRep(db: Db, repId: number, limit: number): LedgerRow[] {
  return db
    .select()
    .from(ledger)
    .where(and(eq(ledger.repId, repId), sql`not exists (select 1 from events e where e.id = ${ledger.eventId} and e.retracted_at is not null)`))
    .orderBy(desc(ledger.occurredAt), desc(ledger.id))
    .limit(limit)
    .all();
}
