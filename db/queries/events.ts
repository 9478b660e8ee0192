import { and, asc, desc, eq, gte, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import { REVERSING_TYPES } from '../../main/engine/event-types';
import type { Db } from '../open';
import { columnsOf, prepared } from '../statements';
import { events, ledger } from '../schema';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;

/** Inserts an event unless the source already delivered that external id; returns the new row or undefined. */
export function insertEventIfNew(db: Db, row: NewEventRow): EventRow | undefined {
  const c = columnsOf(events);
  const bound = c.bind(row);
  const result = prepared(db, 'events.insertIfNew', () => `INSERT INTO events (${c.insertNames}) VALUES (${c.insertValues}) ON CONFLICT DO NOTHING`).run(bound);
  return result.changes === 0 ? undefined : c.inserted(bound, Number(result.lastInsertRowid));
}

/** Events withdrawn by an undone import count nowhere: every query below leaves them out. */
const live = isNull(events.retractedAt);

export function findEventByExternalId(db: Db, sourceId: string, externalId: string): EventRow | undefined {
  const c = columnsOf(events);
  const raw = prepared(db, 'events.byExternalId', () => `SELECT ${c.select} FROM events WHERE source_id = ? AND external_id = ? AND retracted_at IS NULL`).get(sourceId, externalId);
  return raw ? c.map(raw as Record<string, unknown>) : undefined;
}

export function findEvent(db: Db, id: number): EventRow | undefined {
  const c = columnsOf(events);
  const raw = prepared(db, 'events.byId', () => `SELECT ${c.select} FROM events WHERE id = ?`).get(id);
  return raw ? c.map(raw as Record<string, unknown>) : undefined;
}

/** The events of a source about one subject (a deal, a payment, a booking), in arrival order. */
export function eventsOfSubject(db: Db, sourceId: string, subjectKey: string): EventRow[] {
  const c = columnsOf(events);
  return prepared(db, 'events.ofSubject', () => `SELECT ${c.select} FROM events WHERE source_id = ? AND subject_key = ? AND retracted_at IS NULL ORDER BY id`)
    .all(sourceId, subjectKey)
    .map((raw) => c.map(raw as Record<string, unknown>));
}

/** Events of the source that take back the given external id, oldest first (scoring's hot path). */
export function listReversalsOf(db: Db, sourceId: string, externalId: string): EventRow[] {
  const c = columnsOf(events);
  return prepared(db, 'events.reversalsOf', () => `SELECT ${c.select} FROM events WHERE source_id = ? AND reverses_external_id = ? AND retracted_at IS NULL ORDER BY id`)
    .all(sourceId, externalId)
    .map((raw) => c.map(raw as Record<string, unknown>));
}

/** Events that wait for a rep: no rep yet, and they would count (reversals and repeats need none). */
const waitingForRep = () => and(isNull(events.repId), isNull(events.repeatsEventId), notInArray(events.type, [...REVERSING_TYPES]), live);

export function listEventsPage(db: Db, opts: { limit: number; beforeId?: number; unmappedOnly: boolean; repId?: number }): EventRow[] {
  const conditions: (SQL | undefined)[] = [live];
  if (opts.beforeId !== undefined) conditions.push(lt(events.id, opts.beforeId));
  if (opts.unmappedOnly) conditions.push(waitingForRep());
  // A rep's history: the events that moved their points (a refund of their sale names no rep),
  // found through the ledger's (rep, time) index rather than one more index on every event.
  if (opts.repId !== undefined) {
    conditions.push(sql`${events.id} in (select ${ledger.eventId} from ${ledger} where ${ledger.repId} = ${opts.repId})`);
  }
  return db
    .select()
    .from(events)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(events.id))
    .limit(opts.limit)
    .all();
}

export function countUnmapped(db: Db, sourceId?: string): number {
  // Read from the partial index of events without a rep: the planner, without statistics, may
  // otherwise pick (source, subject) and walk every event the source ever sent.
  const where = sourceId === undefined ? waitingForRep() : and(waitingForRep(), eq(events.sourceId, sourceId));
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM events INDEXED BY events_unmapped WHERE ${where}`)?.n ?? 0;
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
    .where(waitingForRep())
    .groupBy(events.sourceId, events.identityKind, events.identityValue)
    .orderBy(sql`max(${events.id}) desc`)
    .all();
}

/** Ids of the events that occurred in [start, end), in arrival order. */
export function eventIdsBetween(db: Db, start: number, end: number): number[] {
  return db
    .select({ id: events.id })
    .from(events)
    .where(and(gte(events.occurredAt, start), lt(events.occurredAt, end), live))
    .orderBy(asc(events.id))
    .all()
    .map((r) => r.id);
}

/** The events with these ids, by id: one prepared statement bound to a JSON list, however many ids (recompute asks a thousand at a time). */
export function eventsByIds(db: Db, ids: readonly number[]): EventRow[] {
  if (ids.length === 0) return [];
  const c = columnsOf(events);
  const rows = prepared(db, 'events.byIds', () => `SELECT ${c.select} FROM events WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(ids));
  return (rows as Record<string, unknown>[]).map(c.map);
}
