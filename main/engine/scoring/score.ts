import type { EventType } from '../event-types';
import type { Explanation } from './explanation';
import type { ScoringRule } from './rules';

/** What the scorer needs to know about an event. */
export interface ScorableEvent {
  type: EventType;
  amountMinor: number | null;
  currency: string | null;
  /** Points carried by a manual award (`points.manual`). */
  manualPoints?: number | null;
  reason?: string | null;
  customerName?: string | null;
  activityName?: string | null;
}

export interface Award {
  ruleId: number;
  points: number;
  explanation: Explanation;
}

/**
 * Points an event earns under the rules in force. Amount points count only when the
 * amount is in the base currency (other currencies need an exchange rate, which the
 * caller resolves into `amountMinor` of the base currency before scoring).
 */
export function scoreEvent(event: ScorableEvent, rules: readonly ScoringRule[], baseCurrency: string): Award[] {
  const rule = rules.find((r) => r.eventType === event.type && r.enabled);
  if (!rule) return [];
  if (event.type === 'points.manual') {
    const points = event.manualPoints ?? 0;
    if (points === 0) return [];
    return [{ ruleId: rule.id, points, explanation: { kind: 'manual', reason: event.reason ?? '' } }];
  }
  const explanation: Explanation & { kind: 'award' } = {
    kind: 'award',
    eventType: event.type,
    fixedPoints: rule.points,
    ...(event.customerName ? { customer: event.customerName } : {}),
    ...(event.activityName ? { activityName: event.activityName } : {}),
  };
  let points = rule.points;
  if (rule.pointsPerStep !== 0 && event.amountMinor !== null && event.currency !== null && event.amountMinor > 0) {
    if (event.currency === baseCurrency) {
      // Whole steps only: 1 point per 100.00 gives 12 points for 1,299.99.
      const amountPoints = Math.floor(event.amountMinor / rule.amountStepMinor) * rule.pointsPerStep;
      points += amountPoints;
      explanation.amountPoints = {
        pointsPerStep: rule.pointsPerStep,
        stepMinor: rule.amountStepMinor,
        amountMinor: event.amountMinor,
        currency: event.currency,
      };
    } else {
      explanation.amountSkipped = { currency: event.currency, reason: 'no_rate' };
    }
  }
  if (points === 0) return [];
  return [{ ruleId: rule.id, points, explanation }];
}

/** One award row of the original event, with what earlier reversals already took back. */
export interface ReversibleAward {
  ledgerId: number;
  ruleId: number | null;
  points: number;
  alreadyReversed: number;
}

export interface ReversalRow {
  reversesLedgerId: number;
  ruleId: number | null;
  /** Negative: the points taken back. */
  points: number;
}

/**
 * Points to take back when an event is reversed, fully or in part. A partial reversal is
 * proportional to the amount taken back; shares are computed on the cumulative amount
 * reversed so far, so several partial refunds that add up to the whole take back exactly
 * the original points, with no rounding drift.
 */
export function reversePoints(
  awards: readonly ReversibleAward[],
  reversal: { amountMinor: number | null; previouslyReversedMinor: number; originalAmountMinor: number | null },
): ReversalRow[] {
  const { amountMinor, previouslyReversedMinor, originalAmountMinor } = reversal;
  const whole = amountMinor === null || originalAmountMinor === null || originalAmountMinor <= 0;
  const rows: ReversalRow[] = [];
  for (const award of awards) {
    // Nothing is left of an award taken back in full (e.g. moved to a customer's new owner).
    if (award.alreadyReversed !== 0 && award.alreadyReversed === award.points) continue;
    let target: number;
    if (whole) {
      target = award.points;
    } else {
      const cumulative = Math.min(previouslyReversedMinor + amountMinor, originalAmountMinor);
      target = roundHalfAwayFromZero((award.points * cumulative) / originalAmountMinor);
    }
    const take = target - award.alreadyReversed;
    if (take !== 0) rows.push({ reversesLedgerId: award.ledgerId, ruleId: award.ruleId, points: -take });
  }
  return rows;
}

function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}
