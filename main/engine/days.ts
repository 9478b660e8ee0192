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
