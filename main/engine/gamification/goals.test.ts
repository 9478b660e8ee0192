import { describe, expect, it } from 'vitest';
import { attainment, tierProblems, tiersReached, tierValue } from './goals';

describe('goal attainment and tiers', () => {
  it('reaches 100% at the target and each tier once passed', () => {
    expect(attainment('event_count', 12, 10)).toBeCloseTo(120);
    expect(tiersReached(attainment('event_count', 12, 10), [100, 120, 150])).toEqual([100, 120]);
    expect(tiersReached(attainment('event_count', 9, 10), [100, 120, 150])).toEqual([]);
  });

  it('response time: lower is better, the target is a ceiling', () => {
    // 10 minutes against a 15-minute goal is 150%.
    expect(attainment('response_time', 600, 900)).toBeCloseTo(150);
    expect(tiersReached(attainment('response_time', 900, 900), [100, 120])).toEqual([100]);
    expect(attainment('response_time', 1800, 900)).toBeCloseTo(50);
    expect(attainment('response_time', null, 900)).toBe(0);
    expect(tierValue('response_time', 900, 150)).toBe(600);
    expect(tierValue('revenue', 1_000_001, 120)).toBe(1_200_002);
  });

  it('tiers start at 100, go up and are at most three', () => {
    expect(tierProblems([100, 120, 150])).toEqual([]);
    expect(tierProblems([120])).toEqual(['the first tier must be 100 (the goal itself)']);
    expect(tierProblems([100, 150, 120])).toEqual(['tiers must go up: 120 comes after 150']);
    expect(tierProblems([100, 110, 120, 130])).toEqual(['at most 3 tiers (bronze, silver, gold)']);
  });
});
