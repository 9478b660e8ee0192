import type { Leaderboard, PeriodKindName, RepScope } from '../../preload/contract';
import { totalsForDays } from '../../db/queries/totals';
import { rankStandings } from '../engine/leaderboard';
import { periodContaining } from '../engine/periods';
import type { ServiceContext } from './context';
import { avatarUrls } from './organisation/avatars';
import { memberIdsOf } from './organisation/scopes';
import { getCalendar } from './workspace';

/**
 * The ranking of active reps for the period of the given kind containing `at` (now by
 * default), in the workspace's time zone and week start, among everyone or the members of
 * a team, territory, department or channel. Read from the day totals, never from ledger rows.
 */
export function getLeaderboard(ctx: ServiceContext, kind: PeriodKindName, at?: number, scope: RepScope = { kind: 'all' }): Leaderboard {
  const period = periodContaining(kind, at ?? ctx.now(), getCalendar(ctx));
  const members = memberIdsOf(ctx, scope);
  const standings = totalsForDays(ctx.db, period.firstDay, period.lastDay).filter((t) => t.active && (members === null || members.has(t.repId)));
  const avatars = avatarUrls(ctx);
  const rows = rankStandings(standings).map(({ rank, repId, name, points }) => ({ rank, repId, name, points, avatarUrl: avatars.get(repId) ?? null }));
  return { period, rows };
}
