/** Levels never go past this, however many points a rep makes. */
export const MAX_LEVEL = 999;

/** XP needed in all to reach `level`: base x (level - 1)^2, so each level asks a little more. */
export function xpForLevel(level: number, baseXp: number): number {
  const l = Math.max(1, Math.min(MAX_LEVEL, Math.floor(level)));
  return baseXp * (l - 1) * (l - 1);
}

export interface LevelStanding {
  level: number;
  xp: number;
  /** XP at which the current level started and the next one starts (null at the top). */
  levelXp: number;
  nextLevelXp: number | null;
}

/**
 * The level XP gives (XP = the rep's net points of all time). Net: a refund takes its
 * points back, so XP can dip; a level-up is still celebrated only the first time.
 */
export function levelFor(xp: number, baseXp: number): LevelStanding {
  const safeXp = Math.max(0, xp);
  let level = Math.min(MAX_LEVEL, Math.floor(Math.sqrt(safeXp / baseXp)) + 1);
  // Guard the float square root at exact boundaries.
  while (level < MAX_LEVEL && xpForLevel(level + 1, baseXp) <= safeXp) level += 1;
  while (level > 1 && xpForLevel(level, baseXp) > safeXp) level -= 1;
  return { level, xp, levelXp: xpForLevel(level, baseXp), nextLevelXp: level >= MAX_LEVEL ? null : xpForLevel(level + 1, baseXp) };
}
