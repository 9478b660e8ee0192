// Levels from XP (a rep's net points of all time) on the workspace's curve. Reaching a new
// level is recorded once (unique rep + level) and told once; a refund that takes XP back
// lowers the level shown, and climbing back is not celebrated a second time.
import type { LevelView } from '../../../preload/contract';
import { insertLevelUpOnce } from '../../../db/queries/badges';
import { listReps } from '../../../db/queries/reps';
import { pointsPerRep } from '../../../db/queries/totals';
import { levelFor } from '../../engine/gamification/levels';
import type { ServiceContext } from '../context';
import { addNotification } from './notifications';
import { RepFacts } from './rep-facts';
import { getGameSettings } from './settings';
import { sumOver } from './totals';

/** Records the levels the rep has just reached; returns the highest new one, if any. */
export function recordLevelUps(ctx: ServiceContext, repId: number, baseXp: number, at: number, facts = new RepFacts(ctx.db)): number | null {
  const { level } = levelFor(sumOver(ctx, [repId], { kind: 'points' }, 'all'), baseXp);
  const recorded = facts.highestLevel(repId);
  let reached: number | null = null;
  for (let l = recorded + 1; l <= level; l += 1) {
    if (insertLevelUpOnce(ctx.db, { repId, level: l, reachedAt: at, recordedAt: ctx.now() })) reached = l;
  }
  facts.levelRecorded(repId, level);
  // One notification for a jump of several levels: the level the rep now stands on.
  if (reached !== null) addNotification(ctx, { repId, teamId: null, payload: { kind: 'level_up', level: reached }, dedupeKey: `level:${repId}:${reached}` });
  return reached;
}

/** Every rep's level (XP read from the day totals in one grouped pass). */
export function listLevels(ctx: ServiceContext): LevelView[] {
  const { levelBaseXp } = getGameSettings(ctx);
  const xp = pointsPerRep(ctx.db);
  return listReps(ctx.db).map((rep) => ({ repId: rep.id, ...levelFor(xp.get(rep.id) ?? 0, levelBaseXp) }));
}

export function levelOfRep(ctx: ServiceContext, repId: number): LevelView {
  const { levelBaseXp } = getGameSettings(ctx);
  return { repId, ...levelFor(sumOver(ctx, [repId], { kind: 'points' }, 'all'), levelBaseXp) };
}
