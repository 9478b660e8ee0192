// The 14 badges: what each asks of a rep (its unlock rule, tunable by the manager) and how
// far a rep is from it. Measuring a rep is the services' job; judging is pure and here.
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../event-types';

export const BADGE_CATEGORIES = ['milestone', 'speed', 'consistency', 'revenue'] as const;
export type BadgeCategory = (typeof BADGE_CATEGORIES)[number];

export const BADGE_IDS = [
  'first_sale',
  'deals_10',
  'deals_100',
  'quote_machine',
  'lightning',
  'speed_demon',
  'fast_hands',
  'on_a_roll',
  'perfect_week',
  'streak_master',
  'unstoppable',
  'big_ticket',
  'month_maker',
  'rainmaker',
] as const;
export type BadgeId = (typeof BADGE_IDS)[number];

const count = z.number().int().min(1).max(1_000_000);
const amount = z.number().int().min(1).max(1_000_000_000_000);
const seconds = z.number().int().min(1).max(7 * 86_400);

/** An unlock rule. Counts and amounts are net of refunds and reopenings. */
export const badgeRuleSchema = z.discriminatedUnion('kind', [
  /** Deals won, all time. */
  z.object({ kind: z.literal('deals_won'), count }).strict(),
  /** Events of one type, all time. */
  z.object({ kind: z.literal('event_count'), eventType: z.enum(EVENT_TYPES), count }).strict(),
  /** Revenue (won deals and catalog sales, base currency), all time. */
  z.object({ kind: z.literal('revenue_total'), amountMinor: amount }).strict(),
  /** Revenue of sales made within one calendar month. */
  z.object({ kind: z.literal('revenue_in_month'), amountMinor: amount }).strict(),
  /** One sale worth at least this much. */
  z.object({ kind: z.literal('single_sale'), amountMinor: amount }).strict(),
  /** Replies sent within `withinSeconds` of the customer's message, all time. */
  z.object({ kind: z.literal('fast_replies'), count, withinSeconds: seconds }).strict(),
  /** A week whose median first reply is at most `maxSeconds`, over at least `minReplies` replies. */
  z.object({ kind: z.literal('median_response_week'), maxSeconds: seconds, minReplies: z.number().int().min(1).max(10_000) }).strict(),
  /** Consecutive active local days (rest days neither break nor are needed). */
  z.object({ kind: z.literal('streak'), days: z.number().int().min(2).max(3650) }).strict(),
  /** Active days within one week. */
  z.object({ kind: z.literal('active_days_in_week'), days: z.number().int().min(1).max(7) }).strict(),
]);
export type BadgeRule = z.infer<typeof badgeRuleSchema>;
export type BadgeRuleKind = BadgeRule['kind'];

export interface BadgeDefinition {
  id: BadgeId;
  category: BadgeCategory;
  icon: string;
  rule: BadgeRule;
}

/**
 * The badges a workspace starts with. Amounts are in major units of the base currency and
 * become minor units when seeded (10,000.00 BRL or USD; 10,000 JPY).
 */
export function defaultBadges(majorToMinor: (major: number) => number): BadgeDefinition[] {
  return [
    { id: 'first_sale', category: 'milestone', icon: 'handshake', rule: { kind: 'deals_won', count: 1 } },
    { id: 'deals_10', category: 'milestone', icon: 'trophy', rule: { kind: 'deals_won', count: 10 } },
    { id: 'deals_100', category: 'milestone', icon: 'crown', rule: { kind: 'deals_won', count: 100 } },
    { id: 'quote_machine', category: 'milestone', icon: 'document', rule: { kind: 'event_count', eventType: 'quote.sent', count: 100 } },
    { id: 'lightning', category: 'speed', icon: 'bolt', rule: { kind: 'fast_replies', count: 1, withinSeconds: 60 } },
    { id: 'speed_demon', category: 'speed', icon: 'rocket', rule: { kind: 'fast_replies', count: 25, withinSeconds: 300 } },
    { id: 'fast_hands', category: 'speed', icon: 'timer', rule: { kind: 'median_response_week', maxSeconds: 900, minReplies: 10 } },
    { id: 'on_a_roll', category: 'consistency', icon: 'spark', rule: { kind: 'streak', days: 3 } },
    { id: 'perfect_week', category: 'consistency', icon: 'calendar', rule: { kind: 'active_days_in_week', days: 5 } },
    { id: 'streak_master', category: 'consistency', icon: 'flame', rule: { kind: 'streak', days: 10 } },
    { id: 'unstoppable', category: 'consistency', icon: 'mountain', rule: { kind: 'streak', days: 30 } },
    { id: 'big_ticket', category: 'revenue', icon: 'gem', rule: { kind: 'single_sale', amountMinor: majorToMinor(10_000) } },
    { id: 'month_maker', category: 'revenue', icon: 'chart', rule: { kind: 'revenue_in_month', amountMinor: majorToMinor(50_000) } },
    { id: 'rainmaker', category: 'revenue', icon: 'coins', rule: { kind: 'revenue_total', amountMinor: majorToMinor(250_000) } },
  ];
}

/** What was measured for a rep against a rule (see `judgeBadge`). */
export type BadgeMeasure =
  | { kind: 'amount'; value: number }
  | { kind: 'count'; value: number }
  | { kind: 'median'; medianSeconds: number | null; replies: number };

/** How far a rep is: `current` of `target` in `unit` (for a median: lower is better). */
export interface BadgeProgress {
  done: boolean;
  current: number;
  target: number;
  unit: 'deals' | 'events' | 'money' | 'replies' | 'days' | 'seconds';
  lowerIsBetter: boolean;
}

function unitOf(rule: BadgeRule): BadgeProgress['unit'] {
  switch (rule.kind) {
    case 'deals_won':
      return 'deals';
    case 'event_count':
      return 'events';
    case 'revenue_total':
    case 'revenue_in_month':
    case 'single_sale':
      return 'money';
    case 'fast_replies':
      return 'replies';
    case 'median_response_week':
      return 'seconds';
    case 'streak':
    case 'active_days_in_week':
      return 'days';
  }
}

function targetOf(rule: Exclude<BadgeRule, { kind: 'median_response_week' }>): number {
  switch (rule.kind) {
    case 'deals_won':
    case 'event_count':
    case 'fast_replies':
      return rule.count;
    case 'revenue_total':
    case 'revenue_in_month':
    case 'single_sale':
      return rule.amountMinor;
    case 'streak':
    case 'active_days_in_week':
      return rule.days;
  }
}

/** Whether the measure meets the rule, and the progress to show on a locked badge ("7 of 10 deals"). */
export function judgeBadge(rule: BadgeRule, measure: BadgeMeasure): BadgeProgress {
  if (rule.kind === 'median_response_week') {
    const median = measure.kind === 'median' ? measure.medianSeconds : null;
    const replies = measure.kind === 'median' ? measure.replies : 0;
    // Until a week has enough replies, the progress is the replies still needed.
    if (replies < rule.minReplies || median === null) {
      return { done: false, current: replies, target: rule.minReplies, unit: 'replies', lowerIsBetter: false };
    }
    return { done: median <= rule.maxSeconds, current: median, target: rule.maxSeconds, unit: 'seconds', lowerIsBetter: true };
  }
  const value = measure.kind === 'median' ? 0 : measure.value;
  const target = targetOf(rule);
  return { done: value >= target, current: Math.max(0, value), target, unit: unitOf(rule), lowerIsBetter: false };
}

/** Rule kinds a refund or reopening can undo (sales and their value); activity stays done. */
export const REFUNDABLE_RULES: ReadonlySet<BadgeRuleKind> = new Set(['deals_won', 'revenue_total', 'revenue_in_month', 'single_sale']);

/** The event types that can move a rule's measure: badges are checked only when one is scored. */
export function ruleWatches(rule: BadgeRule, type: EventType): boolean {
  switch (rule.kind) {
    case 'deals_won':
      return type === 'deal.won' || type === 'deal.reopened';
    case 'event_count':
      return type === rule.eventType;
    case 'revenue_total':
    case 'revenue_in_month':
    case 'single_sale':
      return type === 'deal.won' || type === 'catalog.sale' || type === 'deal.reopened' || type === 'payment.refunded';
    case 'fast_replies':
    case 'median_response_week':
      return type === 'reply.sent';
    case 'streak':
    case 'active_days_in_week':
      return type !== 'points.manual' && type !== 'deal.reopened' && type !== 'payment.refunded';
  }
}
