// Per-rep totals of the wallboard's metrics over a half-open range of instants [start, end)
// (a contest's own start and end; whole periods read the day aggregates, like the manager's board).
// Points read the ledger; revenue, deals won and event counts read the event log, net of
// reversals (a reopened deal takes its value and its count back).
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import { prepared } from './prepared';

export interface RepMetricTotal {
  repId: number;
  name: string;
  value: number;
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

function valuesSql(query: MetricQuery, start: number, end: number) {
  switch (query.metric) {
    case 'points':
      return sql`SELECT rep_id AS rep_id, sum(points) AS value, max(CASE WHEN points > 0 THEN occurred_at ELSE 0 END) AS last_at
        FROM ledger WHERE occurred_at >= ${start} AND occurred_at < ${end} GROUP BY rep_id`;
    case 'revenue':
      return sql`SELECT coalesce(o.rep_id, e.rep_id) AS rep_id,
          sum(CASE WHEN e.type = 'deal.won' THEN e.amount_minor ELSE -coalesce(e.amount_minor, o.amount_minor, 0) END) AS value,
          max(CASE WHEN e.type = 'deal.won' THEN e.occurred_at ELSE 0 END) AS last_at
        FROM events e LEFT JOIN events o ON o.id = e.reverses_event_id AND o.type = 'deal.won'
        WHERE e.occurred_at >= ${start} AND e.occurred_at < ${end} AND ${counted}
          AND (e.type = 'deal.won' OR (e.type = 'deal.reopened' AND o.id IS NOT NULL))
          AND coalesce(e.currency, o.currency) = ${query.baseCurrency}
        GROUP BY 1`;
    case 'deals_won':
      return sql`SELECT coalesce(o.rep_id, e.rep_id) AS rep_id,
          sum(CASE WHEN e.type = 'deal.won' THEN 1 ELSE -1 END) AS value,
          max(CASE WHEN e.type = 'deal.won' THEN e.occurred_at ELSE 0 END) AS last_at
        FROM events e LEFT JOIN events o ON o.id = e.reverses_event_id AND o.type = 'deal.won'
        WHERE e.occurred_at >= ${start} AND e.occurred_at < ${end} AND ${counted}
          AND (e.type = 'deal.won' OR (e.type = 'deal.reopened' AND o.id IS NOT NULL))
        GROUP BY 1`;
    case 'event_count':
      return sql`SELECT rep_id AS rep_id, count(*) AS value, max(occurred_at) AS last_at
        FROM events e WHERE occurred_at >= ${start} AND occurred_at < ${end} AND type = ${query.eventType} AND ${counted}
        GROUP BY rep_id`;
  }
}

/** Every active rep with their total for the metric (0 when they have none in the range). */
export function metricTotals(db: Db, query: MetricQuery, start: number, end: number): RepMetricTotal[] {
  return db.all<RepMetricTotal>(sql`
    SELECT r.id AS repId, r.name AS name, coalesce(v.value, 0) AS value, coalesce(v.last_at, 0) AS lastAt
    FROM reps r LEFT JOIN (${valuesSql(query, start, end)}) v ON v.rep_id = r.id
    WHERE r.active = 1
    ORDER BY r.id`);
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
