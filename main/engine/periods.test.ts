import { describe, expect, it } from 'vitest';
import { customPeriod, localDay, parseInstant, periodContaining, previousPeriod, rangeBefore, wholeLocalDays, type Calendar } from './periods';

const iso = (ms: number) => new Date(ms).toISOString();
const saoPauloMonday: Calendar = { timeZone: 'America/Sao_Paulo', weekStart: 1 };
const saoPauloSunday: Calendar = { timeZone: 'America/Sao_Paulo', weekStart: 7 };
const newYorkMonday: Calendar = { timeZone: 'America/New_York', weekStart: 1 };

describe('periodContaining', () => {
  it('puts a late-evening São Paulo event on its local day, not the UTC one', () => {
    // 2025-11-01 01:30 UTC is 31 Oct 22:30 in São Paulo (UTC-3).
    const day = periodContaining('day', Date.parse('2025-11-01T01:30:00Z'), saoPauloMonday);
    expect(day.firstDay).toBe('2025-10-31');
    expect(iso(day.start)).toBe('2025-10-31T03:00:00.000Z');
    expect(iso(day.end)).toBe('2025-11-01T03:00:00.000Z');
    const month = periodContaining('month', Date.parse('2025-11-01T01:30:00Z'), saoPauloMonday);
    expect(month.firstDay).toBe('2025-10-01');
    expect(month.lastDay).toBe('2025-10-31');
  });

  it('starts the week on the configured weekday', () => {
    // Tuesday 2026-11-24 15:00 UTC (12:00 in São Paulo).
    const at = Date.parse('2026-11-24T15:00:00Z');
    const monday = periodContaining('week', at, saoPauloMonday);
    expect([monday.firstDay, monday.lastDay]).toEqual(['2026-11-23', '2026-11-29']);
    const sunday = periodContaining('week', at, saoPauloSunday);
    expect([sunday.firstDay, sunday.lastDay]).toEqual(['2026-11-22', '2026-11-28']);
    expect(iso(sunday.start)).toBe('2026-11-22T03:00:00.000Z');
  });

  it('a Sunday belongs to the week it ends (Monday start) or begins (Sunday start)', () => {
    const sundayNoon = Date.parse('2026-11-29T15:00:00Z');
    expect(periodContaining('week', sundayNoon, saoPauloMonday).firstDay).toBe('2026-11-23');
    expect(periodContaining('week', sundayNoon, saoPauloSunday).firstDay).toBe('2026-11-29');
  });

  it('keeps local midnights across a DST change (New York, 2026-11-01 is 25 hours long)', () => {
    const day = periodContaining('day', Date.parse('2026-11-01T12:00:00Z'), newYorkMonday);
    expect(iso(day.start)).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(day.end)).toBe('2026-11-02T05:00:00.000Z');
    expect(day.end - day.start).toBe(25 * 3_600_000);
    const week = periodContaining('week', Date.parse('2026-11-01T12:00:00Z'), newYorkMonday);
    expect([week.firstDay, week.lastDay]).toEqual(['2026-10-26', '2026-11-01']);
    expect(week.end - week.start).toBe(7 * 24 * 3_600_000 + 3_600_000);
  });

  it('computes quarters and years in the local zone', () => {
    const at = Date.parse('2027-01-01T02:00:00Z'); // still 31 Dec 2026 in São Paulo
    expect(periodContaining('quarter', at, saoPauloMonday).firstDay).toBe('2026-10-01');
    expect(periodContaining('year', at, saoPauloMonday).firstDay).toBe('2026-01-01');
    expect(periodContaining('year', at, { timeZone: 'UTC', weekStart: 1 }).firstDay).toBe('2027-01-01');
  });

  it('month ends: February in a leap year', () => {
    const feb = periodContaining('month', Date.parse('2028-02-15T12:00:00Z'), saoPauloMonday);
    expect([feb.firstDay, feb.lastDay]).toEqual(['2028-02-01', '2028-02-29']);
  });

  it('previousPeriod is the adjacent one', () => {
    const week = periodContaining('week', Date.parse('2026-11-24T15:00:00Z'), saoPauloMonday);
    const before = previousPeriod(week, saoPauloMonday);
    expect([before.firstDay, before.lastDay]).toEqual(['2026-11-16', '2026-11-22']);
    expect(before.end).toBe(week.start);
  });
});

describe('parseInstant', () => {
  it('keeps the instant and the original offset', () => {
    expect(parseInstant('2026-11-24T14:05:00-03:00')).toEqual({ at: Date.parse('2026-11-24T17:05:00Z'), offsetMinutes: -180 });
    expect(parseInstant('2026-11-24T17:05:00Z')).toEqual({ at: Date.parse('2026-11-24T17:05:00Z'), offsetMinutes: 0 });
  });

  it('refuses a time without an offset or an impossible date', () => {
    expect(parseInstant('2026-11-24T14:05:00')).toBeNull();
    expect(parseInstant('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
  });

  it('reads fractions, half-hour offsets and the day boundary exactly as the general parser does', () => {
    expect(parseInstant('2026-11-18T16:42:10.837215Z')).toEqual({ at: Date.parse('2026-11-18T16:42:10.837Z'), offsetMinutes: 0 });
    expect(parseInstant('2026-11-24T14:05:00+05:30')).toEqual({ at: Date.parse('2026-11-24T08:35:00Z'), offsetMinutes: 330 });
    expect(parseInstant('2026-11-24T14:05+0530')).toEqual(parseInstant('2026-11-24T14:05:00+05:30'));
    expect(parseInstant('2026-11-24T24:00:00Z')).toBeNull();
    expect(parseInstant('2024-02-29T12:00:00-03:00')?.at).toBe(Date.parse('2024-02-29T15:00:00Z'));
  });

  it('localDay reads the calendar day in a zone', () => {
    expect(localDay(Date.parse('2025-11-20T00:47:03Z'), 'America/Sao_Paulo')).toBe('2025-11-19');
  });
});

describe('week starts and month ends in two time zones', () => {
  const newYorkSunday: Calendar = { timeZone: 'America/New_York', weekStart: 7 };

  it('Monday vs Sunday week start, São Paulo and New York, the same instant', () => {
    // Sunday 2026-11-29 23:30 in New York is already Monday 01:30 in São Paulo.
    const at = Date.parse('2026-11-30T04:30:00Z');
    expect(periodContaining('week', at, newYorkMonday).firstDay).toBe('2026-11-23');
    expect(periodContaining('week', at, newYorkSunday).firstDay).toBe('2026-11-29');
    expect(periodContaining('week', at, saoPauloMonday).firstDay).toBe('2026-11-30');
    expect(periodContaining('week', at, saoPauloSunday).firstDay).toBe('2026-11-29');
  });

  it('month ends: 30 and 31 days, and the last evening of a month in the local zone', () => {
    const april = periodContaining('month', Date.parse('2026-04-30T23:00:00-04:00'), newYorkMonday);
    expect([april.firstDay, april.lastDay]).toEqual(['2026-04-01', '2026-04-30']);
    expect(iso(april.end)).toBe('2026-05-01T04:00:00.000Z');
    // 31 Jan 22:00 in São Paulo is 1 Feb in UTC, but still January for the team.
    const january = periodContaining('month', Date.parse('2027-02-01T01:00:00Z'), saoPauloMonday);
    expect([january.firstDay, january.lastDay]).toEqual(['2027-01-01', '2027-01-31']);
    expect(periodContaining('month', Date.parse('2026-02-10T12:00:00Z'), newYorkMonday).lastDay).toBe('2026-02-28');
  });

  it('a spring-forward day is 23 hours and its week 167 (New York, 2026-03-08)', () => {
    const day = periodContaining('day', Date.parse('2026-03-08T15:00:00Z'), newYorkMonday);
    expect(day.end - day.start).toBe(23 * 3_600_000);
    const week = periodContaining('week', Date.parse('2026-03-08T15:00:00Z'), newYorkSunday);
    expect(week.firstDay).toBe('2026-03-08');
    expect(week.end - week.start).toBe(167 * 3_600_000);
  });

  it('São Paulo had DST until 2019: 2018-11-04 started at 01:00 and lasted 23 hours', () => {
    const day = periodContaining('day', Date.parse('2018-11-04T15:00:00Z'), saoPauloMonday);
    expect(iso(day.start)).toBe('2018-11-04T03:00:00.000Z');
    expect(day.end - day.start).toBe(23 * 3_600_000);
  });
});

describe('custom ranges', () => {
  it('covers whole local days and its previous range is as long, just before', () => {
    const range = customPeriod('2026-10-26', '2026-11-04', 'America/New_York');
    expect(iso(range.start)).toBe('2026-10-26T04:00:00.000Z');
    expect(iso(range.end)).toBe('2026-11-05T05:00:00.000Z');
    const before = rangeBefore(range, newYorkMonday);
    expect([before.firstDay, before.lastDay]).toEqual(['2026-10-16', '2026-10-25']);
    expect(before.end).toBe(range.start);
  });
});

describe('wholeLocalDays', () => {
  const zone = 'America/Sao_Paulo';
  const at = (iso: string) => Date.parse(iso);
  it('splits a range of instants into the whole local days inside it and the partial days around them', () => {
    const split = wholeLocalDays(at('2026-10-31T21:30:00-03:00'), at('2026-12-02T06:00:00-03:00'), zone);
    expect(split.days).toMatchObject({ firstDay: '2026-11-01', lastDay: '2026-12-01', start: at('2026-11-01T00:00:00-03:00'), end: at('2026-12-02T00:00:00-03:00') });
    expect(split.edges).toEqual([
      [at('2026-10-31T21:30:00-03:00'), at('2026-11-01T00:00:00-03:00')],
      [at('2026-12-02T00:00:00-03:00'), at('2026-12-02T06:00:00-03:00')],
    ]);
  });

  it('needs no partial day when the range runs from one local midnight to another, and no whole day inside one day', () => {
    expect(wholeLocalDays(at('2026-11-01T00:00:00-03:00'), at('2026-11-11T00:00:00-03:00'), zone)).toMatchObject({ days: { firstDay: '2026-11-01', lastDay: '2026-11-10' }, edges: [] });
    // Midnight in UTC is not midnight in São Paulo.
    expect(wholeLocalDays(at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z'), zone).days).toBeNull();
    expect(wholeLocalDays(at('2026-11-24T09:30:00-03:00'), at('2026-11-24T11:30:00-03:00'), zone)).toEqual({ days: null, edges: [[at('2026-11-24T09:30:00-03:00'), at('2026-11-24T11:30:00-03:00')]] });
  });
});
