// Gamification tables: per-metric day aggregates (leaderboards and goals never scan the log),
// badges and their awards, levels, goals with tiers, notifications, kudos and the settings
// that tune them. Re-exported by db/schema.ts so drizzle-kit sees one schema.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { events, reps, teams } from './schema';
import { groupings } from './schema-organisation';

/**
 * Incremental aggregate of the event log per metric, rep and local day (workspace time
 * zone), kept in the scoring transaction beside `rep_day_totals` (which holds points).
 * Metrics: `revenue` (minor units of the base currency), `deals_won`, `active` (events that
 * show the rep working that day) and `type:<event type>` (events of one type). Rebuilt from
 * the log on a time-zone change or a recompute.
 *
 * The four aggregate tables are WITHOUT ROWID (migration 0011; drizzle cannot say so): the
 * rows live in their primary key's order, so a ranking over a range of days reads the table
 * itself, and adding to a value rewrites one b-tree entry instead of a row plus a covering index.
 */
export const repDayMetrics = sqliteTable(
  'rep_day_metrics',
  {
    metric: text('metric').notNull(),
    /** Local calendar day in the workspace time zone, `YYYY-MM-DD`. */
    day: text('day').notNull(),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    value: integer('value').notNull().default(0),
    /** Instant the value last grew that day: the earlier achiever wins ties. */
    lastAt: integer('last_at').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.metric, t.day, t.repId] }),
    index('rep_day_metrics_rep').on(t.repId, t.metric, t.day),
  ],
);

/**
 * Month roll-ups of `rep_day_totals` and `rep_day_metrics` (`month` = `YYYY-MM`), kept by
 * SQLite triggers on the day tables (migrations 0005 and 0011), so a month or a year ranking reads a
 * row per rep and month instead of one per rep and day, whoever wrote the days.
 */
export const repMonthTotals = sqliteTable(
  'rep_month_totals',
  {
    month: text('month').notNull(),
    repId: integer('rep_id').notNull(),
    points: integer('points').notNull().default(0),
    lastScoredAt: integer('last_scored_at').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.repId] }), index('rep_month_totals_rep').on(t.repId, t.month)],
);

export const repMonthMetrics = sqliteTable(
  'rep_month_metrics',
  {
    metric: text('metric').notNull(),
    month: text('month').notNull(),
    repId: integer('rep_id').notNull(),
    value: integer('value').notNull().default(0),
    lastAt: integer('last_at').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.metric, t.month, t.repId] }), index('rep_month_metrics_rep').on(t.repId, t.metric, t.month)],
);

/**
 * Refunds and reopenings whose effect on `rep_day_metrics` is applied. A reversal can be
 * scored twice (once on arrival, again when its own sender identity gets mapped); this row
 * makes the second time a no-op, as the ledger's own bookkeeping does for points.
 */
export const appliedReversals = sqliteTable('applied_reversals', {
  eventId: integer('event_id')
    .primaryKey()
    .references(() => events.id),
});

/** One row (id = 1): how the game is played in this workspace. */
export const gameSettings = sqliteTable('game_settings', {
  id: integer('id').primaryKey(),
  /** `shared`: equal values share a rank (1, 2, 2, 4); `earlier_first`: who got there first ranks higher. */
  tieBreak: text('tie_break').notNull().default('shared'),
  /** How public screens (wallboard, rep links) name reps: `full`, `first_initial` or `alias`. */
  namePrivacy: text('name_privacy').notNull().default('full'),
  /** Public screens show only the top N (null = everyone). */
  publicTopN: integer('public_top_n'),
  /** What a refund or reopening does to a badge it had earned: `withdraw` or `keep`. */
  refundBadges: text('refund_badges').notNull().default('withdraw'),
  /** XP for level 2; level L needs base x (L-1)^2 XP in all. */
  levelBaseXp: integer('level_base_xp').notNull().default(100),
  /** ISO weekdays that neither break nor are needed for a streak (JSON array). */
  restDaysJson: text('rest_days_json').notNull().default('[6,7]'),
  /** Which moments pop up as desktop notifications on the manager's PC: `all`, `goals`, `off`. */
  desktopNotify: text('desktop_notify').notNull().default('goals'),
  updatedAt: integer('updated_at').notNull(),
});

/** What a rep chose for themselves: an alias for public screens (opt-in). */
export const repProfiles = sqliteTable('rep_profiles', {
  repId: integer('rep_id')
    .primaryKey()
    .references(() => reps.id),
  alias: text('alias'),
  /** When the three default goals were created (the first time the rep's view opened). */
  defaultGoalsAt: integer('default_goals_at'),
});

/** The 14 badges: category, icon and a tunable unlock rule (engine `BadgeRule`, JSON). */
export const badges = sqliteTable('badges', {
  id: text('id').primaryKey(),
  category: text('category').notNull(),
  icon: text('icon').notNull(),
  position: integer('position').notNull(),
  ruleJson: text('rule_json').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  updatedAt: integer('updated_at').notNull(),
});

/** A badge a rep earned. The unique index is what makes an award happen exactly once. */
export const badgeAwards = sqliteTable(
  'badge_awards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    badgeId: text('badge_id')
      .notNull()
      .references(() => badges.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    /** The event that completed the badge. */
    eventId: integer('event_id').references(() => events.id),
    /** When the rep qualified (the completing event's instant). */
    earnedAt: integer('earned_at').notNull(),
    /** When Fanfare awarded it (the clock at scoring time). */
    awardedAt: integer('awarded_at').notNull(),
    /** Set when a refund took the rep back below the rule (setting `refund_badges` = withdraw). */
    withdrawnAt: integer('withdrawn_at'),
    withdrawnByEventId: integer('withdrawn_by_event_id'),
  },
  (t) => [uniqueIndex('badge_awards_once').on(t.badgeId, t.repId), index('badge_awards_time').on(t.earnedAt)],
);

/** The first time a rep reached each level (celebrated once). */
export const levelUps = sqliteTable(
  'level_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    level: integer('level').notNull(),
    reachedAt: integer('reached_at').notNull(),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('level_ups_once').on(t.repId, t.level), index('level_ups_time').on(t.reachedAt)],
);

/** Personal (rep), team and grouping (territory, department, channel) goals, recurring every period. */
export const goals = sqliteTable(
  'goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scope: text('scope').notNull(),
    repId: integer('rep_id').references(() => reps.id),
    teamId: integer('team_id').references(() => teams.id),
    /** Scope `grouping`: the territory, department or channel whose members it measures. Its goals are deleted with it (by the service: SQLite cannot add a cascading column). */
    groupingId: integer('grouping_id').references(() => groupings.id),
    /** Engine `GoalMeasure`: points, revenue, deals_won, event_count, response_time, active_days. */
    measure: text('measure').notNull(),
    /** For `event_count`: the event type counted. */
    eventType: text('event_type'),
    period: text('period').notNull(),
    /** In the measure's unit: a count, minor units of the base currency, or seconds (response time). */
    target: integer('target').notNull(),
    /** Goal-over-goal tiers in percent of the target, ascending, first 100 (JSON array). */
    tiersJson: text('tiers_json').notNull().default('[100]'),
    paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
    /** `manager`, `rep` (set on their own page) or `default` (auto-created). */
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('goals_rep').on(t.repId), index('goals_team').on(t.teamId), index('goals_grouping').on(t.groupingId)],
);

/** Tiers a goal reached in one period: the once-only guard for its notifications. */
export const goalMarks = sqliteTable(
  'goal_marks',
  {
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    /** First local day of the period instance. */
    periodStart: text('period_start').notNull(),
    tier: integer('tier').notNull(),
    reachedAt: integer('reached_at').notNull(),
    /** False when marked silently (the goal was resumed above the tier, or the period was over). */
    notified: integer('notified', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.periodStart, t.tier] })],
);

/** The in-app feed: goals reached, badges, level-ups and kudos, for the rep and the manager. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    /** Whose feed it is in: `both` (the rep's and the manager's), `rep` or `manager` only. */
    audience: text('audience').notNull().default('both'),
    repId: integer('rep_id').references(() => reps.id),
    teamId: integer('team_id').references(() => teams.id),
    /** The moment as data (engine `NotificationPayload`, JSON), worded by the reader's UI. */
    payloadJson: text('payload_json').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: integer('created_at').notNull(),
    managerReadAt: integer('manager_read_at'),
    repReadAt: integer('rep_read_at'),
  },
  (t) => [uniqueIndex('notifications_dedupe').on(t.dedupeKey), index('notifications_rep').on(t.repId, t.createdAt), index('notifications_time').on(t.createdAt)],
);

/** Shout-outs from the manager; points, when given, are a `points.manual` event in the log. */
export const kudos = sqliteTable(
  'kudos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    message: text('message').notNull(),
    points: integer('points').notNull().default(0),
    eventId: integer('event_id').references(() => events.id),
    givenAt: integer('given_at').notNull(),
  },
  (t) => [index('kudos_time').on(t.givenAt)],
);
