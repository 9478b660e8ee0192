// Local calendar days (`YYYY-MM-DD`). Day counts are calendar arithmetic on dates, so a
// daylight-saving change can never make a "90-day" window 89 or 91 days long.
import { DateTime } from 'luxon';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parse(day: string): DateTime {
  const parsed = DAY.test(day) ? DateTime.fromISO(day, { zone: 'UTC' }) : DateTime.invalid('format');
  if (!parsed.isValid) throw new RangeError(`"${day}" is not a calendar day like 2026-11-24`);
  return parsed;
}

export function isDay(text: string): boolean {
  return DAY.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}

/** Whole days from `from` to `to` (to − from); 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round(parse(to).diff(parse(from), 'days').days);
}

export function addDays(day: string, days: number): string {
  return parse(day).plus({ days }).toISODate() ?? day;
}

/** Number of days in [first, last], both inclusive (0 when last is before first). */
export function daysInclusive(first: string, last: string): number {
  return Math.max(0, daysBetween(first, last) + 1);
}

export const minDay = (a: string, b: string): string => (a <= b ? a : b);
export const maxDay = (a: string, b: string): string => (a >= b ? a : b);

export function dayWithin(day: string, first: string, last: string): boolean {
  return day >= first && day <= last;
}

/** Days of [first, last] that are also in [otherFirst, otherLast]. */
export function overlapDays(first: string, last: string, otherFirst: string, otherLast: string): number {
  return daysInclusive(maxDay(first, otherFirst), minDay(last, otherLast));
}
