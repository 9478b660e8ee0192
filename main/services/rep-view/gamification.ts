// The rep's own gamification: their widget, badge cabinet, goals, notifications and alias.
import type { RepProcedureOutput } from '../../../preload/rep-contract';
import { upsertRepProfile } from '../../../db/queries/game';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { getRanking } from '../gamification/rankings';
import { goalsForRep } from '../gamification/goals';
import { levelOfRep } from '../gamification/levels';
import { latestBadge } from '../gamification/moments';
import { publicView } from '../gamification/public-view';

export function repDashboard(ctx: ServiceContext, repId: number): RepProcedureOutput<'me.dashboard'> {
  const ranking = getRanking(ctx, { metric: 'points', period: 'week', groupBy: 'rep' });
  const view = publicView(ctx);
  const top3 = ranking.rows
    .filter((r) => r.rank <= 3 && view.shows(r.rank))
    .slice(0, 3)
    .map(({ id, teamId: _teamId, ...row }) => ({ ...row, name: id === repId ? row.name : view.name(id, row.name), isMe: id === repId }));
  const badge = latestBadge(ctx, repId);
  const topGoal = goalsForRep(ctx, repId)
    .filter((g) => !g.paused)
    .sort((a, b) => b.progress.percent - a.progress.percent)[0];
  return {
    period: ranking.period,
    top3,
    latestBadge: badge ? { badgeId: badge.badgeId, icon: badge.icon, category: badge.category, earnedAt: badge.earnedAt } : null,
    topGoal: topGoal ?? null,
    level: levelOfRep(ctx, repId),
  };
}

/** Opting in to (or out of) an alias on public screens. */
export function setAlias(ctx: ServiceContext, repId: number, alias: string | null): { alias: string | null } {
  const row = inTransaction(ctx.db, () => upsertRepProfile(ctx.db, repId, { alias }));
  ctx.bus.changed('reps');
  return { alias: row.alias };
}
