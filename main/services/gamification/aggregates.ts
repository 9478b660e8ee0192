// Keeps the per-metric day aggregates in step with the event log, inside the scoring
// transaction, and rebuilds them (with the points day totals) when local days move.
import type { EventRow } from '../../../db/queries/events';
import { findEventByExternalId, listReversalsOf } from '../../../db/queries/events';
import { addToDayMetrics, clearAppliedReversals, isReversalApplied, markReversalApplied } from '../../../db/queries/day-metrics';
import { rebuildFromLog, timeSpan, type LocalDay } from '../../../db/queries/rebuild';
import { eventsOfTypes } from '../../../db/queries/event-measures';
import { isEventType, REVERSIBLE_BY, REVERSING_TYPES, type EventType } from '../../engine/event-types';
import { eventMetrics, METRIC_KEYS, priorReversal, REVENUE_TYPES, reversalMetrics, type MeteredEvent, type MetricDelta } from '../../engine/gamification/metrics';
import { localDay, localDaysBetween, monthsCovering } from '../../engine/periods';
import type { ServiceContext } from '../context';

function metered(row: EventRow): MeteredEvent | null {
  return isEventType(row.type) ? { type: row.type, amountMinor: row.amountMinor, currency: row.currency } : null;
}

/** Applies the deltas on the local day of `at`; returns the day's value of `watched` after the change, if it changed. */
function apply(ctx: ServiceContext, repId: number, at: number, timeZone: string, deltas: readonly MetricDelta[], watched?: string): number | undefined {
  const changes = deltas.filter((d) => d.delta !== 0).map((d) => ({ metric: d.metric, delta: d.delta, gainAt: d.delta > 0 ? at : 0 }));
  return addToDayMetrics(ctx.db, repId, localDay(at, timeZone), changes, watched);
}

/** The original a reversal takes back, when it is known, scored for a rep and of a reversible type. */
export function originalOf(ctx: ServiceContext, reversal: EventRow): (EventRow & { repId: number }) | null {
  if (!reversal.reversesExternalId) return null;
  const original = findEventByExternalId(ctx.db, reversal.sourceId, reversal.reversesExternalId);
  if (!original || original.repId === null) return null;
  if (!(REVERSIBLE_BY[reversal.type as EventType] ?? []).includes(original.type as EventType)) return null;
  return original as EventRow & { repId: number };
}

/** Applies a reversal's effect once, however many times the reversal is scored. */
function applyReversal(ctx: ServiceContext, original: EventRow & { repId: number }, reversal: EventRow, timeZone: string, baseCurrency: string): void {
  const o = metered(original);
  const r = metered(reversal);
  if (!o || !r || !markReversalApplied(ctx.db, reversal.id)) return;
  const earlier = listReversalsOf(ctx.db, original.sourceId, original.externalId)
    .filter((x) => x.id < reversal.id)
    .map(metered)
    .filter((x): x is MeteredEvent => x !== null);
  apply(ctx, original.repId, reversal.occurredAt, timeZone, reversalMetrics(o, r, priorReversal(o, earlier), baseCurrency));
}

/**
 * Records what a just-scored event adds to (or, for a refund, takes from) the aggregates.
 * An original scored after its refunds arrived also takes those refunds into account now,
 * exactly as the points ledger does. Returns the rep whose numbers moved, if any.
 */
export interface MetricsMoved {
  repId: number;
  /** The original, when the event was a refund or reopening. */
  original: EventRow | null;
  /** The event made its local day an active day for the rep (streaks and weeks may have grown). */
  newActiveDay: boolean;
}

export function recordEventMetrics(ctx: ServiceContext, event: EventRow, calendar: { timeZone: string; baseCurrency: string }): MetricsMoved | null {
  const m = metered(event);
  if (!m) return null;
  if (REVERSING_TYPES.has(m.type)) {
    const original = originalOf(ctx, event);
    if (!original) return null;
    applyReversal(ctx, original, event, calendar.timeZone, calendar.baseCurrency);
    return { repId: original.repId, original, newActiveDay: false };
  }
  if (event.repId === null) return null;
  const activeAfter = apply(ctx, event.repId, event.occurredAt, calendar.timeZone, eventMetrics(m, calendar.baseCurrency), METRIC_KEYS.active);
  for (const reversal of listReversalsOf(ctx.db, event.sourceId, event.externalId)) {
    applyReversal(ctx, event as EventRow & { repId: number }, reversal, calendar.timeZone, calendar.baseCurrency);
  }
  return { repId: event.repId, original: null, newActiveDay: activeAfter === 1 };
}

/**
 * Rebuilds points and metric day totals from the ledger and the log (after a time-zone or
 * base-currency change, or a recompute). Call inside a transaction. Plain events are folded
 * in SQL; only reversals, which are few, are replayed one by one, in arrival order.
 */
const negated = (deltas: readonly MetricDelta[]): MetricDelta[] => deltas.map((d) => ({ metric: d.metric, delta: -d.delta }));

/**
 * Moves an event's numbers, and those of the refunds already applied to it, from one rep to
 * another: what a portfolio transfer with an effective date in the past does to events
 * already scored (the points move as ledger rows; the metrics move here, in the same
 * transaction, so revenue, deals won and activity follow the customer too).
 */
export function moveEventMetrics(ctx: ServiceContext, event: EventRow, fromRepId: number, toRepId: number, calendar: { timeZone: string; baseCurrency: string }): void {
  const original = metered(event);
  if (!original || REVERSING_TYPES.has(original.type) || fromRepId === toRepId) return;
  const own = eventMetrics(original, calendar.baseCurrency);
  apply(ctx, fromRepId, event.occurredAt, calendar.timeZone, negated(own));
  apply(ctx, toRepId, event.occurredAt, calendar.timeZone, own);
  const reversals = listReversalsOf(ctx.db, event.sourceId, event.externalId).sort((a, b) => a.id - b.id);
  reversals.forEach((reversal, index) => {
    const r = metered(reversal);
    if (!r || !isReversalApplied(ctx.db, reversal.id)) return;
    const earlier = reversals.slice(0, index).map(metered).filter((x): x is MeteredEvent => x !== null);
    const deltas = reversalMetrics(original, r, priorReversal(original, earlier), calendar.baseCurrency);
    apply(ctx, fromRepId, reversal.occurredAt, calendar.timeZone, negated(deltas));
    apply(ctx, toRepId, reversal.occurredAt, calendar.timeZone, deltas);
  });
}

export function rebuildAggregates(ctx: ServiceContext, calendar: { timeZone: string; baseCurrency: string }): void {
  const span = timeSpan(ctx.db);
  rebuild(ctx, calendar, span ? localDaysBetween(span.from, span.to, calendar.timeZone) : [], undefined);
}

/**
 * The same, for the whole local months from the one containing `from` to the one containing
 * `to` only: what an undone import reaches, without reading the rest of the log.
 */
export function rebuildMonths(ctx: ServiceContext, calendar: { timeZone: string; baseCurrency: string }, reach: { from: number; to: number }): void {
  const months = monthsCovering(reach.from, reach.to, calendar.timeZone);
  rebuild(ctx, calendar, localDaysBetween(months.start, months.end - 1, calendar.timeZone), months);
}

/** Rebuilds the aggregates of `days`: all of them, or only those of the instants `within` (which the days cover exactly). */
function rebuild(ctx: ServiceContext, calendar: { timeZone: string; baseCurrency: string }, days: readonly LocalDay[], within: { start: number; end: number } | undefined): void {
  const { timeZone, baseCurrency } = calendar;
  rebuildFromLog(ctx.db, days, { baseCurrency, revenueTypes: [...REVENUE_TYPES], reversingTypes: [...REVERSING_TYPES], within });
  clearAppliedReversals(ctx.db, within);
  for (const reversal of eventsOfTypes(ctx.db, [...REVERSING_TYPES], within)) {
    const original = originalOf(ctx, reversal);
    if (original) applyReversal(ctx, original, reversal, timeZone, baseCurrency);
  }
}
