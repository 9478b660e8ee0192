import { describe, expect, it } from 'vitest';
import { movementSince, rankEntries, rankStandings } from './leaderboard';

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

describe('tie-breaks and movement', () => {
  const entries = [
    { key: 1, name: 'Ana', value: 80, lastAt: Date.parse('2026-11-24T15:00:00Z') },
    { key: 2, name: 'Bruno', value: 80, lastAt: Date.parse('2026-11-24T12:00:00Z') },
    { key: 3, name: 'Carla', value: 120, lastAt: Date.parse('2026-11-24T18:00:00Z') },
    { key: 4, name: 'Diego', value: 0, lastAt: 0 },
    { key: 5, name: 'Elena', value: 0, lastAt: 0 },
  ];

  it('shared: equal values share a rank (1, 2, 2, 4, 4)', () => {
    expect(rankEntries(entries, 'shared').map((r) => [r.name, r.rank])).toEqual([
      ['Carla', 1],
      ['Ana', 2],
      ['Bruno', 2],
      ['Diego', 4],
      ['Elena', 4],
    ]);
  });

  it('earlier achiever first: Bruno reached 80 before Ana; reps at zero still share', () => {
    expect(rankEntries(entries, 'earlier_first').map((r) => [r.name, r.rank])).toEqual([
      ['Carla', 1],
      ['Bruno', 2],
      ['Ana', 3],
      ['Diego', 4],
      ['Elena', 4],
    ]);
  });

  it('movement: places gained since the previous period, null for newcomers', () => {
    const moves = movementSince(
      [
        { key: 1, rank: 1 },
        { key: 2, rank: 2 },
        { key: 3, rank: 3 },
      ],
      [
        { key: 1, rank: 3 },
        { key: 2, rank: 1 },
      ],
    );
    expect(Object.fromEntries(moves)).toEqual({
      1: { previousRank: 3, movement: 2 },
      2: { previousRank: 1, movement: -1 },
      3: { previousRank: null, movement: null },
    });
  });
});
