import { isOne, multiply, ONE, parseDecimal, ratioOf, roundRatio } from '../decimal';
import type { EventType } from '../event-types';
import { localDay } from '../periods';
import { convertMinor, rateFor } from './exchange';
import type { AmountPart, AwardExplanation, Explanation, FocusPart, ProductPart } from './explanation';
import type { RuleSet, ScoringRule } from './rules';

/** What the scorer needs to know about an event. */
export interface ScorableEvent {
  type: EventType;
  /** Instant (ms UTC): focus factors and dated exchange rates go by its local day. */
  occurredAt: number;
  amountMinor: number | null;
  currency: string | null;
  product?: string | null;
  quantity?: number | null;
  /** Points carried by a manual award (`points.manual`) and its reason. */
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

function amountPart(event: ScorableEvent, rule: ScoringRule, set: RuleSet, day: string): { part?: AmountPart; skipped?: AwardExplanation['amountSkipped'] } {
  if (rule.pointsPerStep === 0 || event.amountMinor === null || event.currency === null || event.amountMinor <= 0) return {};
  let baseMinor = event.amountMinor;
  let converted: AmountPart['converted'];
  if (event.currency !== set.baseCurrency) {
    const rate = rateFor(set.rates, event.currency, day);
    if (!rate) return { skipped: { currency: event.currency, reason: 'no_rate' } };
    baseMinor = convertMinor(event.amountMinor, event.currency, set.baseCurrency, rate.rate);
    converted = { baseMinor, baseCurrency: set.baseCurrency, rate: rate.rate };
  }
  // Whole steps only: 1 point per 100.00 gives 12 points for 1,299.99.
  const points = Math.floor(baseMinor / rule.amountStepMinor) * rule.pointsPerStep;
  return {
    part: {
      pointsPerStep: rule.pointsPerStep,
      stepMinor: rule.amountStepMinor,
      amountMinor: event.amountMinor,
      currency: event.currency,
      points,
      ...(converted ? { converted } : {}),
    },
  };
}

function productPart(event: ScorableEvent, set: RuleSet): ProductPart | undefined {
  if (!event.product) return undefined;
  const product = set.products.find((p) => p.sku === event.product);
  if (!product) return undefined;
  const group = product.groupId === null ? undefined : set.groups.find((g) => g.id === product.groupId);
  const perUnit = product.points ?? group?.points ?? 0;
  if (perUnit === 0) return undefined;
  const quantity = event.quantity ?? 1;
  return {
    sku: product.sku,
    name: product.name,
    quantity,
    perUnit,
    points: perUnit * quantity,
    from: product.points === null ? 'group' : 'product',
    ...(group ? { group: group.name } : {}),
  };
}

/** Focus factors in force for the event on its local day (each scope that is set must match). */
export function focusFor(event: Pick<ScorableEvent, 'type' | 'product'>, set: RuleSet, day: string): FocusPart[] {
  const product = event.product ? set.products.find((p) => p.sku === event.product) : undefined;
  return set.focus
    .filter(
      (f) =>
        f.enabled &&
        f.fromDay <= day &&
        day <= f.toDay &&
        (f.eventType === null || f.eventType === event.type) &&
        (f.productId === null || f.productId === product?.id) &&
        (f.groupId === null || (product !== undefined && f.groupId === product.groupId)),
    )
    .map((f) => ({ name: f.name, factor: f.factor }));
}

/**
 * Points an event earns under a rule set: the type's fixed points, whole steps of the amount
 * in the base currency (converted with the manager's rate in force that day), the product's
 * or its group's points per unit, all multiplied by the focus factors in force, rounded once.
 */
export function scoreEvent(event: ScorableEvent, set: RuleSet): Award[] {
  const rule = set.rules.find((r) => r.eventType === event.type && r.enabled);
  if (!rule) return [];
  if (event.type === 'points.manual') {
    const points = event.manualPoints ?? 0;
    if (points === 0) return [];
    return [{ ruleId: rule.id, points, explanation: { kind: 'manual', reason: event.reason ?? '' } }];
  }
  const day = localDay(event.occurredAt, set.timeZone);
  const amount = amountPart(event, rule, set, day);
  const product = productPart(event, set);
  const subtotal = rule.points + (amount.part?.points ?? 0) + (product?.points ?? 0);
  const focus = subtotal === 0 ? [] : focusFor(event, set, day);
  const factor = focus.reduce((acc, f) => multiply(acc, parseDecimal(f.factor) ?? ONE), ONE);
  const points = isOne(factor) ? subtotal : roundRatio(multiply(ratioOf(subtotal), factor));
  if (points === 0) return [];
  const explanation: AwardExplanation = {
    kind: 'award',
    eventType: event.type,
    fixedPoints: rule.points,
    ...(amount.part ? { amountPoints: amount.part } : {}),
    ...(amount.skipped ? { amountSkipped: amount.skipped } : {}),
    ...(product ? { product } : {}),
    ...(focus.length > 0 ? { focus, subtotal } : {}),
    ...(event.customerName ? { customer: event.customerName } : {}),
    ...(event.activityName ? { activityName: event.activityName } : {}),
    ruleVersion: set.version,
  };
  return [{ ruleId: rule.id, points, explanation }];
}

/**
 * Points a reversal takes back from an award of `awardPoints`, given the amounts of all the
 * reversals of that award so far in order (this one last; null = the whole) and what those
 * already took. Shares are computed on the cumulative amount, so partial refunds that add up
 * to the whole take back exactly the original points, with no rounding drift; never more
 * than was awarded.
 */
export function reversalTake(input: {
  awardPoints: number;
  originalAmountMinor: number | null;
  reversalAmounts: readonly (number | null)[];
  alreadyTaken: number;
}): number {
  const { awardPoints, originalAmountMinor, reversalAmounts, alreadyTaken } = input;
  const whole = originalAmountMinor === null || originalAmountMinor <= 0 || reversalAmounts.some((a) => a === null);
  let target: number;
  if (whole) target = awardPoints;
  else {
    const cumulative = Math.min(
      reversalAmounts.reduce<number>((sum, a) => sum + (a ?? 0), 0),
      originalAmountMinor,
    );
    target = roundRatio({ num: BigInt(awardPoints) * BigInt(cumulative), den: BigInt(originalAmountMinor) });
  }
  return target - alreadyTaken;
}

/** True when the reversals' amounts take back the whole of the original. */
export function isFullyReversed(originalAmountMinor: number | null, reversalAmounts: readonly (number | null)[]): boolean {
  if (reversalAmounts.length === 0) return false;
  if (originalAmountMinor === null || originalAmountMinor <= 0 || reversalAmounts.some((a) => a === null)) return true;
  return reversalAmounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) >= originalAmountMinor;
}
