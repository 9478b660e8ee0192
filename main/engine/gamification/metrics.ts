import { REVERSING_TYPES, type EventType } from '../event-types';

/** What a leaderboard can rank by. */
export const LEADERBOARD_METRICS = ['points', 'revenue', 'deals_won', 'event_count'] as const;
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];

/**
 * Keys of the per-day aggregates (`rep_day_metrics.metric`). Points live in `rep_day_totals`.
 * - `revenue`: sales (won deals and catalog sales) in minor units of the base currency, net
 *   of refunds and reopenings (taken back on the day of the refund, like points);
 * - `deals_won`: won deals, net of deals reopened in full;
 * - `active`: events that show the rep at work (everything but reversals and manual awards),
 *   so a day with `active` > 0 is an active day (goals, streaks, Perfect Week);
 * - `type:<event type>`: events of one type, as delivered.
 */
export const METRIC_KEYS = { revenue: 'revenue', dealsWon: 'deals_won', active: 'active' } as const;
export const typeMetric = (type: EventType): string => `type:${type}`;

/** Event types whose amount is revenue: a sale. Payments collect it, so they are not counted again. */
export const REVENUE_TYPES: ReadonlySet<EventType> = new Set(['deal.won', 'catalog.sale']);

export interface MetricDelta {
  metric: string;
  delta: number;
}

export interface MeteredEvent {
  type: EventType;
  amountMinor: number | null;
  currency: string | null;
}

function revenueOf(event: MeteredEvent, baseCurrency: string): number {
  if (!REVENUE_TYPES.has(event.type) || event.amountMinor === null || event.amountMinor <= 0) return 0;
  // Other currencies need an exchange rate first (as with amount points): not counted yet.
  return event.currency === baseCurrency ? event.amountMinor : 0;
}

/** What one (non-reversing) event adds to its rep's aggregates for its local day. */
export function eventMetrics(event: MeteredEvent, baseCurrency: string): MetricDelta[] {
  const deltas: MetricDelta[] = [{ metric: typeMetric(event.type), delta: 1 }];
  if (REVERSING_TYPES.has(event.type)) return deltas;
  if (event.type !== 'points.manual') deltas.push({ metric: METRIC_KEYS.active, delta: 1 });
  if (event.type === 'deal.won') deltas.push({ metric: METRIC_KEYS.dealsWon, delta: 1 });
  const revenue = revenueOf(event, baseCurrency);
  if (revenue > 0) deltas.push({ metric: METRIC_KEYS.revenue, delta: revenue });
  return deltas;
}

/** What earlier reversals of one original already took back. */
export interface PriorReversal {
  reversedMinor: number;
  /** True once the original was taken back in full (a reversal without amount, or amounts adding up). */
  whole: boolean;
}

/** Folds the reversals of an original that came before, oldest first. */
export function priorReversal(original: MeteredEvent, earlier: readonly MeteredEvent[]): PriorReversal {
  let prior: PriorReversal = { reversedMinor: 0, whole: false };
  for (const reversal of earlier) prior = afterReversal(original, reversal, prior);
  return prior;
}

function afterReversal(original: MeteredEvent, reversal: MeteredEvent, prior: PriorReversal): PriorReversal {
  if (prior.whole) return prior;
  if (reversal.amountMinor === null || original.amountMinor === null) return { reversedMinor: original.amountMinor ?? 0, whole: true };
  const reversedMinor = Math.min(original.amountMinor, prior.reversedMinor + reversal.amountMinor);
  return { reversedMinor, whole: reversedMinor >= original.amountMinor };
}

/**
 * What a refund or reopening takes back from the original's rep, on the reversal's day.
 * `prior` is what earlier reversals of the same original took back, so several partial
 * refunds never take back more revenue than the sale brought, and a deal leaves the won
 * count once, when it has been taken back in full.
 */
export function reversalMetrics(original: MeteredEvent, reversal: MeteredEvent, prior: PriorReversal, baseCurrency: string): MetricDelta[] {
  const deltas: MetricDelta[] = [{ metric: typeMetric(reversal.type), delta: 1 }];
  if (prior.whole) return deltas;
  const after = afterReversal(original, reversal, prior);
  const revenue = revenueOf(original, baseCurrency);
  if (revenue > 0) {
    const take = after.whole ? revenue - prior.reversedMinor : after.reversedMinor - prior.reversedMinor;
    if (take > 0) deltas.push({ metric: METRIC_KEYS.revenue, delta: -take });
  }
  if (original.type === 'deal.won' && after.whole) deltas.push({ metric: METRIC_KEYS.dealsWon, delta: -1 });
  return deltas;
}
