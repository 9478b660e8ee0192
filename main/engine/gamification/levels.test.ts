import { describe, expect, it } from 'vitest';
import { levelFor, xpForLevel } from './levels';

describe('levels', () => {
  it('follows base x (level - 1)^2: 0, 100, 400, 900 XP for levels 1-4', () => {
    expect([1, 2, 3, 4].map((l) => xpForLevel(l, 100))).toEqual([0, 100, 400, 900]);
    expect(levelFor(0, 100)).toEqual({ level: 1, xp: 0, levelXp: 0, nextLevelXp: 100 });
    expect(levelFor(99, 100).level).toBe(1);
    expect(levelFor(100, 100).level).toBe(2);
    expect(levelFor(899, 100)).toEqual({ level: 3, xp: 899, levelXp: 400, nextLevelXp: 900 });
    expect(levelFor(900, 100).level).toBe(4);
  });

  it('negative XP (more refunds than points) is level 1', () => {
    expect(levelFor(-50, 100).level).toBe(1);
  });
});
