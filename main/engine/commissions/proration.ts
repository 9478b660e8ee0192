// Partial periods and ramps. A rep who joins on the 11th of a 30-day month, or takes ten
// days of leave, works 20/30 of it: their quota, target incentive and draw are that share of
// a full period's. A ramp lowers the quota (only the quota) for a new hire's first periods.
import { addDays, daysInclusive, dayWithin } from './days';
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

function isOnLeave(day: string, assignment: Assignment): boolean {
  return assignment.leaves.some((leave) => dayWithin(day, leave.firstDay, leave.lastDay));
}

function countActiveDays(assignment: Assignment, period: PeriodWindow): number {
  let active = 0;
  const total = daysInclusive(period.firstDay, period.lastDay);
  for (let i = 0; i < total; i++) {
    const day = addDays(period.firstDay, i);
    if (day < assignment.startDay) continue;
    if (assignment.endDay !== null && day > assignment.endDay) continue;
    if (isOnLeave(day, assignment)) continue;
    active++;
  }
  return active;
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

