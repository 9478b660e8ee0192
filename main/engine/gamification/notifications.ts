import type { BadgeId } from './badges';
import type { GoalMeasure, GoalPeriod, GoalScope } from './goals';
import type { EventType } from '../event-types';

export const NOTIFICATION_KINDS = ['goal_reached', 'badge_earned', 'badge_withdrawn', 'level_up', 'kudos'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A moment worth telling, as data; each reader's UI words it in its own language. */
export type NotificationPayload =
  | {
      kind: 'goal_reached';
      goalId: number;
      scope: GoalScope;
      measure: GoalMeasure;
      eventType: EventType | null;
      period: GoalPeriod;
      target: number;
      /** The tier reached, in percent (100 = the goal itself). */
      tier: number;
      tierIndex: number;
      periodFirstDay: string;
      /** Scope `grouping`: which territory, department or channel (its name is read at display time). */
      groupingId?: number;
    }
  | { kind: 'badge_earned'; badgeId: BadgeId }
  | { kind: 'badge_withdrawn'; badgeId: BadgeId }
  | { kind: 'level_up'; level: number }
  | { kind: 'kudos'; kudosId: number; message: string; points: number };
