import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { commissionAdjustments, commissionDealTerms, commissionDisputes, commissionSplits, events } from '../schema';
import type { EventRow } from './events';
import { jsonList } from './json-list';

export type AdjustmentRow = typeof commissionAdjustments.$inferSelect;
export type DisputeRow = typeof commissionDisputes.$inferSelect;
export type SplitRow = typeof commissionSplits.$inferSelect;

// Events of an undone CSV import (retracted) count nowhere, commissions included.
const live = isNull(events.retractedAt);

/** Events of the given types in [from, to), any rep, oldest first. */
export function eventsOfTypesBetween(db: Db, types: readonly string[], from: number, to: number): EventRow[] {
  if (types.length === 0) return [];
  return db
    .select()
    .from(events)
    // An event that repeats an already counted payment, deal or booking (a second Stripe event
    // of one payment) is in the log for the record, but is not a second sale.
    .where(and(inArray(events.type, [...types]), gte(events.occurredAt, from), lt(events.occurredAt, to), isNull(events.repeatsEventId), live))
    .orderBy(asc(events.occurredAt), asc(events.id))
    .all();
}

/** Events named by (source, external id), e.g. the originals that refunds take back. */
export function eventsByExternalIds(db: Db, keys: readonly { sourceId: string; externalId: string }[]): EventRow[] {
  if (keys.length === 0) return [];
  const found: EventRow[] = [];
  // Chunked: SQLite limits the number of bound parameters per statement.
  for (let i = 0; i < keys.length; i += 200) {
    const chunk = keys.slice(i, i + 200);
    found.push(...db.select().from(events).where(and(live, or(...chunk.map((k) => and(eq(events.sourceId, k.sourceId), eq(events.externalId, k.externalId)))))).all());
  }
  return found;
}

/** Reversals (any time) that take back one of the given external ids of a source. */
export function reversalsOf(db: Db, sourceId: string, externalIds: readonly string[]): EventRow[] {
  if (externalIds.length === 0) return [];
  return db
    .select()
    .from(events)
    .where(and(eq(events.sourceId, sourceId), sql`${events.reversesExternalId} IN ${jsonList(externalIds)}`, live))
    .orderBy(asc(events.id))
    .all();
}

export function splitsOfEvents(db: Db, eventIds: readonly number[]): SplitRow[] {
  if (eventIds.length === 0) return [];
  return db.select().from(commissionSplits).where(sql`${commissionSplits.eventId} IN ${jsonList(eventIds)}`).all();
}

export function replaceSplits(db: Db, eventId: number, rows: Omit<SplitRow, 'eventId'>[]): void {
  db.delete(commissionSplits).where(eq(commissionSplits.eventId, eventId)).run();
  for (const row of rows) db.insert(commissionSplits).values({ ...row, eventId }).run();
}

export function dealTermsOf(db: Db, eventIds: readonly number[]): Map<number, number> {
  if (eventIds.length === 0) return new Map();
  const rows = db.select().from(commissionDealTerms).where(sql`${commissionDealTerms.eventId} IN ${jsonList(eventIds)}`).all();
  return new Map(rows.map((r) => [r.eventId, r.termDays]));
}

export function setDealTerm(db: Db, eventId: number, termDays: number | null, now: number): void {
  if (termDays === null) {
    db.delete(commissionDealTerms).where(eq(commissionDealTerms.eventId, eventId)).run();
    return;
  }
  db.insert(commissionDealTerms)
    .values({ eventId, termDays, updatedAt: now })
    .onConflictDoUpdate({ target: commissionDealTerms.eventId, set: { termDays, updatedAt: now } })
    .run();
}

export function adjustmentsOf(db: Db, planId: number, repId: number): AdjustmentRow[] {
  return db
    .select()
    .from(commissionAdjustments)
    .where(and(eq(commissionAdjustments.planId, planId), eq(commissionAdjustments.repId, repId)))
    .orderBy(asc(commissionAdjustments.id))
    .all();
}

export function findAdjustment(db: Db, id: number): AdjustmentRow | undefined {
  return db.select().from(commissionAdjustments).where(eq(commissionAdjustments.id, id)).get();
}

export function insertAdjustment(db: Db, row: Omit<AdjustmentRow, 'id'>): AdjustmentRow {
  return db.insert(commissionAdjustments).values(row).returning().get();
}

export function deleteAdjustment(db: Db, id: number): void {
  db.delete(commissionAdjustments).where(eq(commissionAdjustments.id, id)).run();
}

export function insertDispute(db: Db, row: Omit<DisputeRow, 'id'>): DisputeRow {
  return db.insert(commissionDisputes).values(row).returning().get();
}

export function findDispute(db: Db, id: number): DisputeRow | undefined {
  return db.select().from(commissionDisputes).where(eq(commissionDisputes.id, id)).get();
}

export function updateDispute(db: Db, id: number, patch: Partial<Omit<DisputeRow, 'id'>>): DisputeRow | undefined {
  return db.update(commissionDisputes).set(patch).where(eq(commissionDisputes.id, id)).returning().get();
}

export function listDisputeRows(db: Db, filter: { status?: 'open'; planId?: number; repId?: number }): DisputeRow[] {
  const conditions = [];
  if (filter.status) conditions.push(eq(commissionDisputes.status, filter.status));
  if (filter.planId !== undefined) conditions.push(eq(commissionDisputes.planId, filter.planId));
  if (filter.repId !== undefined) conditions.push(eq(commissionDisputes.repId, filter.repId));
  return db
    .select()
    .from(commissionDisputes)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(commissionDisputes.createdAt), desc(commissionDisputes.id))
    .all();
}
