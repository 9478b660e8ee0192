// The moments other screens show: today's badges, level-ups and kudos (the wallboard feed,
// the manager's dashboard) and goal progress (the wallboard's goal scenes, the widget).
// Names come out as the caller's namer says (the wallboard applies the privacy setting).
import type { Goal, Recognition } from '../../../preload/contract';
import { awardsEarnedBetween, latestAward, levelUpsBetween, listBadgeRows } from '../../../db/queries/badges';
import { kudosBetween } from '../../../db/queries/game';
import { listGoalRows } from '../../../db/queries/goals';
import { listReps } from '../../../db/queries/reps';
import type { BadgeCategory, BadgeId } from '../../engine/gamification/badges';
import { periodContaining } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { getCalendar } from '../workspace';
import { goalViews } from './goals';

export type Namer = (repId: number, fullName: string) => string;
const fullNames: Namer = (_id, name) => name;

/** Today (in the workspace time zone) as instants. */
function today(ctx: ServiceContext): { start: number; end: number } {
  return periodContaining('day', ctx.now(), getCalendar(ctx));
}

function activeReps(ctx: ServiceContext): Map<number, string> {
  return new Map(listReps(ctx.db).filter((r) => r.active).map((r) => [r.id, r.name]));
}

/** Each badge's icon and category (for the medallion). */
function looks(ctx: ServiceContext): Map<string, { icon: string; category: BadgeCategory }> {
  return new Map(listBadgeRows(ctx.db).map((b) => [b.id, { icon: b.icon, category: b.category as BadgeCategory }]));
}
const TROPHY = { icon: 'trophy', category: 'milestone' as BadgeCategory };

/** Badges earned today by active reps, newest first. */
export function badgesEarnedToday(ctx: ServiceContext, limit = 20, name: Namer = fullNames): Extract<Recognition, { kind: 'badge' }>[] {
  const { start, end } = today(ctx);
  const reps = activeReps(ctx);
  const look = looks(ctx);
  return awardsEarnedBetween(ctx.db, start, end, limit).flatMap((a) => {
    const rep = reps.get(a.repId);
    return rep === undefined ? [] : [{ kind: 'badge' as const, repId: a.repId, name: name(a.repId, rep), badgeId: a.badgeId as BadgeId, ...(look.get(a.badgeId) ?? TROPHY), at: a.earnedAt }];
  });
}

/** Levels reached today by active reps, newest first. */
export function levelUpsToday(ctx: ServiceContext, limit = 20, name: Namer = fullNames): Extract<Recognition, { kind: 'level_up' }>[] {
  const { start, end } = today(ctx);
  const reps = activeReps(ctx);
  return levelUpsBetween(ctx.db, start, end, limit).flatMap((l) => {
    const rep = reps.get(l.repId);
    return rep === undefined ? [] : [{ kind: 'level_up' as const, repId: l.repId, name: name(l.repId, rep), level: l.level, at: l.reachedAt }];
  });
}

/** Kudos given today to active reps, newest first. */
export function kudosToday(ctx: ServiceContext, limit = 20, name: Namer = fullNames): Extract<Recognition, { kind: 'kudos' }>[] {
  const { start, end } = today(ctx);
  const reps = activeReps(ctx);
  return kudosBetween(ctx.db, start, end, limit).flatMap((k) => {
    const rep = reps.get(k.repId);
    return rep === undefined ? [] : [{ kind: 'kudos' as const, repId: k.repId, name: name(k.repId, rep), message: k.message, points: k.points, at: k.givenAt }];
  });
}

/** Today's recognition, all kinds together, newest first. */
export function recognitionToday(ctx: ServiceContext, limit = 20, name: Namer = fullNames): Recognition[] {
  return [...badgesEarnedToday(ctx, limit, name), ...levelUpsToday(ctx, limit, name), ...kudosToday(ctx, limit, name)].sort((a, b) => b.at - a.at).slice(0, limit);
}

/** The goals (not paused, of active reps, teams or groupings) furthest along in their current period. */
export function topGoalProgress(ctx: ServiceContext, limit = 5, scope: 'rep' | 'team' | 'grouping' | 'any' = 'rep'): Goal[] {
  const reps = activeReps(ctx);
  const rows = listGoalRows(ctx.db).filter((g) => !g.paused && (scope === 'any' || g.scope === scope) && (g.scope !== 'rep' || (g.repId !== null && reps.has(g.repId))));
  return goalViews(ctx, rows)
    .sort((a, b) => b.progress.percent - a.progress.percent || a.id - b.id)
    .slice(0, limit);
}

/** Every team goal with its progress in the current period ("team totals vs goal"). */
export function teamGoalProgress(ctx: ServiceContext): Goal[] {
  return goalViews(
    ctx,
    listGoalRows(ctx.db).filter((g) => g.scope === 'team' && !g.paused),
  );
}

/** The newest badge still held, of one rep or of anyone (active). */
export function latestBadge(ctx: ServiceContext, repId?: number, name: Namer = fullNames): { repId: number; name: string; badgeId: BadgeId; icon: string; category: BadgeCategory; earnedAt: number } | null {
  const award = latestAward(ctx.db, repId);
  const rep = award ? activeReps(ctx).get(award.repId) : undefined;
  if (!award || rep === undefined) return null;
  return { repId: award.repId, name: name(award.repId, rep), badgeId: award.badgeId as BadgeId, ...(looks(ctx).get(award.badgeId) ?? TROPHY), earnedAt: award.earnedAt };
}
