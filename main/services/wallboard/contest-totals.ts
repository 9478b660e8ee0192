// A contest's per-rep totals over its own instants [start, end): the whole local days inside
// it from the day and month aggregates (the manager's leaderboards read the same), and only
// the partial first and last day from the raw rows, so a year-long contest costs about what
// a week does. Where the aggregates hold something else than the contest counts, the raw rows
// are read for the whole range (see db/queries/metrics.ts):
// - revenue: the aggregate also counts catalog sales and takes refunds back, capped at the
//   sale; a contest counts won deals (any amount) net of every reopening's amount. Still one
//   pass over the range's events: a year-long revenue contest stays slow at scale;
// - deals won: the aggregate takes a deal back once, when reopened in full; a contest takes
//   one back per reopening, so the won deals come from `type:deal.won` and the reopenings
//   (few) from the log;
// - counts of reversing types (refunds, reopenings): the aggregate puts them on the
//   original's rep, a contest on their own.
import type { Db } from '../../../db/open';
import { rawValues, reopenedDeals, type MetricQuery, type RepValue } from '../../../db/queries/metrics';
import { totalsByRep, type Measure } from '../../../db/queries/ranges';
import { splitByMonths } from '../../engine/days';
import { isEventType, REVERSING_TYPES } from '../../engine/event-types';
import { typeMetric } from '../../engine/gamification/metrics';
import { wholeLocalDays } from '../../engine/periods';

/** What the whole days are read from, and what the partial days read raw; null when the aggregates hold nothing equal. */
function aggregated(query: MetricQuery): { measure: Measure; raw: MetricQuery } | null {
  switch (query.metric) {
    case 'points':
      return { measure: { kind: 'points' }, raw: query };
    case 'deals_won':
      return { measure: { kind: 'metric', metric: typeMetric('deal.won') }, raw: { metric: 'event_count', eventType: 'deal.won' } };
    case 'event_count':
      return isEventType(query.eventType) && !REVERSING_TYPES.has(query.eventType) ? { measure: { kind: 'metric', metric: typeMetric(query.eventType) }, raw: query } : null;
    case 'revenue':
      return null;
  }
}

/** Each rep's total over [start, end) (reps without any are absent), exactly what the raw rows of the range add up to. */
export function contestTotals(db: Db, query: MetricQuery, start: number, end: number, timeZone: string): Map<number, { value: number; lastAt: number }> {
  const totals = new Map<number, { value: number; lastAt: number }>();
  const add = (rows: readonly RepValue[]) => {
    for (const row of rows) {
      const total = totals.get(row.repId) ?? { value: 0, lastAt: 0 };
      totals.set(row.repId, { value: total.value + (row.value ?? 0), lastAt: Math.max(total.lastAt, row.lastAt) });
    }
  };
  const split = wholeLocalDays(start, end, timeZone);
  const source = aggregated(query);
  if (!source || !split.days) {
    add(rawValues(db, query, start, end));
    return totals;
  }
  add(totalsByRep(db, source.measure, splitByMonths(split.days.firstDay, split.days.lastDay)));
  for (const [from, to] of split.edges) add(rawValues(db, source.raw, from, to));
  if (query.metric === 'deals_won') add(reopenedDeals(db, start, end));
  return totals;
}
