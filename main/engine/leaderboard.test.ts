import { describe, expect, it } from 'vitest';
import { rankStandings } from './leaderboard';

describe('rankStandings', () => {
  it('uses competition ranking: ties share a rank and the next rank is skipped', () => {
    const ranked = rankStandings([
      { repId: 1, name: 'Ana', points: 50, lastScoredAt: 0 },
      { repId: 2, name: 'Bruno', points: 120, lastScoredAt: 0 },
      { repId: 3, name: 'Carla', points: 80, lastScoredAt: 0 },
      { repId: 4, name: 'Diego', points: 80, lastScoredAt: 0 },
      { repId: 5, name: 'Elena', points: 0, lastScoredAt: 0 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['Bruno', 1],
      ['Carla', 2],
      ['Diego', 2],
      ['Ana', 4],
      ['Elena', 5],
    ]);
  });

  it('everyone at zero shares first place', () => {
    const ranked = rankStandings([
      { repId: 1, name: 'B', points: 0, lastScoredAt: 0 },
      { repId: 2, name: 'A', points: 0, lastScoredAt: 0 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
});
