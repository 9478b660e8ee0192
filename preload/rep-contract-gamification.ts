// The rep's gamification procedures under `/me/<token>/api/<name>`: their badges, their
// goals (and their team's), their notifications and their public alias. As everywhere in
// the rep API, the rep is the link's rep, never an input.
import { z } from 'zod';
import { BADGE_CATEGORIES, cabinetBadgeSchema, goalSchema, goalSpecInput, goalUpdateSchema, levelSchema, notificationFeedSchema, rankingRowSchema, dayRangeSchema, badgeIdSchema } from './contract-gamification';

const none = z.object({}).strict();

export const repGamificationProcedures = {
  /** The compact widget: this week's top 3 (public names), the rep's newest badge and top goal. */
  'me.dashboard': {
    input: none,
    output: z.object({
      period: dayRangeSchema,
      top3: z.array(rankingRowSchema.omit({ id: true, teamId: true }).extend({ isMe: z.boolean() })),
      latestBadge: z.object({ badgeId: badgeIdSchema, icon: z.string(), category: z.enum(BADGE_CATEGORIES), earnedAt: z.number() }).nullable(),
      topGoal: goalSchema.nullable(),
      level: levelSchema,
    }),
  },
  'me.badges': { input: none, output: z.array(cabinetBadgeSchema) },
  /** The rep's goals and their team's; the three defaults appear the first time. */
  'me.goals': { input: none, output: z.array(goalSchema) },
  'me.createGoal': { input: z.object(goalSpecInput).strict(), output: goalSchema },
  'me.updateGoal': { input: goalUpdateSchema, output: goalSchema },
  'me.deleteGoal': { input: z.object({ id: z.number().int() }).strict(), output: z.object({ id: z.number().int() }) },
  'me.notifications': { input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(), output: notificationFeedSchema },
  'me.markRead': { input: none, output: z.object({ marked: z.number().int() }) },
  /** Opt in to an alias on public screens (null opts out). */
  'me.setAlias': {
    input: z.object({ alias: z.string().trim().min(2, 'at least 2 characters').max(24, 'at most 24 characters').nullable() }).strict(),
    output: z.object({ alias: z.string().nullable() }),
  },
} as const;
