import { describe, expect, it } from 'vitest';
import { localDay, type IsoWeekday } from '../periods';
import { currentStreak, longestStreak, streakThrough } from './streaks';

const weekends = { restDays: new Set<IsoWeekday>([6, 7]) };
const noRest = { restDays: new Set<IsoWeekday>() };
const days = (...list: string[]) => new Set(list);

describe('streaks of active local days', () => {
  it('counts consecutive days and stops at an idle working day', () => {
    // Mon 2026-11-16 .. Wed 18 active, Thu 19 idle, Fri 20 active.
    const active = days('2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20');
    expect(streakThrough(active, '2026-11-17', weekends)).toBe(3);
    expect(streakThrough(active, '2026-11-20', weekends)).toBe(1);
    expect(streakThrough(active, '2026-11-19', weekends)).toBe(0);
    expect(longestStreak(active, weekends)).toBe(3);
  });

  it('a weekend neither breaks the streak nor is needed; worked, it adds a day', () => {
    // Thu 19, Fri 20, (Sat, Sun idle), Mon 23, Tue 24.
    const active = days('2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24');
    expect(streakThrough(active, '2026-11-24', weekends)).toBe(4);
    expect(streakThrough(active, '2026-11-24', noRest)).toBe(2);
    active.add('2026-11-21');
    expect(streakThrough(active, '2026-11-24', weekends)).toBe(5);
  });

  it('a backdated event that fills the gap joins both runs into one streak', () => {
    const active = days('2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20');
    expect(longestStreak(active, weekends)).toBe(2);
    active.add('2026-11-18');
    expect(streakThrough(active, '2026-11-18', weekends)).toBe(5);
    expect(longestStreak(active, weekends)).toBe(5);
  });

  it('the current streak is still alive while today has no activity yet', () => {
    const active = days('2026-11-23', '2026-11-24');
    expect(currentStreak(active, '2026-11-25', weekends)).toBe(2);
    expect(currentStreak(active, '2026-11-24', weekends)).toBe(2);
    // A whole working day missed ends it.
    expect(currentStreak(active, '2026-11-26', weekends)).toBe(0);
    // Monday after an idle weekend: Friday's streak is still alive.
    expect(currentStreak(days('2026-11-26', '2026-11-27'), '2026-11-30', weekends)).toBe(2);
  });

  it('counts local days across a DST change (New York falls back on 2026-11-01, springs forward on 2026-03-08)', () => {
    const zone = 'America/New_York';
    // 23:30 local on each day, written as UTC instants: the offset changes under them.
    const instants = ['2026-10-31T03:30:00Z', '2026-11-01T03:30:00Z', '2026-11-02T04:30:00Z', '2026-11-03T04:30:00Z'];
    const active = new Set(instants.map((i) => localDay(Date.parse(i), zone)));
    expect([...active]).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(streakThrough(active, '2026-11-02', noRest)).toBe(4);
    const spring = ['2026-03-07T04:59:00Z', '2026-03-08T04:59:00Z', '2026-03-09T03:59:00Z'].map((i) => localDay(Date.parse(i), zone));
    expect(spring).toEqual(['2026-03-06', '2026-03-07', '2026-03-08']);
    expect(streakThrough(new Set(spring), '2026-03-08', noRest)).toBe(3);
  });
});
