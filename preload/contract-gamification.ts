// The gamification part of the typed API: leaderboards by any metric, goals with tiers,
// badges, levels, notifications, kudos and the game settings. Spread into `procedures` by
// contract.ts; it imports nothing of contract.ts, so the two never import each other.
import { z } from 'zod';
import { groupingKindSchema, repScopeSchema } from './contract-organisation';
import { EVENT_TYPES } from '../main/engine/event-types';
import { BADGE_CATEGORIES, BADGE_IDS, badgeRuleSchema } from '../main/engine/gamification/badges';
import { GOAL_MEASURES, GOAL_PERIODS, GOAL_SCOPES, MAX_TIER_PERCENT, MAX_TIERS } from '../main/engine/gamification/goals';
import { LEADERBOARD_METRICS } from '../main/engine/gamification/metrics';
import { NAME_PRIVACY_MODES } from '../main/engine/gamification/privacy';
import { TIE_BREAKS } from '../main/engine/leaderboard';
import { PERIOD_KINDS } from '../main/engine/period-kinds';

export { BADGE_CATEGORIES, BADGE_IDS, GOAL_MEASURES, GOAL_PERIODS, LEADERBOARD_METRICS, NAME_PRIVACY_MODES, TIE_BREAKS };

const eventType = z.enum(EVENT_TYPES);
const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-11-24');
const none = z.object({}).strict();

// ---------- leaderboards ----------

export const metricSchema = z.enum(LEADERBOARD_METRICS);
export type MetricName = z.infer<typeof metricSchema>;
export const rankingPeriodSchema = z.enum([...PERIOD_KINDS, 'custom']);
export type RankingPeriod = z.infer<typeof rankingPeriodSchema>;

export const dayRangeSchema = z.object({
  kind: rankingPeriodSchema,
  start: z.number(),
  end: z.number(),
  firstDay: z.string(),
  lastDay: z.string(),
});
export type DayRangeView = z.infer<typeof dayRangeSchema>;

export const rankingQuerySchema = z
  .object({
    metric: metricSchema.default('points'),
    /** Required when `metric` is `event_count`. */
    eventType: eventType.optional(),
    period: rankingPeriodSchema.default('week'),
    /** For `custom`: the first and last local day, both included. */
    from: localDay.optional(),
    to: localDay.optional(),
    /** Another moment's period (ISO time with offset); now by default. */
    at: z.iso.datetime({ offset: true }).optional(),
    groupBy: z.enum(['rep', 'team']).default('rep'),
    /** Only this team's reps (rep rankings). */
    teamId: z.number().int().optional(),
    /** Only the members of a team, territory, department or channel. */
    scope: repScopeSchema.optional(),
  })
  .strict();
export type RankingQueryInput = z.input<typeof rankingQuerySchema>;

export const rankingRowSchema = z.object({
  rank: z.number().int(),
  /** The rep's id, or the team's id in a team ranking. */
  id: z.number().int(),
  name: z.string(),
  teamId: z.number().int().nullable(),
  teamName: z.string().nullable(),
  value: z.number(),
  previousRank: z.number().int().nullable(),
  /** Places gained since the previous period (negative: lost); null when not ranked then. */
  movement: z.number().int().nullable(),
  /** Reps counted (1 in a rep ranking). */
  members: z.number().int(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const rankingSchema = z.object({
  period: dayRangeSchema,
  previous: dayRangeSchema,
  metric: metricSchema,
  eventType: eventType.nullable(),
  groupBy: z.enum(['rep', 'team']),
  tieBreak: z.enum(TIE_BREAKS),
  baseCurrency: z.string(),
  rows: z.array(rankingRowSchema),
});
export type Ranking = z.infer<typeof rankingSchema>;

export const chartSchema = z.object({
  days: z.array(z.string()),
  /** Running totals per day, one series per active rep (null for days still to come). */
  series: z.array(z.object({ repId: z.number().int(), name: z.string(), values: z.array(z.number().nullable()) })),
});
export type PointsChart = z.infer<typeof chartSchema>;

// ---------- settings ----------

const isoWeekday = z.number().int().min(1).max(7);
export const gameSettingsSchema = z.object({
  tieBreak: z.enum(TIE_BREAKS),
  namePrivacy: z.enum(NAME_PRIVACY_MODES),
  publicTopN: z.number().int().min(1).max(100).nullable(),
  refundBadges: z.enum(['withdraw', 'keep']),
  levelBaseXp: z.number().int().min(1).max(1_000_000),
  restDays: z.array(isoWeekday).max(3),
  desktopNotify: z.enum(['all', 'goals', 'off']),
});
export type GameSettings = z.infer<typeof gameSettingsSchema>;

export const levelSchema = z.object({
  repId: z.number().int(),
  level: z.number().int(),
  xp: z.number().int(),
  levelXp: z.number().int(),
  nextLevelXp: z.number().int().nullable(),
});
export type LevelView = z.infer<typeof levelSchema>;

// ---------- badges ----------

export const badgeIdSchema = z.enum(BADGE_IDS);
export type BadgeIdName = z.infer<typeof badgeIdSchema>;
export { badgeRuleSchema };
export type BadgeRuleView = z.infer<typeof badgeRuleSchema>;

export const badgeSchema = z.object({
  id: badgeIdSchema,
  category: z.enum(BADGE_CATEGORIES),
  icon: z.string(),
  rule: badgeRuleSchema,
  enabled: z.boolean(),
  /** Reps holding it now. */
  holders: z.number().int(),
});
export type Badge = z.infer<typeof badgeSchema>;

export const badgeProgressSchema = z.object({
  done: z.boolean(),
  current: z.number(),
  target: z.number(),
  unit: z.enum(['deals', 'events', 'money', 'replies', 'days', 'seconds']),
  lowerIsBetter: z.boolean(),
});
export type BadgeProgressView = z.infer<typeof badgeProgressSchema>;

export const cabinetBadgeSchema = badgeSchema.omit({ holders: true }).extend({
  earnedAt: z.number().nullable(),
  /** When a refund took it back (it returns when the rep qualifies again). */
  withdrawnAt: z.number().nullable(),
  progress: badgeProgressSchema,
});
export type CabinetBadge = z.infer<typeof cabinetBadgeSchema>;

// ---------- goals ----------

export const goalSpecInput = {
  measure: z.enum(GOAL_MEASURES),
  eventType: eventType.nullable().optional(),
  period: z.enum(GOAL_PERIODS),
  /** Count, minor units of the base currency (revenue) or seconds (response time). */
  target: z.number().int().min(1).max(1_000_000_000_000),
  tiers: z.array(z.number().int().min(100).max(MAX_TIER_PERCENT)).min(1).max(MAX_TIERS).default([100]),
};

export const goalProgressSchema = z.object({
  firstDay: z.string(),
  lastDay: z.string(),
  /** The measured value (null: no replies yet for a response-time goal). */
  value: z.number().nullable(),
  percent: z.number(),
  tiersReached: z.array(z.number().int()),
  completed: z.boolean(),
  /** Replies behind a response-time median. */
  sample: z.number().int().nullable(),
});

export const goalSchema = z.object({
  id: z.number().int(),
  scope: z.enum(GOAL_SCOPES),
  repId: z.number().int().nullable(),
  repName: z.string().nullable(),
  teamId: z.number().int().nullable(),
  teamName: z.string().nullable(),
  /** Scope `grouping`: the territory, department or channel whose members the goal sums. */
  groupingId: z.number().int().nullable(),
  groupingName: z.string().nullable(),
  groupingKind: groupingKindSchema.nullable(),
  measure: z.enum(GOAL_MEASURES),
  eventType: eventType.nullable(),
  period: z.enum(GOAL_PERIODS),
  target: z.number().int(),
  tiers: z.array(z.number().int()),
  paused: z.boolean(),
  createdBy: z.enum(['manager', 'rep', 'default']),
  progress: goalProgressSchema,
});
export type Goal = z.infer<typeof goalSchema>;

// ---------- notifications, kudos, recognition ----------

export const notificationPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('goal_reached'),
    goalId: z.number().int(),
    scope: z.enum(GOAL_SCOPES),
    measure: z.enum(GOAL_MEASURES),
    eventType: eventType.nullable(),
    period: z.enum(GOAL_PERIODS),
    target: z.number(),
    tier: z.number().int(),
    tierIndex: z.number().int(),
    periodFirstDay: z.string(),
    groupingId: z.number().int().optional(),
  }),
  z.object({ kind: z.literal('badge_earned'), badgeId: badgeIdSchema }),
  z.object({ kind: z.literal('badge_withdrawn'), badgeId: badgeIdSchema }),
  z.object({ kind: z.literal('level_up'), level: z.number().int() }),
  z.object({ kind: z.literal('kudos'), kudosId: z.number().int(), message: z.string(), points: z.number().int() }),
]);
export type NotificationPayloadView = z.infer<typeof notificationPayloadSchema>;

export const notificationSchema = z.object({
  id: z.number().int(),
  repId: z.number().int().nullable(),
  repName: z.string().nullable(),
  teamName: z.string().nullable(),
  /** A grouping goal's territory, department or channel. */
  groupingName: z.string().nullable(),
  payload: notificationPayloadSchema,
  createdAt: z.number(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationSchema>;
export const notificationFeedSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int() });

export const kudosSchema = z.object({
  id: z.number().int(),
  repId: z.number().int(),
  repName: z.string(),
  message: z.string(),
  points: z.number().int(),
  givenAt: z.number(),
});
export type Kudos = z.infer<typeof kudosSchema>;

/** The "moments" of recognition: badges, level-ups and kudos (dashboard, wallboard feed). */
export const recognitionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('badge'), repId: z.number().int(), name: z.string(), badgeId: badgeIdSchema, icon: z.string(), category: z.enum(BADGE_CATEGORIES), at: z.number() }),
  z.object({ kind: z.literal('level_up'), repId: z.number().int(), name: z.string(), level: z.number().int(), at: z.number() }),
  z.object({ kind: z.literal('kudos'), repId: z.number().int(), name: z.string(), message: z.string(), points: z.number().int(), at: z.number() }),
]);
export type Recognition = z.infer<typeof recognitionSchema>;

export const widgetSchema = z.object({
  period: dayRangeSchema,
  top3: z.array(rankingRowSchema),
  latestBadge: z.object({ repId: z.number().int(), name: z.string(), badgeId: badgeIdSchema, icon: z.string(), category: z.enum(BADGE_CATEGORIES), earnedAt: z.number() }).nullable(),
  topGoal: goalSchema.nullable(),
});
export type DashboardWidget = z.infer<typeof widgetSchema>;

// ---------- procedures ----------

const goalUpdate = z
  .object({
    id: z.number().int(),
    target: goalSpecInput.target.optional(),
    tiers: goalSpecInput.tiers.optional(),
    period: goalSpecInput.period.optional(),
    paused: z.boolean().optional(),
  })
  .strict();

export const gamificationProcedures = {
  'leaderboard.query': { input: rankingQuerySchema, output: rankingSchema },
  'leaderboard.chart': {
    input: rankingQuerySchema.pick({ period: true, from: true, to: true, at: true, teamId: true }).strict(),
    output: chartSchema,
  },
  'levels.list': { input: none, output: z.array(levelSchema) },
  'game.settings': { input: none, output: gameSettingsSchema },
  'game.updateSettings': { input: gameSettingsSchema.partial().strict(), output: gameSettingsSchema },
  'badges.list': { input: none, output: z.array(badgeSchema) },
  'badges.update': {
    input: z.object({ id: badgeIdSchema, rule: badgeRuleSchema.optional(), enabled: z.boolean().optional() }).strict(),
    output: badgeSchema,
  },
  'badges.ofRep': { input: z.object({ repId: z.number().int() }).strict(), output: z.array(cabinetBadgeSchema) },
  'goals.list': {
    input: z.object({ repId: z.number().int().optional(), teamId: z.number().int().optional(), groupingId: z.number().int().optional() }).strict(),
    output: z.array(goalSchema),
  },
  'goals.create': {
    input: z
      .object({ scope: z.enum(GOAL_SCOPES), repId: z.number().int().optional(), teamId: z.number().int().optional(), groupingId: z.number().int().optional(), ...goalSpecInput })
      .strict(),
    output: goalSchema,
  },
  'goals.update': { input: goalUpdate, output: goalSchema },
  'goals.delete': { input: z.object({ id: z.number().int() }).strict(), output: z.object({ id: z.number().int() }) },
  'notifications.list': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(30), beforeId: z.number().int().optional() }).strict(),
    output: notificationFeedSchema,
  },
  'notifications.markRead': { input: none, output: z.object({ marked: z.number().int() }) },
  'kudos.give': {
    input: z
      .object({
        repId: z.number().int(),
        message: z.string().trim().min(1, 'say what the kudos is for').max(280),
        points: z.number().int().min(0).max(10_000).default(0),
      })
      .strict(),
    output: kudosSchema,
  },
  'recognition.feed': { input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(), output: z.array(recognitionSchema) },
  'dashboard.widget': { input: none, output: widgetSchema },
} as const;

export { goalUpdate as goalUpdateSchema };
