// Partial periods and ramps. A rep who joins on the 11th of a 30-day month, or takes ten
// days of leave, works 20/30 of it: their quota, target incentive and draw are that share of
// a full period's. A ramp lowers the quota (only the quota) for a new hire's first periods.
import { addDays, daysInclusive, maxDay, minDay } from './days';
import type { Assignment } from './plan';
import { div, HUNDRED, mul, parseDecimal, rational, type Rational } from './rational';
import type { PeriodWindow, Proration } from './statement-types';

export interface PeriodTerms {
  proration: Proration;
  /** activeDays ÷ periodDays. */
  factor: Rational;
  /** Effective quota of a component this period, or null when the assignment gives it none. */
  quota(componentId: string): Rational | null;
  /** Effective target incentive this period (prorated, not ramped), or null. */
  targetIncentive: Rational | null;
  /** Effective draw this period (prorated), or null when no draw applies. */
  draw: Rational | null;
}

/** Days of the period the rep is on the plan and not on leave (leaves may overlap each other). */
function countActiveDays(assignment: Assignment, period: PeriodWindow): number {
  const first = maxDay(period.firstDay, assignment.startDay);
  const last = assignment.endDay === null ? period.lastDay : minDay(period.lastDay, assignment.endDay);
  if (last < first) return 0;
  // Leave within [first, last], merged so overlapping leaves are not counted twice.
  const leaves = assignment.leaves
    .map((l) => ({ firstDay: maxDay(l.firstDay, first), lastDay: minDay(l.lastDay, last) }))
    .filter((l) => l.firstDay <= l.lastDay)
    .sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
  let away = 0;
  let coveredUntil: string | null = null;
  for (const leave of leaves) {
    const from: string = coveredUntil !== null && leave.firstDay <= coveredUntil ? addDays(coveredUntil, 1) : leave.firstDay;
    if (from <= leave.lastDay) away += daysInclusive(from, leave.lastDay);
    if (coveredUntil === null || leave.lastDay > coveredUntil) coveredUntil = leave.lastDay;
  }
  return daysInclusive(first, last) - away;
}

export function periodTerms(assignment: Assignment, period: PeriodWindow): PeriodTerms {
  const periodDays = daysInclusive(period.firstDay, period.lastDay);
  const activeDays = countActiveDays(assignment, period);
  const factor = rational(activeDays, periodDays);
  const rampText = assignment.ramp[period.index] ?? '100';
  const ramp = div(parseDecimal(rampText), HUNDRED);
  const drawApplies = assignment.draw !== null && (assignment.draw.periods === null || period.index < assignment.draw.periods);
  return {
    proration: { activeDays, periodDays, rampPercent: rampText },
    factor,
    quota(componentId) {
      const entry = assignment.quotas.find((q) => q.componentId === componentId);
      return entry ? mul(mul(parseDecimal(entry.quota), ramp), factor) : null;
    },
    targetIncentive: assignment.targetIncentiveMinor === null ? null : mul(rational(assignment.targetIncentiveMinor), factor),
    draw: drawApplies && assignment.draw ? mul(rational(assignment.draw.amountMinor), factor) : null,
  };
}

