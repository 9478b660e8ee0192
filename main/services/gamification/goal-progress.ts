// How far a goal is in one of its periods, measured from the day aggregates (response time:
// the median of the period's first-reply times). Progress is never stored: it is always
// what the log says, so pausing and resuming a goal loses nothing.
import type { Goal } from '../../../preload/contract';
import { daysWithMetric } from '../../../db/queries/day-metrics';
import { responseTimes } from '../../../db/queries/event-measures';
import type { GoalRow } from '../../../db/queries/goals';
import { memberIdsOfGrouping } from '../../../db/queries/groupings';
import { listReps } from '../../../db/queries/reps';
import { isEventType, type EventType } from '../../engine/event-types';
import { attainment, GOAL_MEASURES, GOAL_PERIODS, tiersReached, type GoalMeasure, type GoalPeriod, type GoalSpec } from '../../engine/gamification/goals';
import { METRIC_KEYS, typeMetric } from '../../engine/gamification/metrics';
import { median } from '../../engine/gamification/response-time';
import { periodContaining, type Calendar, type Period } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { sumOver } from './totals';

export function specOf(row: GoalRow): GoalSpec {
  return {
    measure: (GOAL_MEASURES as readonly string[]).includes(row.measure) ? (row.measure as GoalMeasure) : 'points',
    eventType: row.eventType !== null && isEventType(row.eventType) ? row.eventType : null,
    period: (GOAL_PERIODS as readonly string[]).includes(row.period) ? (row.period as GoalPeriod) : 'week',
    target: row.target,
    tiers: JSON.parse(row.tiersJson) as number[],
  };
}

/**
 * The reps a goal measures: its rep, or the active members of its team or grouping (a
 * grouping cuts across teams: its members may sit in any team, or none).
 */
export function goalRepIds(ctx: ServiceContext, row: GoalRow): number[] {
  if (row.scope === 'rep') return row.repId === null ? [] : [row.repId];
  if (row.scope === 'grouping') {
    const members = new Set(row.groupingId === null ? [] : memberIdsOfGrouping(ctx.db, row.groupingId));
    return listReps(ctx.db)
      .filter((r) => r.active && members.has(r.id))
      .map((r) => r.id);
  }
  return listReps(ctx.db)
    .filter((r) => r.active && r.teamId === row.teamId)
    .map((r) => r.id);
}

export function measureGoal(ctx: ServiceContext, spec: GoalSpec, repIds: readonly number[], period: Period): { value: number | null; sample: number | null } {
  const { firstDay, lastDay } = period;
  const metric = (key: string) => sumOver(ctx, repIds, { kind: 'metric', metric: key }, period);
  switch (spec.measure) {
    case 'points':
      return { value: sumOver(ctx, repIds, { kind: 'points' }, period), sample: null };
    case 'revenue':
      return { value: metric(METRIC_KEYS.revenue), sample: null };
    case 'deals_won':
      return { value: metric(METRIC_KEYS.dealsWon), sample: null };
    case 'event_count':
      return { value: spec.eventType ? metric(typeMetric(spec.eventType as EventType)) : 0, sample: null };
    case 'active_days':
      return { value: daysWithMetric(ctx.db, repIds, METRIC_KEYS.active, firstDay, lastDay).length, sample: null };
    case 'response_time': {
      const times = responseTimes(ctx.db, repIds, period.start, period.end);
      const middle = median(times);
      return { value: middle === null ? null : Math.round(middle), sample: times.length };
    }
  }
}

export type GoalProgress = Goal['progress'] & { period: Period };

/** The goal's progress in the period containing `at`. */
export function goalProgress(ctx: ServiceContext, row: GoalRow, calendar: Calendar, at: number): GoalProgress {
  const spec = specOf(row);
  const period = periodContaining(spec.period, at, calendar);
  const { value, sample } = measureGoal(ctx, spec, goalRepIds(ctx, row), period);
  const percent = attainment(spec.measure, value, spec.target);
  const reached = tiersReached(percent, spec.tiers);
  return { period, firstDay: period.firstDay, lastDay: period.lastDay, value, percent, tiersReached: reached, completed: reached.includes(100), sample };
}
