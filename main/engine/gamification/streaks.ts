// Streaks of active local days. A rest day (a weekend, by default) never breaks a streak:
// worked, it adds a day; idle, it is skipped. A working day without activity ends it.
import { addDays, isoWeekdayOf } from '../days';
import type { IsoWeekday } from '../periods';

export interface StreakCalendar {
  restDays: ReadonlySet<IsoWeekday>;
}

function walk(active: ReadonlySet<string>, from: string, step: 1 | -1, bound: string, calendar: StreakCalendar): number {
  let count = 0;
  for (let day = from; step < 0 ? day >= bound : day <= bound; day = addDays(day, step)) {
    if (active.has(day)) count += 1;
    else if (!calendar.restDays.has(isoWeekdayOf(day))) break;
  }
  return count;
}

function bounds(active: ReadonlySet<string>): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const day of active) {
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return first === null || last === null ? null : { first, last };
}

/**
 * Length of the streak that contains `day` (0 when the rep was not active that day). A
 * backdated event that fills a gap joins the runs on both sides.
 */
export function streakThrough(active: ReadonlySet<string>, day: string, calendar: StreakCalendar): number {
  const range = bounds(active);
  if (!range || !active.has(day)) return 0;
  return 1 + walk(active, addDays(day, -1), -1, range.first, calendar) + walk(active, addDays(day, 1), 1, range.last, calendar);
}

/**
 * The streak still alive on `today`: it runs up to today, or up to the last working day
 * before it (today is not over, so not being active yet does not break it).
 */
export function currentStreak(active: ReadonlySet<string>, today: string, calendar: StreakCalendar): number {
  const range = bounds(active);
  if (!range) return 0;
  const start = active.has(today) ? today : addDays(today, -1);
  return walk(active, start, -1, range.first, calendar);
}

/** The longest streak ever (for "best streak"). */
export function longestStreak(active: ReadonlySet<string>, calendar: StreakCalendar): number {
  let best = 0;
  for (const day of active) {
    // Only a run's first day starts a count, so each run is walked once.
    const before = walk(active, addDays(day, -1), -1, addDays(day, -8), calendar);
    if (before === 0) best = Math.max(best, streakThrough(active, day, calendar));
  }
  return best;
}
