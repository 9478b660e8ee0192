// The event reads a commission plan's statements are computed from. They ask only for the
// reps being computed and only for the columns the commission engine reads (never
// payload_json): at a few million events, walking the whole time range of the log and
// materialising full rows was most of a statement's time.
import { and, asc, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { commissionSplits, events } from '../schema';
import { splitsOfEvents, type SplitRow } from './commission-records';
import { jsonList } from './json-list';

/** What the commission engine reads of an event. */
export const commissionEventColumns = {
  id: events.id,
  sourceId: events.sourceId,
  externalId: events.externalId,
  type: events.type,
  repId: events.repId,
  occurredAt: events.occurredAt,
  amountMinor: events.amountMinor,
  currency: events.currency,
  product: events.product,
  customerName: events.customerName,
  reversesExternalId: events.reversesExternalId,
};

export interface CommissionEventRow {
  id: number;
  sourceId: string;
  externalId: string;
  type: string;
  repId: number | null;
  occurredAt: number;
  amountMinor: number | null;
  currency: string | null;
  product: string | null;
  customerName: string | null;
  reversesExternalId: string | null;
}

// Events of an undone CSV import (retracted) count nowhere; an event that repeats an already
// counted sale (a second Stripe event of one payment) is in the log for the record only.
const counted = and(isNull(events.retractedAt), isNull(events.repeatsEventId));

/**
 * Events of the given types in [from, to) that belong to one of the reps, or that the manager
 * split to one of them, oldest first. The reps' own events are read through the index
 * events_rep_type_time (rep, type, time), not by a walk over every event of the range.
 */
export function commissionEventsOfReps(db: Db, repIds: readonly number[], types: readonly string[], from: number, to: number): CommissionEventRow[] {
  if (repIds.length === 0 || types.length === 0) return [];
  const inRange = and(inArray(events.type, [...types]), gte(events.occurredAt, from), lt(events.occurredAt, to), counted);
  const own = db
    .select(commissionEventColumns)
    .from(events)
    .where(and(sql`${events.repId} IN ${jsonList(repIds)}`, inRange))
    .all();
  const split = db
    .select(commissionEventColumns)
    .from(events)
    .where(and(sql`${events.id} IN (SELECT ${commissionSplits.eventId} FROM ${commissionSplits} WHERE ${commissionSplits.repId} IN ${jsonList(repIds)})`, inRange))
    .all();
  const byId = new Map([...own, ...split].map((row) => [row.id, row]));
  return [...byId.values()].sort((a, b) => a.occurredAt - b.occurredAt || a.id - b.id);
}

/**
 * Reversals (events naming the external id they take back) of the given types in [from, to),
 * any rep, oldest first. Read through the partial index events_reverses_external, which holds
 * only reversals: `source_id IN sources` (true of every event) lets SQLite use it, and the
 * unary `+` keeps it from walking every event of the range through events_occurred_at instead.
 */
export function commissionReversalsBetween(db: Db, types: readonly string[], from: number, to: number): CommissionEventRow[] {
  if (types.length === 0) return [];
  return db
    .select(commissionEventColumns)
    .from(events)
    .where(
      and(
        sql`${events.sourceId} IN (SELECT id FROM sources)`,
        sql`${events.reversesExternalId} IS NOT NULL`,
        inArray(events.type, [...types]),
        sql`+${events.occurredAt} >= ${from}`,
        sql`+${events.occurredAt} < ${to}`,
        counted,
      ),
    )
    .orderBy(asc(events.occurredAt), asc(events.id))
    .all();
}

/**
 * The manager's splits of the events in [from, to) and of the given other events (originals
 * of reversals, which may be older). The splits table is small next to the log: it is read
 * first (the `+` keeps SQLite from walking the events of the range) and each split's event
 * looked up by id.
 */
export function splitsOfEventsIn(db: Db, from: number, to: number, otherEventIds: readonly number[]): SplitRow[] {
  const inRange = db
    .select({ split: commissionSplits })
    .from(commissionSplits)
    .innerJoin(events, sql`${events.id} = ${commissionSplits.eventId}`)
    .where(and(sql`+${events.occurredAt} >= ${from}`, sql`+${events.occurredAt} < ${to}`))
    .all()
    .map((r) => r.split);
  const others = splitsOfEvents(db, otherEventIds);
  const seen = new Set<string>();
  return [...inRange, ...others].filter((s) => {
    const key = `${s.eventId}:${s.repId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
