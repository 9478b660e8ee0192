// Awarding and withdrawing badges, inside the scoring transaction of the event that moved
// the rep's numbers. The unique (badge, rep) index is the guarantee of "exactly once": two
// deliveries racing to the same badge insert one row, and only that insert notifies.
import type { EventRow } from '../../../db/queries/events';
import { awardsOfRep, insertAwardOnce, listBadgeRows, restoreAward, withdrawAward } from '../../../db/queries/badges';
import { badgeRuleSchema, judgeBadge, REFUNDABLE_RULES, ruleWatches, type BadgeId, type BadgeRule } from '../../engine/gamification/badges';
import type { EventType } from '../../engine/event-types';
import type { ServiceContext } from '../context';
import { measureBadge, type MeasureMemo, type MeasureSetup } from './badge-measures';
import { REVENUE_TYPES } from '../../engine/gamification/metrics';
import { addNotification } from './notifications';
import { RepFacts } from './rep-facts';

export interface LiveBadge {
  id: BadgeId;
  rule: BadgeRule;
}

/** The enabled badges with their rules (a rule that no longer parses is skipped, never guessed). */
export function enabledBadges(ctx: ServiceContext): LiveBadge[] {
  return listBadgeRows(ctx.db).flatMap((row) => {
    if (!row.enabled) return [];
    const rule = badgeRuleSchema.safeParse(JSON.parse(row.ruleJson));
    if (!rule.success) {
      ctx.log('warn', `badge ${row.id} has an invalid rule and is skipped`, rule.error.issues);
      return [];
    }
    return [{ id: row.id as BadgeId, rule: rule.data }];
  });
}

/**
 * Whether this event can have completed the rule at all, from the event alone: a slow reply
 * cannot complete a fast-reply badge, a second event on an already active day cannot grow a
 * streak, a small sale cannot be a Big Ticket. Saves measuring on the webhook's hot path.
 */
function couldComplete(rule: BadgeRule, event: EventRow, newActiveDay: boolean, baseCurrency: string): boolean {
  if (!ruleWatches(rule, event.type as EventType)) return false;
  switch (rule.kind) {
    case 'streak':
    case 'active_days_in_week':
      return newActiveDay;
    case 'fast_replies':
      return event.responseSeconds !== null && event.responseSeconds <= rule.withinSeconds;
    case 'median_response_week':
      return event.responseSeconds !== null;
    case 'single_sale':
      return REVENUE_TYPES.has(event.type as EventType) && event.currency === baseCurrency && (event.amountMinor ?? 0) >= rule.amountMinor;
    case 'revenue_total':
    case 'revenue_in_month':
      // Revenue counts amounts in the base currency only: a sale in another currency moves nothing.
      return REVENUE_TYPES.has(event.type as EventType) && event.currency === baseCurrency && (event.amountMinor ?? 0) > 0;
    case 'deals_won':
      return event.type === 'deal.won';
    case 'event_count':
      return true;
  }
}

/**
 * Awards every badge the event completed for the rep. The event's instant is the moment
 * judged (its week, its month, the streak through its day).
 */
export function awardBadges(
  ctx: ServiceContext,
  setup: MeasureSetup,
  badges: readonly LiveBadge[],
  repId: number,
  event: EventRow,
  newActiveDay: boolean,
  facts = new RepFacts(ctx.db),
): BadgeId[] {
  const held = facts.badgeStates(repId);
  const awarded: BadgeId[] = [];
  const memo: MeasureMemo = new Map();
  for (const badge of badges) {
    const withdrawnAt = held.get(badge.id);
    const existing = withdrawnAt !== undefined;
    if (existing && withdrawnAt === null) continue;
    if (!couldComplete(badge.rule, event, newActiveDay, setup.calendar.baseCurrency)) continue;
    if (!judgeBadge(badge.rule, measureBadge(ctx, setup, badge.rule, repId, event.occurredAt, false, memo)).done) continue;
    const award = { eventId: event.id, earnedAt: event.occurredAt, awardedAt: ctx.now() };
    const row = existing ? restoreAward(ctx.db, badge.id, repId, award) : insertAwardOnce(ctx.db, { badgeId: badge.id, repId, ...award });
    if (!row) continue;
    facts.badgeAwarded(repId, badge.id);
    awarded.push(badge.id);
    addNotification(ctx, { repId, teamId: null, payload: { kind: 'badge_earned', badgeId: badge.id }, dedupeKey: `badge:${badge.id}:${repId}:${event.id}` });
  }
  return awarded;
}

/**
 * After a refund or reopening (setting `refundBadges` = `withdraw`): sales badges the rep
 * no longer meets are withdrawn, with a notification; they come back, and are told again,
 * when the rep qualifies anew. Activity badges (speed, streaks) are never withdrawn: the
 * replies were sent and the days were worked.
 */
export function withdrawBadges(ctx: ServiceContext, setup: MeasureSetup, badges: readonly LiveBadge[], repId: number, reversal: EventRow): BadgeId[] {
  const rules = new Map(badges.map((b) => [b.id, b.rule]));
  const withdrawn: BadgeId[] = [];
  const memo: MeasureMemo = new Map();
  for (const award of awardsOfRep(ctx.db, repId)) {
    const rule = rules.get(award.badgeId as BadgeId);
    if (!rule || award.withdrawnAt !== null || !REFUNDABLE_RULES.has(rule.kind)) continue;
    // A month's revenue is judged for the month the badge was earned in.
    // (Months differ between awards, so the month measure is not shared.)
    const shared = rule.kind === 'revenue_in_month' ? new Map() : memo;
    if (judgeBadge(rule, measureBadge(ctx, setup, rule, repId, award.earnedAt, false, shared)).done) continue;
    if (!withdrawAward(ctx.db, award.id, ctx.now(), reversal.id)) continue;
    withdrawn.push(award.badgeId as BadgeId);
    addNotification(ctx, { repId, teamId: null, payload: { kind: 'badge_withdrawn', badgeId: award.badgeId as BadgeId }, dedupeKey: `badge-withdrawn:${award.id}:${reversal.id}` });
  }
  return withdrawn;
}
