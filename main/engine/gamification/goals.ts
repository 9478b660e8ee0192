// Goals: what is measured, over which recurring period, the target and its goal-over-goal
// tiers; and how far a value is (attainment), including "lower is better" response time.
import type { EventType } from '../event-types';
import type { PeriodKind } from '../periods';

export const GOAL_MEASURES = ['points', 'revenue', 'deals_won', 'event_count', 'response_time', 'active_days'] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];

export const GOAL_PERIODS = ['day', 'week', 'month', 'quarter'] as const satisfies readonly PeriodKind[];
export type GoalPeriod = (typeof GOAL_PERIODS)[number];

/** Whose numbers a goal sums: one rep, a team, or a grouping (territory, department, channel). */
export const GOAL_SCOPES = ['rep', 'team', 'grouping'] as const;
export type GoalScope = (typeof GOAL_SCOPES)[number];

/** Tier names by position: the goal itself (100%) is bronze, then silver and gold. */
export const TIER_NAMES = ['bronze', 'silver', 'gold'] as const;
export type TierName = (typeof TIER_NAMES)[number];
export const MAX_TIERS = TIER_NAMES.length;
export const MAX_TIER_PERCENT = 500;

export interface GoalSpec {
  measure: GoalMeasure;
  eventType: EventType | null;
  period: GoalPeriod;
  /** Count, minor units of the base currency (revenue) or seconds (response time). */
  target: number;
  /** Percent of the target, ascending, the first always 100. */
  tiers: readonly number[];
}

/** Median first-reply time: lower is better, so reaching the goal means being at or under it. */
export const lowerIsBetter = (measure: GoalMeasure): boolean => measure === 'response_time';

/** Problems with tiers, in words; empty when they are fine. */
export function tierProblems(tiers: readonly number[]): string[] {
  const problems: string[] = [];
  if (tiers.length === 0 || tiers[0] !== 100) problems.push('the first tier must be 100 (the goal itself)');
  if (tiers.length > MAX_TIERS) problems.push(`at most ${MAX_TIERS} tiers (bronze, silver, gold)`);
  tiers.forEach((tier, i) => {
    if (!Number.isInteger(tier) || tier < 100 || tier > MAX_TIER_PERCENT) problems.push(`tier ${tier} must be a whole percent from 100 to ${MAX_TIER_PERCENT}`);
    const before = tiers[i - 1];
    if (before !== undefined && tier <= before) problems.push(`tiers must go up: ${tier} comes after ${before}`);
  });
  return problems;
}

/**
 * Percent of the goal reached. For response time the target is a ceiling: 10 minutes
 * against a 15-minute goal is 150%; no replies yet is 0% (nothing to judge).
 */
export function attainment(measure: GoalMeasure, value: number | null, target: number): number {
  if (value === null || target <= 0) return 0;
  if (lowerIsBetter(measure)) return value <= 0 ? MAX_TIER_PERCENT : (target / value) * 100;
  return Math.max(0, (value / target) * 100);
}

/** The tiers (percents) reached at this attainment. */
export function tiersReached(percent: number, tiers: readonly number[]): number[] {
  // Compared with a hair of tolerance so that 15/15 * 120 style rounding never misses a tier.
  return tiers.filter((tier) => percent + 1e-9 >= tier);
}

/** The value a tier stands for: 120% of 10 quotes = 12; for response time, 15 min / 1.2. */
export function tierValue(measure: GoalMeasure, target: number, tier: number): number {
  return lowerIsBetter(measure) ? Math.floor((target * 100) / tier) : Math.ceil((target * tier) / 100);
}

export function tierName(index: number): TierName {
  return TIER_NAMES[Math.min(index, TIER_NAMES.length - 1)] ?? 'bronze';
}

/**
 * The three goals a rep starts with the first time their page opens: 10 quotes a week, a
 * median first reply within 15 minutes, and 5 active days a week.
 */
export const DEFAULT_GOALS: readonly GoalSpec[] = [
  { measure: 'event_count', eventType: 'quote.sent', period: 'week', target: 10, tiers: [100, 120, 150] },
  { measure: 'response_time', eventType: null, period: 'week', target: 15 * 60, tiers: [100, 150, 200] },
  { measure: 'active_days', eventType: null, period: 'week', target: 5, tiers: [100] },
];

/** The event types that can move a goal's measure (a goal is re-checked when one is scored). */
export function goalWatches(spec: Pick<GoalSpec, 'measure' | 'eventType'>, type: EventType): boolean {
  switch (spec.measure) {
    case 'points':
      return true;
    case 'revenue':
      return type === 'deal.won' || type === 'catalog.sale' || type === 'deal.reopened' || type === 'payment.refunded';
    case 'deals_won':
      return type === 'deal.won' || type === 'deal.reopened';
    case 'event_count':
      return type === spec.eventType;
    case 'response_time':
      return type === 'reply.sent';
    case 'active_days':
      return type !== 'points.manual' && type !== 'deal.reopened' && type !== 'payment.refunded';
  }
}
