import type { Leaderboard, PeriodKindName } from '../../preload/contract';
import type { ServiceContext } from './context';
import { getRanking } from './gamification/rankings';

/**
 * The points ranking of active reps for the period of the given kind containing `at` (now
 * by default), in the workspace's time zone and week start, with movement since the period
 * before. Read from the day totals, never from ledger rows.
 */
export function getLeaderboard(ctx: ServiceContext, kind: PeriodKindName, at?: number): Leaderboard {
  const ranking = getRanking(ctx, { metric: 'points', period: kind, groupBy: 'rep', ...(at === undefined ? {} : { at }) });
  return {
    period: { ...ranking.period, kind },
    rows: ranking.rows.map((r) => ({ rank: r.rank, repId: r.id, name: r.name, points: r.value, movement: r.movement })),
  };
}
