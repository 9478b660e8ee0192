// The compact dashboard widget (top 3, latest badge, top goal) and the points chart.
import type { DashboardWidget, PointsChart } from '../../../preload/contract';
import { listReps } from '../../../db/queries/reps';
import { pointsByDay } from '../../../db/queries/totals';
import { eachDay } from '../../engine/days';
import { localDay } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { getCalendar } from '../workspace';
import { latestBadge, topGoalProgress } from './moments';
import { getRanking, resolveRange, type RankingQuery } from './rankings';

/** The team's widget for the manager: this week's top 3, the newest badge, the goal furthest along. */
export function dashboardWidget(ctx: ServiceContext): DashboardWidget {
  const ranking = getRanking(ctx, { metric: 'points', period: 'week', groupBy: 'rep' });
  return { period: ranking.period, top3: ranking.rows.filter((r) => r.rank <= 3).slice(0, 3), latestBadge: latestBadge(ctx), topGoal: topGoalProgress(ctx, 1, 'any')[0] ?? null };
}

/** Points per active rep as running totals over each day of the range (chart.js lines). */
export function pointsChart(ctx: ServiceContext, query: Pick<RankingQuery, 'period' | 'from' | 'to' | 'at' | 'teamId'>): PointsChart {
  const calendar = getCalendar(ctx);
  const range = resolveRange(query, calendar, ctx.now());
  const days = eachDay(range.firstDay, range.lastDay);
  const reps = listReps(ctx.db).filter((r) => r.active && (query.teamId === undefined || r.teamId === query.teamId));
  const byRep = new Map<number, Map<string, number>>();
  for (const row of pointsByDay(ctx.db, range.firstDay, range.lastDay)) {
    const days = byRep.get(row.repId) ?? new Map<string, number>();
    days.set(row.day, row.value);
    byRep.set(row.repId, days);
  }
  // Days still to come are left empty, so the lines stop at today instead of running flat.
  const today = localDay(ctx.now(), calendar.timeZone);
  const series = reps.map((rep) => {
    let running = 0;
    const values = days.map((day) => (day > today ? null : (running += byRep.get(rep.id)?.get(day) ?? 0)));
    return { repId: rep.id, name: rep.name, values, total: running };
  });
  return { days, series: series.sort((a, b) => b.total - a.total).map(({ total: _total, ...s }) => s) };
}
