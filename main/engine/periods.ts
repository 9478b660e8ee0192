import { DateTime, IANAZone } from 'luxon';
import type { PeriodKind } from './period-kinds';

export { PERIOD_KINDS, type PeriodKind } from './period-kinds';

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** How the workspace counts time: its IANA time zone and the first day of its week. */
export interface Calendar {
  timeZone: string;
  weekStart: IsoWeekday;
}

/** A half-open range of instants [start, end) plus the local days it covers. */
export interface Period {
  kind: PeriodKind;
  /** Instant (ms, UTC) of the first local midnight of the period. */
  start: number;
  /** Instant (ms, UTC) of the first local midnight after the period. */
  end: number;
  /** First local day, `YYYY-MM-DD`. */
  firstDay: string;
  /** Last local day (inclusive), `YYYY-MM-DD`. */
  lastDay: string;
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function startOfLocalDay(at: number, timeZone: string): DateTime {
  const local = DateTime.fromMillis(at, { zone: timeZone });
  if (!local.isValid) throw new Error(`Invalid time zone "${timeZone}"`);
  return local.startOf('day');
}

function periodStart(kind: PeriodKind, day: DateTime, weekStart: IsoWeekday): DateTime {
  switch (kind) {
    case 'day':
      return day;
    case 'week': {
      const back = (day.weekday - weekStart + 7) % 7;
      return day.minus({ days: back }).startOf('day');
    }
    case 'month':
      return day.startOf('month');
    case 'quarter':
      return day.startOf('quarter');
    case 'year':
      return day.startOf('year');
  }
}

const LENGTH: Record<PeriodKind, Record<string, number>> = {
  day: { days: 1 },
  week: { weeks: 1 },
  month: { months: 1 },
  quarter: { months: 3 },
  year: { years: 1 },
};

const periodCache = new Map<string, Period>();

/**
 * The period of the given kind that contains the instant `at`, in the workspace calendar.
 * It depends only on the instant's local day, so it is remembered per day: badges and goals
 * ask for the week and month of every scored event, and the zone arithmetic is the slow part.
 */
export function periodContaining(kind: PeriodKind, at: number, calendar: Calendar): Period {
  const key = `${kind}|${calendar.timeZone}|${calendar.weekStart}|${localDay(at, calendar.timeZone)}`;
  let period = periodCache.get(key);
  if (!period) {
    if (periodCache.size > 20_000) periodCache.clear();
    period = computePeriod(kind, at, calendar);
    periodCache.set(key, period);
  }
  return { ...period };
}

function computePeriod(kind: PeriodKind, at: number, calendar: Calendar): Period {
  const start = periodStart(kind, startOfLocalDay(at, calendar.timeZone), calendar.weekStart);
  // Calendar arithmetic in the zone: a DST day is 23 or 25 hours long, a week 167 or 169.
  const end = start.plus(LENGTH[kind]).startOf('day');
  return {
    kind,
    start: start.toMillis(),
    end: end.toMillis(),
    firstDay: start.toISODate() ?? '',
    lastDay: end.minus({ days: 1 }).toISODate() ?? '',
  };
}

/** The period just before `period` (for movement arrows and comparisons). */
export function previousPeriod(period: Period, calendar: Calendar): Period {
  return periodContaining(period.kind, period.start - 1, calendar);
}

/** A range of whole local days chosen by the manager, or one of the calendar periods. */
export interface DayRange extends Omit<Period, 'kind'> {
  kind: PeriodKind | 'custom';
}

/** Local days [firstDay, lastDay] as instants in the zone: from the first midnight to the one after. */
export function customPeriod(firstDay: string, lastDay: string, timeZone: string): DayRange {
  const first = DateTime.fromISO(firstDay, { zone: timeZone }).startOf('day');
  const after = DateTime.fromISO(lastDay, { zone: timeZone }).plus({ days: 1 }).startOf('day');
  if (!first.isValid || !after.isValid) throw new Error(`Invalid range ${firstDay}..${lastDay} in "${timeZone}"`);
  return { kind: 'custom', start: first.toMillis(), end: after.toMillis(), firstDay, lastDay };
}

/**
 * The whole local days inside the instants [start, end), and the instants before and after
 * them (a partial first or last day): a contest's range, read from the day totals where it
 * can. `days` is null when no whole day fits.
 */
export function wholeLocalDays(start: number, end: number, timeZone: string): { days: DayRange | null; edges: [number, number][] } {
  const shift = (day: string, by: number) => DateTime.fromISO(day).plus({ days: by }).toISODate() ?? day;
  const startDay = localDay(start, timeZone);
  const endDay = localDay(end - 1, timeZone);
  const firstDay = customPeriod(startDay, startDay, timeZone).start === start ? startDay : shift(startDay, 1);
  const lastDay = customPeriod(endDay, endDay, timeZone).end === end ? endDay : shift(endDay, -1);
  if (firstDay > lastDay) return { days: null, edges: start < end ? [[start, end]] : [] };
  const days = customPeriod(firstDay, lastDay, timeZone);
  const edges: [number, number][] = [
    [start, days.start],
    [days.end, end],
  ];
  return { days, edges: edges.filter(([from, to]) => from < to) };
}

/** The range of the same length just before (a custom range's "previous period"). */
export function rangeBefore(range: DayRange, calendar: Calendar): DayRange {
  if (range.kind !== 'custom') return previousPeriod(range as Period, calendar);
  const length = Math.round(DateTime.fromISO(range.lastDay).diff(DateTime.fromISO(range.firstDay), 'days').days) + 1;
  const lastDay = DateTime.fromISO(range.firstDay).minus({ days: 1 });
  return customPeriod(lastDay.minus({ days: length - 1 }).toISODate() ?? '', lastDay.toISODate() ?? '', calendar.timeZone);
}

/** Every local day from the one containing `from` to the one containing `to`, with its instants. */
export function localDaysBetween(from: number, to: number, timeZone: string): { day: string; start: number; end: number }[] {
  const days: { day: string; start: number; end: number }[] = [];
  let day = startOfLocalDay(from, timeZone);
  const last = startOfLocalDay(to, timeZone);
  while (day <= last) {
    const next = day.plus({ days: 1 }).startOf('day');
    days.push({ day: day.toISODate() ?? '', start: day.toMillis(), end: next.toMillis() });
    day = next;
  }
  return days;
}

/** The instants of the whole local months from the one containing `from` to the one containing `to`. */
export function monthsCovering(from: number, to: number, timeZone: string): { start: number; end: number } {
  const start = startOfLocalDay(from, timeZone).startOf('month');
  const end = startOfLocalDay(to, timeZone).startOf('month').plus({ months: 1 }).startOf('day');
  return { start: start.toMillis(), end: end.toMillis() };
}

const QUARTER_HOUR = 900_000;
const dayCache = new Map<string, Map<number, string>>();

/**
 * The local calendar day of an instant in a time zone, `YYYY-MM-DD`. Every UTC offset in use
 * is a whole number of quarter hours, so the day is remembered per quarter hour: scoring a
 * burst of events asks the time-zone rules once, not once per event.
 */
export function localDay(at: number, timeZone: string): string {
  let zone = dayCache.get(timeZone);
  if (!zone) dayCache.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(at / QUARTER_HOUR);
  let day = zone.get(bucket);
  if (day === undefined) {
    if (zone.size > 50_000) zone.clear();
    day = DateTime.fromMillis(bucket * QUARTER_HOUR, { zone: timeZone }).toISODate() ?? '';
    zone.set(bucket, day);
  }
  return day;
}

const COMMON_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/i;

/** The usual shape (`2026-11-24T14:05:00.123-03:00`) without the general parser; undefined for anything else. */
function parseCommonIso(text: string): { at: number; offsetMinutes: number } | null | undefined {
  const m = COMMON_ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMinutes = m[8]?.toUpperCase() === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(local);
  // Date.UTC rolls 30 February over into March: a date that does not exist is invalid.
  if (hour > 23 || minute > 59 || second > 59 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (Math.abs(offsetMinutes) > 18 * 60) return null;
  return { at: local - offsetMinutes * 60_000, offsetMinutes };
}

/** Parses an ISO 8601 timestamp that carries an offset or Z; null when it has none or is invalid. */
export function parseInstant(text: string): { at: number; offsetMinutes: number } | null {
  const common = parseCommonIso(text.trim());
  if (common !== undefined) return common;
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) return null;
  const parsed = DateTime.fromISO(text.trim(), { setZone: true });
  if (!parsed.isValid) return null;
  return { at: parsed.toMillis(), offsetMinutes: parsed.offset };
}
