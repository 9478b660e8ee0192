import type { Leaderboard, PeriodKindName } from '../../preload/contract';
import { totalsForDays } from '../../db/queries/totals';
import { rankStandings } from '../engine/leaderboard';
import { periodContaining } from '../engine/periods';
import type { ServiceContext } from './context';
import { getCalendar } from './workspace';

/**
 * The ranking of active reps for the period of the given kind containing `at` (now by
 * default), in the workspace's time zone and week start. Read from the day totals, never
 * from ledger rows.
 */
export function getLeaderboard(ctx: ServiceContext, kind: PeriodKindName, at?: number): Leaderboard {
  const period = periodContaining(kind, at ?? ctx.now(), getCalendar(ctx));
  const standings = totalsForDays(ctx.db, period.firstDay, period.lastDay).filter((t) => t.active);
  const rows = rankStandings(standings).map(({ rank, repId, name, points }) => ({ rank, repId, name, points }));
  return { period, rows };
}
