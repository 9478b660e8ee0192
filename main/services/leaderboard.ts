import type { Leaderboard, PeriodKindName, RepScope } from '../../preload/contract';
import type { ServiceContext } from './context';
import { getRanking } from './gamification/rankings';
import { avatarUrls } from './organisation/avatars';

/**
 * The points ranking of active reps for the period of the given kind containing `at` (now
 * by default), in the workspace's time zone and week start, with movement since the period
 * before, among everyone or the members of a team, territory, department or channel. Read
 * from the day totals, never from ledger rows.
 */
export function getLeaderboard(ctx: ServiceContext, kind: PeriodKindName, at?: number, scope?: RepScope): Leaderboard {
  const ranking = getRanking(ctx, { metric: 'points', period: kind, groupBy: 'rep', ...(at === undefined ? {} : { at }), ...(scope ? { scope } : {}) });
  const avatars = avatarUrls(ctx);
  return {
    period: { ...ranking.period, kind },
    rows: ranking.rows.map((r) => ({ rank: r.rank, repId: r.id, name: r.name, points: r.value, avatarUrl: avatars.get(r.id) ?? null, movement: r.movement })),
  };
}
