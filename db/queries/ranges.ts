// Totals over a range of local days, read from day aggregates for loose days and from the
// month roll-ups for whole months (the caller splits the range: engine `splitByMonths`).
import type { Db } from '../open';
import { prepared } from './prepared';

export interface RangeParts {
  head: [string, string] | null;
  months: [string, string] | null;
  tail: [string, string] | null;
}

/** Points, or one metric of `rep_day_metrics`. */
export type Measure = { kind: 'points' } | { kind: 'metric'; metric: string };

// An empty part is a range no key can fall in.
const NONE: [string, string] = ['9', '0'];

function statementsFor(t: { days: string; months: string; value: string; last: string; filter: string }) {
  return {
    byRep: `SELECT rep_id AS repId, sum(v) AS value, max(l) AS lastAt FROM (
       SELECT rep_id, ${t.value} AS v, ${t.last} AS l FROM ${t.days} WHERE ${t.filter} day >= @h1 AND day <= @h2
       UNION ALL SELECT rep_id, ${t.value}, ${t.last} FROM ${t.months} WHERE ${t.filter} month >= @m1 AND month <= @m2
       UNION ALL SELECT rep_id, ${t.value}, ${t.last} FROM ${t.days} WHERE ${t.filter} day >= @t1 AND day <= @t2
     ) GROUP BY rep_id`,
    ofRep: `SELECT coalesce(sum(v), 0) AS value FROM (
       SELECT ${t.value} AS v FROM ${t.days} WHERE rep_id = @rep AND ${t.filter} day >= @h1 AND day <= @h2
       UNION ALL SELECT ${t.value} FROM ${t.months} WHERE rep_id = @rep AND ${t.filter} month >= @m1 AND month <= @m2
       UNION ALL SELECT ${t.value} FROM ${t.days} WHERE rep_id = @rep AND ${t.filter} day >= @t1 AND day <= @t2
     )`,
    ofRepMonths: `SELECT coalesce(sum(${t.value}), 0) FROM ${t.months} WHERE rep_id = @rep AND ${t.filter} month >= @m1 AND month <= @m2`,
  };
}

// Built once: the statement cache is keyed by the SQL text, hashed on every lookup of a new string.
const STATEMENTS = {
  points: statementsFor({ days: 'rep_day_totals', months: 'rep_month_totals', value: 'points', last: 'last_scored_at', filter: '' }),
  metric: statementsFor({ days: 'rep_day_metrics', months: 'rep_month_metrics', value: 'value', last: 'last_at', filter: 'metric = @metric AND' }),
};

function params(measure: Measure, parts: RangeParts, extra: Record<string, unknown> = {}) {
  const [h1, h2] = parts.head ?? NONE;
  const [m1, m2] = parts.months ?? NONE;
  const [t1, t2] = parts.tail ?? NONE;
  return { ...(measure.kind === 'metric' ? { metric: measure.metric } : {}), h1, h2, m1, m2, t1, t2, ...extra };
}

/** Each rep's total over the range (reps without any are absent). */
export function totalsByRep(db: Db, measure: Measure, parts: RangeParts): { repId: number; value: number; lastAt: number }[] {
  return prepared(db, STATEMENTS[measure.kind].byRep).all(params(measure, parts)) as { repId: number; value: number; lastAt: number }[];
}

/** One rep's total over the range. */
export function repTotal(db: Db, repId: number, measure: Measure, parts: RangeParts): number {
  const statements = STATEMENTS[measure.kind];
  if (parts.head === null && parts.tail === null) {
    // Whole months only (a total of all time: XP, lifetime badges, checked on every scored event).
    const [m1, m2] = parts.months ?? NONE;
    return prepared(db, statements.ofRepMonths, 'pluck').get({ ...(measure.kind === 'metric' ? { metric: measure.metric } : {}), rep: repId, m1, m2 }) as number;
  }
  return prepared(db, statements.ofRep, 'pluck').get(params(measure, parts, { rep: repId })) as number;
}
