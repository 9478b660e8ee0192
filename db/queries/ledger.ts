import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { columnsOf, prepared } from '../statements';
import { ledger } from '../schema';

export type LedgerRow = typeof ledger.$inferSelect;
export type NewLedgerRow = typeof ledger.$inferInsert;

/** A row no adjustment has cancelled (undo of an import cancels rows with adjustments). */
export const notCancelled = sql`not exists (select 1 from ledger as c where c.reverses_ledger_id = ${ledger.id} and c.kind = 'adjustment')`;

/** Appends a ledger row (the ledger is never edited). */
export function insertLedgerRow(db: Db, row: NewLedgerRow): LedgerRow {
  const c = columnsOf(ledger);
  const bound = c.bind(row);
  const id = Number(prepared(db, 'ledger.insert', () => `INSERT INTO ledger (${c.insertNames}) VALUES (${c.insertValues})`).run(bound).lastInsertRowid);
  return c.inserted(bound, id);
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

/** The rows that point at the given award rows (reversals, transfers, recompute adjustments). */
export function rowsReferencing(db: Db, awardIds: readonly number[]): LedgerRow[] {
  if (awardIds.length === 0) return [];
  return db.select().from(ledger).where(inArray(ledger.reversesLedgerId, [...awardIds])).orderBy(ledger.id).all();
}

export interface EventNet {
  eventId: number;
  repId: number;
  points: number;
  occurredAt: number;
}

/** Net points each of the given events holds per rep (awards, reversals and adjustments), keyed `eventId:repId`. */
export function netPointsOfEvents(db: Db, eventIds: readonly number[]): Map<string, EventNet> {
  const out = new Map<string, EventNet>();
  if (eventIds.length === 0) return out;
  // One prepared statement bound to a JSON list: recompute asks for a thousand events at a time.
  const rows = prepared(
    db,
    'ledger.netOfEvents',
    () => 'SELECT event_id AS eventId, rep_id AS repId, sum(points) AS points, min(occurred_at) AS occurredAt FROM ledger WHERE event_id IN (SELECT value FROM json_each(?)) GROUP BY event_id, rep_id',
  ).all(JSON.stringify(eventIds)) as EventNet[];
  for (const row of rows) out.set(`${row.eventId}:${row.repId}`, row);
  return out;
}

/** The award row of an event (what its reversals point to, with the rule that gave it), if it earned one. */
export function firstAwardRow(db: Db, eventId: number): { id: number; ruleId: number | null } | null {
  const raw = prepared(db, 'ledger.firstAward', () => "SELECT id, rule_id AS ruleId FROM ledger WHERE event_id = ? AND kind = 'award' ORDER BY id LIMIT 1").get(eventId) as
    | { id: number; ruleId: number | null }
    | undefined;
  return raw ?? null;
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

/** A rep's award row on an event (what adjustments and reversals point at), if any. */
export function firstAwardRowOfRep(db: Db, eventId: number, repId: number): { id: number } | null {
  const raw = prepared(db, 'ledger.awardOfRep', () => "SELECT id FROM ledger WHERE event_id = ? AND rep_id = ? AND kind = 'award' ORDER BY id LIMIT 1").get(eventId, repId) as { id: number } | undefined;
  return raw ?? null;
}
