// Calendar arithmetic on local days written `YYYY-MM-DD`. A local day is a date, not an
// instant: adding a day never meets a DST gap, so streaks and ranges are counted here.
import type { IsoWeekday } from './periods';

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(day: string): number {
  const match = PATTERN.exec(day);
  if (!match) throw new Error(`"${day}" is not a day like 2026-11-24`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isLocalDay(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  return fromUtcMs(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) === text;
}

export function addDays(day: string, days: number): string {
  return fromUtcMs(toUtcMs(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function isoWeekdayOf(day: string): IsoWeekday {
  const weekday = new Date(toUtcMs(day)).getUTCDay();
  return (weekday === 0 ? 7 : weekday) as IsoWeekday;
}

/** Every day from `firstDay` to `lastDay`, both included. */
export function eachDay(firstDay: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The local days of a range that fall in no whole month, and the whole months (`YYYY-MM`) in it. */
export interface MonthSplit {
  head: [string, string] | null;
  months: [string, string] | null;
  tail: [string, string] | null;
}

/**
 * Splits [firstDay, lastDay] into whole calendar months and the loose days before and after
 * them, so a long range reads month roll-ups where it can: 2026-01-15..2026-04-10 is
 * 15-31 Jan, Feb-Mar, 1-10 Apr.
 */
export function splitByMonths(firstDay: string, lastDay: string): MonthSplit {
  const monthOf = (day: string) => day.slice(0, 7);
  const firstOfMonth = (month: string) => `${month}-01`;
  const nextMonth = (month: string) => addDays(`${month}-28`, 7).slice(0, 7);
  const startsMonth = firstDay.endsWith('-01');
  const endsMonth = monthOf(addDays(lastDay, 1)) !== monthOf(lastDay);
  const firstFull = startsMonth ? monthOf(firstDay) : nextMonth(monthOf(firstDay));
  const lastFull = endsMonth ? monthOf(lastDay) : monthOf(addDays(firstOfMonth(monthOf(lastDay)), -1));
  if (firstFull > lastFull) return { head: [firstDay, lastDay], months: null, tail: null };
  return {
    head: startsMonth ? null : [firstDay, addDays(firstOfMonth(firstFull), -1)],
    months: [firstFull, lastFull],
    tail: endsMonth ? null : [firstOfMonth(nextMonth(lastFull)), lastDay],
  };
}
