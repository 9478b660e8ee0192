// Measures read from the event log itself, where a day aggregate cannot answer: medians of
// first-reply times, replies under a threshold, and sales net of their own refunds. Each
// reads one rep's (or team's) rows through the (rep_id, type, occurred_at) index.
import { and, asc, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { events } from '../schema';
import type { EventRow } from './events';

const ids = (repIds: readonly number[]) => sql.join(repIds.map((id) => sql`${id}`), sql`, `);
const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** First-reply times (seconds) of the reps' replies in [start, end). */
export function responseTimes(db: Db, repIds: readonly number[], start: number, end: number): number[] {
  if (repIds.length === 0) return [];
  return db
    .all<{ s: number }>(sql`
      SELECT response_seconds AS s FROM events
      WHERE rep_id IN (${ids(repIds)}) AND type = 'reply.sent' AND occurred_at >= ${start} AND occurred_at < ${end}
        AND response_seconds IS NOT NULL AND retracted_at IS NULL`)
    .map((r) => r.s);
}

/** Replies of the rep, all time, sent within `withinSeconds` of the customer's message. */
export function fastReplyCount(db: Db, repId: number, withinSeconds: number): number {
  return (
    db.get<{ n: number }>(sql`
      SELECT count(*) AS n FROM events
      WHERE rep_id = ${repId} AND type = 'reply.sent' AND response_seconds IS NOT NULL AND response_seconds <= ${withinSeconds} AND retracted_at IS NULL`)?.n ?? 0
  );
}

/**
 * Each sale of the rep in [start, end) in the base currency, net of what its own refunds or
 * reopenings took back (whenever they came), largest first. Sales under `minMinor` are left
 * out (a refund only lowers a sale, so they could not reach it).
 */
export function netSales(db: Db, repId: number, saleTypes: readonly string[], baseCurrency: string, start: number, end: number, minMinor = 1): { eventId: number; netMinor: number }[] {
  return db.all<{ eventId: number; netMinor: number }>(sql`
    SELECT s.id AS eventId,
      CASE WHEN EXISTS (SELECT 1 FROM events r WHERE r.source_id = s.source_id AND r.reverses_external_id = s.external_id AND r.amount_minor IS NULL AND r.retracted_at IS NULL)
        THEN 0
        ELSE max(0, s.amount_minor - coalesce((SELECT sum(r.amount_minor) FROM events r WHERE r.source_id = s.source_id AND r.reverses_external_id = s.external_id AND r.retracted_at IS NULL), 0))
      END AS netMinor
    FROM events s
    WHERE s.rep_id = ${repId} AND s.type IN (${list(saleTypes)}) AND s.occurred_at >= ${start} AND s.occurred_at < ${end}
      AND s.currency = ${baseCurrency} AND s.amount_minor >= ${Math.max(1, minMinor)} AND s.retracted_at IS NULL AND s.repeats_event_id IS NULL
    ORDER BY netMinor DESC`);
}

/**
 * The rep's sales in [start, end) in the base currency, net of what their own refunds or
 * reopenings took back (whenever they came): the same sum as adding up `netSales`, without
 * listing every sale (this runs for every sale the rep makes). Reversals are few, so only the
 * sales that have one are looked at one by one.
 */
export function netSalesTotal(db: Db, repId: number, saleTypes: readonly string[], baseCurrency: string, start: number, end: number): number {
  const sales = sql`s.rep_id = ${repId} AND s.type IN (${list(saleTypes)}) AND s.occurred_at >= ${start} AND s.occurred_at < ${end}
      AND s.currency = ${baseCurrency} AND s.amount_minor > 0 AND s.retracted_at IS NULL AND s.repeats_event_id IS NULL`;
  const gross = db.get<{ total: number | null }>(sql`SELECT sum(s.amount_minor) AS total FROM events s WHERE ${sales}`)?.total ?? 0;
  const takenBack = db.get<{ total: number | null }>(sql`
    SELECT sum(CASE WHEN t.whole THEN t.amount ELSE min(t.amount, t.reversed) END) AS total FROM (
      SELECT s.amount_minor AS amount, max(r.amount_minor IS NULL) AS whole, coalesce(sum(r.amount_minor), 0) AS reversed
      FROM events r JOIN events s ON s.source_id = r.source_id AND s.external_id = r.reverses_external_id
      WHERE r.reverses_external_id IS NOT NULL AND r.retracted_at IS NULL AND ${sales}
      GROUP BY s.id) t`)?.total ?? 0;
  return gross - takenBack;
}

/** Every event of the given types (that occurred within [start, end) when given), in arrival order (the rebuild replays reversals with it). */
export function eventsOfTypes(db: Db, types: readonly string[], within?: { start: number; end: number }): EventRow[] {
  if (types.length === 0) return [];
  const range = within ? and(gte(events.occurredAt, within.start), lt(events.occurredAt, within.end)) : undefined;
  return db
    .select()
    .from(events)
    .where(and(inArray(events.type, [...types]), isNull(events.retractedAt), range))
    .orderBy(asc(events.id))
    .all();
}

