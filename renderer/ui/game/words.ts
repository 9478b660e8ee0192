// Gamification data in words: badge rules and progress, goal titles and values,
// notifications and recognition moments, in the reader's language.
import type { BadgeProgressView, BadgeRuleView, Goal, NotificationView, Recognition } from '../../../preload/contract';
import type { Messages } from '../i18n/en';
import type { Formatters } from '../i18n/i18n';

export interface Words {
  m: Messages;
  f: Formatters;
  currency: string;
}

/** 45 s, 12 min, 1 h 5 min. */
export function duration(seconds: number, { m, f }: Pick<Words, 'm' | 'f'>): string {
  const s = Math.round(seconds);
  if (s < 90) return m.game.duration.seconds(f.number(s));
  const minutes = Math.round(s / 60);
  if (minutes < 60) return m.game.duration.minutes(f.number(minutes));
  return m.game.duration.hours(f.number(Math.floor(minutes / 60)), f.number(minutes % 60));
}

export function badgeRuleText(rule: BadgeRuleView, w: Words): string {
  const { m, f, currency } = w;
  const r = m.game.rules;
  switch (rule.kind) {
    case 'deals_won':
      return r.deals_won(f.number(rule.count));
    case 'event_count':
      return r.event_count(f.number(rule.count), m.game.eventCounts[rule.eventType]);
    case 'revenue_total':
      return r.revenue_total(f.money(rule.amountMinor, currency));
    case 'revenue_in_month':
      return r.revenue_in_month(f.money(rule.amountMinor, currency));
    case 'single_sale':
      return r.single_sale(f.money(rule.amountMinor, currency));
    case 'fast_replies':
      return r.fast_replies(f.number(rule.count), duration(rule.withinSeconds, w));
    case 'median_response_week':
      return r.median_response_week(duration(rule.maxSeconds, w), f.number(rule.minReplies));
    case 'streak':
      return r.streak(f.number(rule.days));
    case 'active_days_in_week':
      return r.active_days_in_week(f.number(rule.days));
  }
}

/** "7 of 10 deals", "R$ 3.200,00 of R$ 10.000,00", "Median 12 min (needs 15 min or less)". */
export function badgeProgressText(progress: BadgeProgressView, w: Words): string {
  const { m, f, currency } = w;
  const p = m.game.progress;
  switch (progress.unit) {
    case 'money':
      return p.money(f.money(progress.current, currency), f.money(progress.target, currency));
    case 'seconds':
      return p.seconds(duration(progress.current, w), duration(progress.target, w));
    default:
      return p[progress.unit](f.number(progress.current), f.number(progress.target));
  }
}

/** How far along a locked badge is, 0..1 (for a median: 0 until it is judged, then full). */
export function badgeFraction(progress: BadgeProgressView): number {
  if (progress.done) return 1;
  if (progress.lowerIsBetter) return progress.current <= 0 ? 0 : Math.min(1, progress.target / progress.current);
  return progress.target <= 0 ? 0 : Math.min(1, progress.current / progress.target);
}

type GoalSpec = Pick<Goal, 'measure' | 'eventType' | 'period'>;

/** "Quotes sent per week", "Response time per week". */
/** Whom a goal is for: the rep, the team, or "Territory: South". */
export function goalOwner(goal: Pick<Goal, 'scope' | 'repName' | 'teamName' | 'groupingName' | 'groupingKind'>, { m }: Pick<Words, 'm'>): string {
  if (goal.scope === 'grouping') return goal.groupingKind ? `${m.org.kinds[goal.groupingKind]}: ${goal.groupingName ?? ''}` : (goal.groupingName ?? '');
  return (goal.scope === 'team' ? goal.teamName : goal.repName) ?? '';
}

export function goalTitle(goal: GoalSpec, { m }: Pick<Words, 'm'>): string {
  const what = goal.measure === 'event_count' && goal.eventType ? m.game.eventCounts[goal.eventType] : m.game.measureTitles[goal.measure];
  return m.game.goals.goalTitle(what, m.game.perPeriod[goal.period]);
}

/** A goal's value in its unit: a count, money, days or a duration. */
export function goalValue(goal: Pick<Goal, 'measure'>, value: number, w: Words): string {
  switch (goal.measure) {
    case 'revenue':
      return w.f.money(value, w.currency);
    case 'response_time':
      return duration(value, w);
    case 'active_days':
      return w.m.game.days(w.f.number(value));
    default:
      return w.f.number(value);
  }
}

/** "7 of 10", or for response time "Median 12 min · goal 15 min or less". */
export function goalProgressText(goal: Goal, w: Words): string {
  const { value } = goal.progress;
  if (goal.measure === 'response_time') {
    if (value === null) return w.m.game.goals.noReplies;
    return w.m.game.goals.median(goalValue(goal, value, w), goalValue(goal, goal.target, w));
  }
  if (goal.measure === 'active_days') return w.m.game.progress.days(w.f.number(value ?? 0), w.f.number(goal.target));
  return w.m.game.goals.valueOf(goalValue(goal, value ?? 0, w), goalValue(goal, goal.target, w));
}

export function tierName(index: number, { m }: Pick<Words, 'm'>): string {
  return m.game.tiers[Math.min(index, m.game.tiers.length - 1)] ?? '';
}

/** A notification as a sentence; `mine` words it to the rep ("You earned…"). */
export function notificationText(n: NotificationView, w: Words, mine: boolean): string {
  const { m, f } = w;
  const t = m.game.notifications;
  const who = n.repName ?? '';
  const p = n.payload;
  switch (p.kind) {
    case 'goal_reached': {
      const goal = goalTitle(p, w);
      const tier = tierName(p.tierIndex, w);
      if (p.scope === 'team' && (mine || !n.repName)) return p.tierIndex > 0 ? t.goalTier(n.teamName ?? '', tier, goal) : t.teamGoal(n.teamName ?? '', goal);
      if (p.scope === 'grouping') return p.tierIndex > 0 ? t.goalTier(n.groupingName ?? '', tier, goal) : t.groupingGoal(n.groupingName ?? '', goal);
      if (mine) return p.tierIndex > 0 ? t.myGoalTier(tier, goal) : t.myGoal(goal);
      return p.tierIndex > 0 ? t.goalTier(who, tier, goal) : t.goal(who, goal);
    }
    case 'badge_earned':
      return mine ? t.myBadge(m.game.badgeNames[p.badgeId]) : t.badge(who, m.game.badgeNames[p.badgeId]);
    case 'badge_withdrawn':
      return mine ? t.myWithdrawn(m.game.badgeNames[p.badgeId]) : t.withdrawn(who, m.game.badgeNames[p.badgeId]);
    case 'level_up':
      return mine ? t.myLevel(p.level) : t.level(who, p.level);
    case 'kudos': {
      const text = mine ? t.myKudos(p.message) : t.kudos(who, p.message);
      return p.points > 0 ? `${text} · ${t.plusPoints(f.number(p.points))}` : text;
    }
  }
}

/** A recognition moment after the rep's name: "earned First Sale", "reached level 4". */
export function momentText(moment: Recognition, { m }: Pick<Words, 'm'>): string {
  switch (moment.kind) {
    case 'badge':
      return m.game.moments.badge(m.game.badgeNames[moment.badgeId]);
    case 'level_up':
      return m.game.moments.level(moment.level);
    case 'kudos':
      return m.game.moments.kudos(moment.message);
  }
}
