import { DateTime } from 'luxon';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isLocalDay(text: string): boolean {
  return DAY.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}

/** The instant a local day starts in a time zone (its first local midnight, DST-aware). */
export function dayStart(day: string, timeZone: string): number {
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  if (!start.isValid) throw new Error(`"${day}" is not a day in ${timeZone}`);
  return start.toMillis();
}

/** The local day after `day`. */
export function nextDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate() ?? day;
}
