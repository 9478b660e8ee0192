// Measuring a rep against a badge rule, from the day aggregates (and, for reply times and
// single sales, the rep's own rows of the event log).
import { daysWithMetric } from '../../../db/queries/day-metrics';
import { fastReplyCount, netSales, netSalesTotal, responseTimes } from '../../../db/queries/event-measures';
import type { BadgeMeasure, BadgeRule } from '../../engine/gamification/badges';
import { METRIC_KEYS, REVENUE_TYPES, typeMetric } from '../../engine/gamification/metrics';
import { median } from '../../engine/gamification/response-time';
import { currentStreak, streakThrough } from '../../engine/gamification/streaks';
import { localDay, periodContaining, type Calendar, type IsoWeekday } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { sumOver } from './totals';

export interface MeasureSetup {
  calendar: Calendar & { baseCurrency: string };
  restDays: ReadonlySet<IsoWeekday>;
}

/** What a measure depends on besides the rep and the moment (badges of one kind share it). */
function measureKey(rule: BadgeRule, live: boolean): string {
  switch (rule.kind) {
    case 'event_count':
      return `event_count:${rule.eventType}`;
    case 'single_sale':
      return `single_sale:${live ? 0 : rule.amountMinor}`;
    case 'fast_replies':
      return `fast_replies:${rule.withinSeconds}`;
    default:
      return rule.kind;
  }
}

/** Measures of one rep at one moment, shared by the badges that need the same one (10 and 100 Deals). */
export type MeasureMemo = Map<string, BadgeMeasure>;

/**
 * `at`: the moment the rule is judged for. When checking after an event, the event's own
 * instant (its week, its month, the streak through its day: a backdated event counts where
 * it belongs); for the progress on a locked badge, now (`live` = true: the streak alive now).
 */
export function measureBadge(ctx: ServiceContext, setup: MeasureSetup, rule: BadgeRule, repId: number, at: number, live: boolean, memo: MeasureMemo = new Map()): BadgeMeasure {
  const key = measureKey(rule, live);
  let measure = memo.get(key);
  if (!measure) {
    measure = measureOnce(ctx, setup, rule, repId, at, live);
    memo.set(key, measure);
  }
  return measure;
}

function measureOnce(ctx: ServiceContext, setup: MeasureSetup, rule: BadgeRule, repId: number, at: number, live: boolean): BadgeMeasure {
  const { calendar } = setup;
  switch (rule.kind) {
    case 'deals_won':
      return { kind: 'count', value: sumOver(ctx, [repId], { kind: 'metric', metric: METRIC_KEYS.dealsWon }, 'all') };
    case 'event_count':
      return { kind: 'count', value: sumOver(ctx, [repId], { kind: 'metric', metric: typeMetric(rule.eventType) }, 'all') };
    case 'revenue_total':
      return { kind: 'amount', value: sumOver(ctx, [repId], { kind: 'metric', metric: METRIC_KEYS.revenue }, 'all') };
    case 'revenue_in_month': {
      const month = periodContaining('month', at, calendar);
      return { kind: 'amount', value: netSalesTotal(ctx.db, repId, [...REVENUE_TYPES], calendar.baseCurrency, month.start, month.end) };
    }
    case 'single_sale': {
      // Checking needs only the sales big enough to qualify; the progress shows the best one.
      const best = netSales(ctx.db, repId, [...REVENUE_TYPES], calendar.baseCurrency, 0, Number.MAX_SAFE_INTEGER, live ? 1 : rule.amountMinor)[0];
      return { kind: 'amount', value: best?.netMinor ?? 0 };
    }
    case 'fast_replies':
      return { kind: 'count', value: fastReplyCount(ctx.db, repId, rule.withinSeconds) };
    case 'median_response_week': {
      const week = periodContaining('week', at, calendar);
      const times = responseTimes(ctx.db, [repId], week.start, week.end);
      return { kind: 'median', medianSeconds: median(times), replies: times.length };
    }
    case 'streak': {
      const active = new Set(daysWithMetric(ctx.db, [repId], METRIC_KEYS.active));
      const day = localDay(at, calendar.timeZone);
      const streak = { restDays: setup.restDays };
      return { kind: 'count', value: live ? currentStreak(active, day, streak) : streakThrough(active, day, streak) };
    }
    case 'active_days_in_week': {
      const week = periodContaining('week', at, calendar);
      return { kind: 'count', value: daysWithMetric(ctx.db, [repId], METRIC_KEYS.active, week.firstDay, week.lastDay).length };
    }
  }
}
