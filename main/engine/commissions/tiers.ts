// Rate tables. Thresholds arrive already in credit units (minor units or transactions; an
// attainment tier's percent has been turned into its share of the quota), so this module
// only knows about numbers on a line:
//
//   marginal      each slice of the measure is paid at the rate of the tier it falls in;
//                 a slice is an interval, so a threshold point has no width and the
//                 boundary rule cannot move money here.
//   retroactive   the whole amount is paid at the rate of the tier reached; a value exactly
//                 on a threshold belongs to the upper or the lower tier as the plan says.
//   per_transaction / cumulative  whether each transaction is measured from zero, or from
//                 the running total of the period (a deal can straddle a threshold).
import type { BoundaryRule, TierBasis, TierMode } from './plan';
import { add, cmp, max, min, sub, ZERO, type Rational } from './rational';

export interface TierSlice {
  /** 0-based tier index. */
  tier: number;
  base: Rational;
  reachedBy: 'transaction' | 'running_total' | 'period_total';
}

export interface TierItem {
  credited: Rational;
}

/** The tier a value reaches (0-based). */
export function tierOf(value: Rational, thresholds: readonly Rational[], boundary: BoundaryRule): number {
  let reached = 0;
  thresholds.forEach((threshold, index) => {
    const c = cmp(value, threshold);
    if (c > 0 || (c === 0 && boundary === 'upper_tier')) reached = index;
  });
  return reached;
}

/** Splits the interval [from, to] at the thresholds inside it. */
export function sliceInterval(from: Rational, to: Rational, thresholds: readonly Rational[]): { tier: number; base: Rational }[] {
  const slices: { tier: number; base: Rational }[] = [];
  thresholds.forEach((start, index) => {
    const next = thresholds[index + 1];
    const low = max(from, start);
    const high = next === undefined ? to : min(to, next);
    if (cmp(high, low) > 0) slices.push({ tier: index, base: sub(high, low) });
  });
  return slices;
}

/**
 * The tier slices of each item, in the items' order (which, for a cumulative basis, is the
 * order the period's transactions happened in).
 */
export function applyTiers(
  items: readonly TierItem[],
  thresholds: readonly Rational[],
  table: { mode: TierMode; basis: TierBasis; boundary: BoundaryRule },
): TierSlice[][] {
  if (table.basis === 'per_transaction') {
    return items.map((item) =>
      table.mode === 'marginal'
        ? sliceInterval(ZERO, item.credited, thresholds).map((s) => ({ ...s, reachedBy: 'transaction' as const }))
        : [{ tier: tierOf(item.credited, thresholds, table.boundary), base: item.credited, reachedBy: 'transaction' as const }],
    );
  }
  if (table.mode === 'retroactive') {
    const total = items.reduce((acc, item) => add(acc, item.credited), ZERO);
    const tier = tierOf(total, thresholds, table.boundary);
    return items.map((item) => [{ tier, base: item.credited, reachedBy: 'period_total' as const }]);
  }
  let running = ZERO;
  return items.map((item) => {
    const from = running;
    running = add(running, item.credited);
    return sliceInterval(from, running, thresholds).map((s) => ({ ...s, reachedBy: 'running_total' as const }));
  });
}
