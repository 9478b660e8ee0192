// Rebuilding the day aggregates from the ledger and the event log in SQL, for when local
// days move (a new time zone) or what counts changes (a new base currency, a recompute).
// Each row is matched to its local day through a temporary table of the days' instants, so
// millions of rows are grouped inside SQLite rather than in JavaScript.
import { sql } from 'drizzle-orm';
import type { Db } from '../open';

export interface LocalDay {
  day: string;
  start: number;
  end: number;
}

/** The first and last instant in the ledger and the event log (null when both are empty). */
export function timeSpan(db: Db): { from: number; to: number } | null {
  const row = db.get<{ from: number | null; to: number | null }>(sql`
    SELECT min(a) AS "from", max(b) AS "to" FROM (
      SELECT min(occurred_at) AS a, max(occurred_at) AS b FROM ledger
      UNION ALL SELECT min(occurred_at), max(occurred_at) FROM events)`);
  return row?.from === null || row?.to === null || !row ? null : { from: row.from, to: row.to };
}

function loadDays(db: Db, days: readonly LocalDay[]): void {
  db.run(sql`DROP TABLE IF EXISTS temp.local_days`);
  db.run(sql`CREATE TEMP TABLE local_days (start INTEGER PRIMARY KEY, "end" INTEGER NOT NULL, day TEXT NOT NULL)`);
  const insert = db.$client.prepare('INSERT INTO temp.local_days (start, "end", day) VALUES (?, ?, ?)');
  for (const d of days) insert.run(d.start, d.end, d.day);
}

/** The local day of a column holding an instant: the last day starting at or before it. */
const dayOf = (column: string) => sql.raw(`(SELECT d.day FROM temp.local_days d WHERE d.start <= ${column} ORDER BY d.start DESC LIMIT 1)`);

/**
 * Replaces `rep_day_totals` (points) and `rep_day_metrics` (revenue, deals won, activity,
 * events per type) with what the ledger and the non-reversing events say. Reversals'
 * effects on the metrics are replayed by the caller afterwards (they depend on each other).
 */
export function rebuildFromLog(
  db: Db,
  days: readonly LocalDay[],
  opts: { baseCurrency: string; revenueTypes: readonly string[]; reversingTypes: readonly string[]; within?: { start: number; end: number } | undefined },
): void {
  loadDays(db, days);
  // Only the rows of `within` (the instants of `days`, whole months: see rebuildMonths), or everything.
  const { within } = opts;
  const months = within ? sql` WHERE month IN (SELECT DISTINCT substr(day, 1, 7) FROM temp.local_days)` : sql``;
  const ofDays = within ? sql` WHERE day IN (SELECT day FROM temp.local_days)` : sql``;
  const ledgerWithin = within ? sql` WHERE l.occurred_at >= ${within.start} AND l.occurred_at < ${within.end}` : sql``;
  const eventsWithin = within ? sql` AND e.occurred_at >= ${within.start} AND e.occurred_at < ${within.end}` : sql``;
  const revenue = sql.join(opts.revenueTypes.map((t) => sql`${t}`), sql`, `);
  const reversing = sql.join(opts.reversingTypes.map((t) => sql`${t}`), sql`, `);
  // Months first: the day rows' delete triggers then find nothing to subtract from.
  db.run(sql`DELETE FROM rep_month_totals${months}`);
  db.run(sql`DELETE FROM rep_month_metrics${months}`);
  db.run(sql`DELETE FROM rep_day_totals${ofDays}`);
  db.run(sql`
    INSERT INTO rep_day_totals (day, rep_id, points, last_scored_at)
    SELECT ${dayOf('l.occurred_at')} AS day, l.rep_id, sum(l.points),
      -- Gains that still count: not an undo's adjustment, and not cancelled by one.
      coalesce(max(CASE WHEN l.points > 0 AND l.kind != 'adjustment'
        AND NOT EXISTS (SELECT 1 FROM ledger c WHERE c.reverses_ledger_id = l.id AND c.kind = 'adjustment') THEN l.occurred_at END), 0)
    FROM ledger l${ledgerWithin} GROUP BY 1, 2`);
  db.run(sql`DELETE FROM rep_day_metrics${ofDays}`);
  db.run(sql`DROP TABLE IF EXISTS temp.event_days`);
  db.run(sql`
    CREATE TEMP TABLE event_days AS
    SELECT ${dayOf('e.occurred_at')} AS day, e.rep_id AS rep_id, e.type AS type, count(*) AS n, max(e.occurred_at) AS last_at,
      sum(CASE WHEN e.type IN (${revenue}) AND e.currency = ${opts.baseCurrency} AND e.amount_minor > 0 THEN e.amount_minor ELSE 0 END) AS revenue,
      max(CASE WHEN e.type IN (${revenue}) AND e.currency = ${opts.baseCurrency} AND e.amount_minor > 0 THEN e.occurred_at ELSE 0 END) AS revenue_at
    FROM events e WHERE e.rep_id IS NOT NULL AND e.retracted_at IS NULL AND e.repeats_event_id IS NULL AND e.type NOT IN (${reversing})${eventsWithin}
    GROUP BY 1, 2, 3`);
  db.run(sql`INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at) SELECT 'type:' || type, day, rep_id, n, last_at FROM temp.event_days`);
  db.run(sql`
    INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at)
    SELECT 'active', day, rep_id, sum(n), max(last_at) FROM temp.event_days WHERE type <> 'points.manual' GROUP BY day, rep_id`);
  db.run(sql`INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at) SELECT 'deals_won', day, rep_id, n, last_at FROM temp.event_days WHERE type = 'deal.won'`);
  db.run(sql`
    INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at)
    SELECT 'revenue', day, rep_id, sum(revenue), max(revenue_at) FROM temp.event_days GROUP BY day, rep_id HAVING sum(revenue) > 0`);
  db.run(sql`DROP TABLE temp.event_days`);
  db.run(sql`DROP TABLE temp.local_days`);
}

/**
 * The first and last instant an import batch reaches: its events, and the reversals (of any
 * source's delivery) that take them back, whose effect lands on their own day. Null when the
 * batch has no events.
 */
export function batchReach(db: Db, batchId: number): { from: number; to: number } | null {
  const row = db.$client
    .prepare(
      `SELECT min(a) AS "from", max(b) AS "to" FROM (
         SELECT min(occurred_at) AS a, max(occurred_at) AS b FROM events WHERE import_batch_id = ?
         UNION ALL SELECT min(r.occurred_at), max(r.occurred_at) FROM events b JOIN events r ON r.source_id = b.source_id AND r.reverses_external_id = b.external_id
           WHERE b.import_batch_id = ?)`,
    )
    .get(batchId, batchId) as { from: number | null; to: number | null } | undefined;
  return row?.from === null || row?.to === null || !row ? null : { from: row.from, to: row.to };
}
