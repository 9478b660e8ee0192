// Commission periods in the workspace calendar: a plan's months or quarters, named by their
// first local day, with the instants the event log is queried by.
import { DateTime } from 'luxon';
import type { CommissionPeriodKind } from '../../engine/commissions/plan';
import { periodContaining, type Calendar } from '../../engine/periods';

export interface PlanPeriod {
  firstDay: string;
  lastDay: string;
  /** Instants [start, end) of the period in the workspace time zone. */
  start: number;
  end: number;
}

/** The instant a local day starts in the time zone. */
export function dayStart(day: string, timeZone: string): number {
  return DateTime.fromISO(day, { zone: timeZone }).startOf('day').toMillis();
}

export function periodOfDay(kind: CommissionPeriodKind, day: string, calendar: Calendar): PlanPeriod {
  const p = periodContaining(kind, dayStart(day, calendar.timeZone), calendar);
  return { firstDay: p.firstDay, lastDay: p.lastDay, start: p.start, end: p.end };
}

export function periodAt(kind: CommissionPeriodKind, at: number, calendar: Calendar): PlanPeriod {
  const p = periodContaining(kind, at, calendar);
  return { firstDay: p.firstDay, lastDay: p.lastDay, start: p.start, end: p.end };
}

export function nextPeriod(kind: CommissionPeriodKind, period: PlanPeriod, calendar: Calendar): PlanPeriod {
  return periodAt(kind, period.end, calendar);
}

/** Periods from the one holding `fromDay` through the one holding `toDay`, in order. */
export function periodsBetween(kind: CommissionPeriodKind, fromDay: string, toDay: string, calendar: Calendar): PlanPeriod[] {
  const periods: PlanPeriod[] = [];
  let period = periodOfDay(kind, fromDay, calendar);
  while (period.firstDay <= toDay) {
    periods.push(period);
    period = nextPeriod(kind, period, calendar);
  }
  return periods;
}

export function isPeriodStart(kind: CommissionPeriodKind, day: string, calendar: Calendar): boolean {
  return periodOfDay(kind, day, calendar).firstDay === day;
}
