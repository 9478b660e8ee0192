// After an event moves a rep's numbers: the goals it touches (the rep's own, their team's
// and their groupings') are measured for the event's period, and each tier newly reached is
// marked once (goal, period, tier) and told once: to the rep (each active member, for a team
// or grouping goal) and the manager.
import type { EventRow } from '../../../db/queries/events';
import { insertMarkOnce } from '../../../db/queries/goals';
import { goalWatches, type GoalScope } from '../../engine/gamification/goals';
import type { NotificationPayload } from '../../engine/gamification/notifications';
import type { EventType } from '../../engine/event-types';
import type { Calendar } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { goalProgress, goalRepIds, specOf } from './goal-progress';
import { addNotification } from './notifications';
import { RepFacts } from './rep-facts';

/**
 * Marks and tells the tiers reached. A tier reached in a period that is already over (a
 * backdated event) is marked without a notification: nobody wants "you hit last month's
 * goal" out of the blue. Paused goals are not checked at all.
 */
export function checkGoals(ctx: ServiceContext, calendar: Calendar, repId: number, event: EventRow, facts = new RepFacts(ctx.db)): number {
  const goals = facts.goalsOf(repId);
  if (goals === null) return 0;
  const now = ctx.now();
  let told = 0;
  for (const goal of goals) {
    const spec = specOf(goal);
    if (goal.paused || !goalWatches(spec, event.type as EventType)) continue;
    const progress = goalProgress(ctx, goal, calendar, event.occurredAt);
    const current = progress.period.start <= now && now < progress.period.end;
    progress.tiersReached.forEach((tier) => {
      const mark = insertMarkOnce(ctx.db, { goalId: goal.id, periodStart: progress.firstDay, tier, reachedAt: now, notified: current });
      if (!mark || !current) return;
      const payload: NotificationPayload = {
        kind: 'goal_reached',
        goalId: goal.id,
        scope: goal.scope as GoalScope,
        measure: spec.measure,
        eventType: spec.eventType,
        period: spec.period,
        target: spec.target,
        tier,
        tierIndex: spec.tiers.indexOf(tier),
        periodFirstDay: progress.firstDay,
        ...(goal.scope === 'grouping' && goal.groupingId !== null ? { groupingId: goal.groupingId } : {}),
      };
      const key = `goal:${goal.id}:${progress.firstDay}:${tier}`;
      if (goal.scope === 'rep') {
        addNotification(ctx, { repId: goal.repId, teamId: null, payload, dedupeKey: key });
      } else {
        addNotification(ctx, { audience: 'manager', repId: null, teamId: goal.teamId, payload, dedupeKey: key });
        // The members the goal measured are the ones it tells.
        for (const member of goalRepIds(ctx, goal)) {
          addNotification(ctx, { audience: 'rep', repId: member, teamId: goal.teamId, payload, dedupeKey: `${key}:rep:${member}` });
        }
      }
      told += 1;
    });
  }
  return told;
}
