import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { events } from '../schema';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;

/** Inserts an event unless the source already delivered that external id; returns the new row or undefined. */
export function insertEventIfNew(db: Db, row: NewEventRow): EventRow | undefined {
  return db.insert(events).values(row).onConflictDoNothing().returning().get();
}

export function findEventByExternalId(db: Db, sourceId: string, externalId: string): EventRow | undefined {
  return db
    .select()
    .from(events)
    .where(and(eq(events.sourceId, sourceId), eq(events.externalId, externalId)))
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
    .where(and(eq(events.sourceId, sourceId), eq(events.reversesExternalId, externalId)))
    .orderBy(asc(events.id))
    .all();
}

export function listEventsPage(db: Db, opts: { limit: number; beforeId?: number; unmappedOnly: boolean }): EventRow[] {
  const conditions = [];
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
  return db.select({ n: sql<number>`count(*)` }).from(events).where(isNull(events.repId)).get()?.n ?? 0;
}
