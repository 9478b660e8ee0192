import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDay, isoWeekdayOf, splitByMonths } from './days';

describe('local days', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(29);
    expect(isoWeekdayOf('2026-11-29')).toBe(7);
    expect(isLocalDay('2026-02-29')).toBe(false);
    expect(isLocalDay('2028-02-29')).toBe(true);
  });

  it('splits a range into loose days and whole months', () => {
    expect(splitByMonths('2026-01-15', '2026-04-10')).toEqual({ head: ['2026-01-15', '2026-01-31'], months: ['2026-02', '2026-03'], tail: ['2026-04-01', '2026-04-10'] });
    expect(splitByMonths('2026-11-01', '2026-11-30')).toEqual({ head: null, months: ['2026-11', '2026-11'], tail: null });
    expect(splitByMonths('2026-01-01', '2026-12-31')).toEqual({ head: null, months: ['2026-01', '2026-12'], tail: null });
    expect(splitByMonths('2026-11-23', '2026-11-29')).toEqual({ head: ['2026-11-23', '2026-11-29'], months: null, tail: null });
    expect(splitByMonths('2026-11-30', '2026-12-06')).toEqual({ head: ['2026-11-30', '2026-12-06'], months: null, tail: null });
    expect(splitByMonths('2028-02-01', '2028-02-29')).toEqual({ head: null, months: ['2028-02', '2028-02'], tail: null });
    expect(splitByMonths('2026-10-05', '2026-11-30')).toEqual({ head: ['2026-10-05', '2026-10-31'], months: ['2026-11', '2026-11'], tail: null });
  });
});
