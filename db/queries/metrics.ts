// Per-rep values of the wallboard's metrics over a half-open range of instants [start, end),
// read from the raw rows: a contest's partial first and last day, and what the day aggregates
// do not hold (see main/services/wallboard/contest-totals.ts). Points read the ledger;
// revenue, deals won and event counts read the event log, net of reversals (a reopened deal
// takes its value and its count back). Counts and deals are read per rep and type through
// `events_rep_type_time`: only the rows of the types asked for, not every event of the range.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { prepared } from './prepared';

export interface RepMetricTotal {
  repId: number;
  name: string;
  value: number;
  lastAt: number;
}

/** A rep's value of a metric over a range (null when nothing of it had an amount), and when they last gained. */
export interface RepValue {
  repId: number;
  value: number | null;
  lastAt: number;
}

/** Active reps with their team (null when they have none). */
export function activeRepTeams(db: Db): { repId: number; name: string; teamId: number | null; teamName: string | null }[] {
  return db.all(sql`SELECT r.id AS repId, r.name AS name, r.team_id AS teamId, t.name AS teamName FROM reps r LEFT JOIN teams t ON t.id = r.team_id WHERE r.active = 1 ORDER BY r.id`);
}

export type MetricQuery =
  | { metric: 'points' }
  | { metric: 'revenue'; baseCurrency: string }
  | { metric: 'deals_won' }
  | { metric: 'event_count'; eventType: string };

/** An event that counts: not withdrawn by an undone import, not a repeat of a fact its subject already counted. */
const counted = sql.raw('e.retracted_at IS NULL AND e.repeats_event_id IS NULL');
/** Events of active reps (the only ones a board shows), so that the per-rep index is used. */
const ofActiveReps = sql.raw('e.rep_id IN (SELECT id FROM reps WHERE active = 1)');

/** Reopenings of won deals in the range, on the deal's rep: each takes one deal back. */
function reopenedSql(start: number, end: number) {
  return sql`SELECT coalesce(o.rep_id, e.rep_id) AS rep_id, -1 AS value, 0 AS last_at
    FROM events e JOIN events o ON o.id = e.reverses_event_id AND o.type = 'deal.won'
    WHERE e.type = 'deal.reopened' AND (e.rep_id IN (SELECT id FROM reps) OR e.rep_id IS NULL)
      AND e.occurred_at >= ${start} AND e.occurred_at < ${end} AND ${counted}`;
}

function valuesSql(query: MetricQuery, start: number, end: number): SQL {
  switch (query.metric) {
    case 'points':
      return sql`SELECT rep_id AS rep_id, sum(points) AS value, max(CASE WHEN points > 0 THEN occurred_at ELSE 0 END) AS last_at
        FROM ledger WHERE occurred_at >= ${start} AND occurred_at < ${end} GROUP BY rep_id`;
    case 'revenue':
      // One pass over the range: reading the won deals through the per-rep index instead is
      // slower over a year (a random row read each), and no aggregate holds this sum.
      return sql`SELECT coalesce(o.rep_id, e.rep_id) AS rep_id,
          sum(CASE WHEN e.type = 'deal.won' THEN e.amount_minor ELSE -coalesce(e.amount_minor, o.amount_minor, 0) END) AS value,
          max(CASE WHEN e.type = 'deal.won' THEN e.occurred_at ELSE 0 END) AS last_at
        FROM events e LEFT JOIN events o ON o.id = e.reverses_event_id AND o.type = 'deal.won'
        WHERE e.occurred_at >= ${start} AND e.occurred_at < ${end} AND ${counted}
          AND (e.type = 'deal.won' OR (e.type = 'deal.reopened' AND o.id IS NOT NULL))
          AND coalesce(e.currency, o.currency) = ${query.baseCurrency}
        GROUP BY 1`;
    case 'deals_won':
      return sql`SELECT rep_id, sum(value) AS value, max(last_at) AS last_at FROM (
          ${valuesSql({ metric: 'event_count', eventType: 'deal.won' }, start, end)}
          UNION ALL ${reopenedSql(start, end)}
        ) GROUP BY rep_id`;
    case 'event_count':
      return sql`SELECT e.rep_id AS rep_id, count(*) AS value, max(e.occurred_at) AS last_at
        FROM events e WHERE ${ofActiveReps} AND e.type = ${query.eventType} AND e.occurred_at >= ${start} AND e.occurred_at < ${end} AND ${counted}
        GROUP BY e.rep_id`;
  }
}

/** Each rep's value of the metric over [start, end), from the raw rows (reps without any are absent). */
export function rawValues(db: Db, query: MetricQuery, start: number, end: number): RepValue[] {
  return db.all<RepValue>(sql`SELECT v.rep_id AS repId, v.value AS value, coalesce(v.last_at, 0) AS lastAt FROM (${valuesSql(query, start, end)}) v WHERE v.rep_id IS NOT NULL`);
}

/** Deals won taken back by reopenings over [start, end), per rep of the deal (negative counts). */
export function reopenedDeals(db: Db, start: number, end: number): RepValue[] {
  return db.all<RepValue>(sql`SELECT rep_id AS repId, sum(value) AS value, 0 AS lastAt FROM (${reopenedSql(start, end)}) WHERE rep_id IS NOT NULL GROUP BY rep_id`);
}

export interface WinRow {
  eventId: number;
  repId: number;
  name: string;
  type: string;
  amountMinor: number | null;
  currency: string | null;
  customer: string | null;
  points: number;
  occurredAt: number;
}

/**
 * The newest wins (events of `types`) of active reps since `since`, leaving out any that a
 * later event took back (a reopened deal, a refunded sale), with the points each earned.
 */
export function recentWins(db: Db, types: readonly string[], since: number, limit: number): WinRow[] {
  if (types.length === 0) return [];
  return db.all<WinRow>(sql`
    SELECT e.id AS eventId, e.rep_id AS repId, r.name AS name, e.type AS type, e.amount_minor AS amountMinor,
      e.currency AS currency, e.customer_name AS customer,
      coalesce((SELECT sum(l.points) FROM ledger l WHERE l.event_id = e.id AND l.kind = 'award'), 0) AS points,
      e.occurred_at AS occurredAt
    FROM events e JOIN reps r ON r.id = e.rep_id
    WHERE e.occurred_at >= ${since} AND r.active = 1 AND ${counted}
      AND e.type IN (${sql.join(types.map((t) => sql`${t}`), sql`, `)})
      AND NOT EXISTS (SELECT 1 FROM events x WHERE x.reverses_event_id = e.id)
    ORDER BY e.occurred_at DESC, e.id DESC
    LIMIT ${limit}`);
}

/** The events behind a celebration, with their rep and the points they earned. */
export function eventsForCelebration(db: Db, ids: readonly number[]): (WinRow & { receivedAt: number })[] {
  if (ids.length === 0) return [];
  // The ids as one JSON parameter: one cached statement for a batch of any size (the
  // wallboard asks for every event accepted in the last quarter of a second).
  const statement = prepared(
    db,
    `SELECT e.id AS eventId, e.rep_id AS repId, r.name AS name, e.type AS type, e.amount_minor AS amountMinor,
      e.currency AS currency, e.customer_name AS customer, e.received_at AS receivedAt,
      coalesce((SELECT sum(l.points) FROM ledger l WHERE l.event_id = e.id AND l.kind = 'award'), 0) AS points,
      e.occurred_at AS occurredAt
    FROM events e JOIN reps r ON r.id = e.rep_id
    WHERE e.id IN (SELECT value FROM json_each(?)) AND r.active = 1
    ORDER BY e.id`,
  );
  return statement.all(JSON.stringify(ids)) as (WinRow & { receivedAt: number })[];
}
