import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { events } from '../schema';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;

/** Inserts an event unless the source already delivered that external id; returns the new row or undefined. */
export function insertEventIfNew(db: Db, row: NewEventRow): EventRow | undefined {
  return db.insert(events).values(row).onConflictDoNothing().returning().get();
}

/** Events withdrawn by an undone import count nowhere: every query below leaves them out. */
const live = isNull(events.retractedAt);

export function findEventByExternalId(db: Db, sourceId: string, externalId: string): EventRow | undefined {
  return db
    .select()
    .from(events)
    .where(and(eq(events.sourceId, sourceId), eq(events.externalId, externalId), live))
    .get();
}

export function findEvent(db: Db, id: number): EventRow | undefined {
  return db.select().from(events).where(eq(events.id, id)).get();
}

/** Events of the source that take back the given external id, oldest first. */
export function listReversalsOf(db: Db, sourceId: string, externalId: string): EventRow[] {
  return db
    .select()
    .from(events)
    .where(and(eq(events.sourceId, sourceId), eq(events.reversesExternalId, externalId), live))
    .orderBy(asc(events.id))
    .all();
}

export function listEventsPage(db: Db, opts: { limit: number; beforeId?: number; unmappedOnly: boolean }): EventRow[] {
  const conditions = [live];
  if (opts.beforeId !== undefined) conditions.push(lt(events.id, opts.beforeId));
  if (opts.unmappedOnly) conditions.push(isNull(events.repId));
  return db
    .select()
    .from(events)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(events.id))
    .limit(opts.limit)
    .all();
}

export function countUnmapped(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(events).where(and(isNull(events.repId), live)).get()?.n ?? 0;
}

/** Held events (no rep yet) of a source that name the given identity, oldest first. */
export function heldEventsOfIdentity(db: Db, sourceId: string | null, kind: 'email' | 'external_id' | 'name', value: string): EventRow[] {
  const conditions = [isNull(events.repId), eq(events.identityKind, kind), eq(events.identityValue, value), live];
  if (sourceId !== null) conditions.push(eq(events.sourceId, sourceId));
  return db.select().from(events).where(and(...conditions)).orderBy(asc(events.id)).all();
}

/** Resolves who a held event belongs to (the one change an event ever receives). */
export function assignRep(db: Db, eventId: number, repId: number): EventRow | undefined {
  return db.update(events).set({ repId, attributedBy: 'identity' }).where(and(eq(events.id, eventId), isNull(events.repId))).returning().get();
}

export interface UnmappedGroup {
  sourceId: string;
  kind: 'email' | 'external_id' | 'name' | null;
  value: string | null;
  count: number;
  firstAt: number;
  lastAt: number;
  sampleEventId: number;
}

/** Held events grouped by the identity they name, most recent first. */
export function unmappedGroups(db: Db): UnmappedGroup[] {
  return db
    .select({
      sourceId: events.sourceId,
      kind: events.identityKind,
      value: events.identityValue,
      count: sql<number>`count(*)`,
      firstAt: sql<number>`min(${events.occurredAt})`,
      lastAt: sql<number>`max(${events.occurredAt})`,
      sampleEventId: sql<number>`max(${events.id})`,
    })
    .from(events)
    .where(and(isNull(events.repId), isNull(events.reversesExternalId), live))
    .groupBy(events.sourceId, events.identityKind, events.identityValue)
    .orderBy(sql`max(${events.id}) desc`)
    .all();
}
