// Totals over local-day ranges, read from the day aggregates and their month roll-ups.
import { repTotal, totalsByRep, type Measure, type RangeParts } from '../../../db/queries/ranges';
import { splitByMonths } from '../../engine/days';
import type { ServiceContext } from '../context';

export type { Measure };

/** Every month there is: a rep's all-time total (XP, lifetime badges). */
const ALL_TIME: RangeParts = { head: null, months: ['0000-00', '9999-99'], tail: null };

function partsOf(range: { firstDay: string; lastDay: string } | 'all'): RangeParts {
  return range === 'all' ? ALL_TIME : splitByMonths(range.firstDay, range.lastDay);
}

/** Each rep's total over the range (reps without any are absent). */
export function totalsOver(ctx: ServiceContext, measure: Measure, range: { firstDay: string; lastDay: string }): Map<number, { value: number; lastAt: number }> {
  return new Map(totalsByRep(ctx.db, measure, partsOf(range)).map((r) => [r.repId, { value: r.value, lastAt: r.lastAt }]));
}

/** The reps' combined total over the range, or of all time. */
export function sumOver(ctx: ServiceContext, repIds: readonly number[], measure: Measure, range: { firstDay: string; lastDay: string } | 'all'): number {
  if (repIds.length === 1) return repTotal(ctx.db, repIds[0] ?? 0, measure, partsOf(range));
  if (repIds.length === 0) return 0;
  const totals = totalsByRep(ctx.db, measure, partsOf(range));
  const wanted = new Set(repIds);
  return totals.reduce((sum, t) => (wanted.has(t.repId) ? sum + t.value : sum), 0);
}
