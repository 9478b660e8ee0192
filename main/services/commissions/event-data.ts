// Reads what a plan's statements are computed from out of the event log: the credited
// events (deals or payments), the behaviours its SPIFs reward, the refunds and cancellations
// that take credited events back, and the manager's split credit and deal terms. Only the reps
// being computed are read, and each rep's events are kept apart, oldest first, so a period's
// events are a slice found by binary search (scanning every loaded event for every rep and
// period was most of the time at a few million events).
import { commissionEventsOfReps, commissionReversalsBetween, splitsOfEventsIn, type CommissionEventRow } from '../../../db/queries/commission-events';
import { eventsByExternalIds, reversalsOf, dealTermsOf, type SplitRow } from '../../../db/queries/commission-records';
import type { Db } from '../../../db/open';
import { creditedTypes, type CommissionPlan } from '../../engine/commissions/plan';
import type { CreditShare, EventRef, RepEvent, Reversal } from '../../engine/commissions/statement-types';
import { isEventType, REVERSIBLE_BY, type EventType } from '../../engine/event-types';
import { localDay, type Calendar } from '../../engine/periods';
import type { PlanPeriod } from './calendar';

export interface PlanData {
  timeZone: string;
  /** The events credited to each rep read (own or split), oldest first. */
  eventsByRep: Map<number, CommissionEventRow[]>;
  /** The reversals in the range of originals credited to each rep read, oldest first. */
  reversalsByRep: Map<number, CommissionEventRow[]>;
  originals: Map<string, CommissionEventRow>;
  /** Every reversal of each original, any time, oldest first (for partial refunds). */
  reversalsByOriginal: Map<string, CommissionEventRow[]>;
  splits: Map<number, SplitRow[]>;
  terms: Map<number, number>;
}

const keyOf = (sourceId: string, externalId: string) => `${sourceId}\u0000${externalId}`;

function reversingTypes(plan: CommissionPlan): EventType[] {
  const credited = creditedTypes(plan);
  return (Object.keys(REVERSIBLE_BY) as EventType[]).filter((type) => (REVERSIBLE_BY[type] ?? []).some((t) => credited.includes(t)));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The reps an event is credited to: the manager's split if there is one, else the event's own rep. */
function creditedReps(splits: PlanData['splits'], row: CommissionEventRow): number[] {
  const split = splits.get(row.id);
  if (split) return split.map((s) => s.repId);
  return row.repId === null ? [] : [row.repId];
}

/** Loads everything a plan needs for the given reps' events in [from, to). */
export function loadPlanData(ctx: { db: Db }, plan: CommissionPlan, calendar: Calendar, from: number, to: number, repIds: readonly number[]): PlanData {
  const types = [...new Set([...creditedTypes(plan), ...plan.spifs.map((s) => s.eventType)])];
  const events = commissionEventsOfReps(ctx.db, repIds, types, from, to);
  const reversals = commissionReversalsBetween(ctx.db, reversingTypes(plan), from, to);
  const originals = new Map<string, CommissionEventRow>();
  for (const row of eventsByExternalIds(ctx.db, reversals.map((r) => ({ sourceId: r.sourceId, externalId: r.reversesExternalId ?? '' })))) {
    originals.set(keyOf(row.sourceId, row.externalId), row);
  }
  const reversalsByOriginal = new Map<string, CommissionEventRow[]>();
  const bySource = new Map<string, string[]>();
  for (const original of originals.values()) push(bySource, original.sourceId, original.externalId);
  for (const [sourceId, ids] of bySource) {
    for (const row of reversalsOf(ctx.db, sourceId, ids)) push(reversalsByOriginal, keyOf(sourceId, row.reversesExternalId ?? ''), row);
  }
  const splits = new Map<number, SplitRow[]>();
  for (const row of splitsOfEventsIn(ctx.db, from, to, [...originals.values()].map((o) => o.id))) push(splits, row.eventId, row);

  const wanted = new Set(repIds);
  const eventsByRep = new Map<number, CommissionEventRow[]>();
  for (const row of events) for (const repId of creditedReps(splits, row)) if (wanted.has(repId)) push(eventsByRep, repId, row);
  const reversalsByRep = new Map<number, CommissionEventRow[]>();
  for (const row of reversals) {
    const original = originals.get(keyOf(row.sourceId, row.reversesExternalId ?? ''));
    if (original) for (const repId of creditedReps(splits, original)) if (wanted.has(repId)) push(reversalsByRep, repId, row);
  }
  return { timeZone: calendar.timeZone, eventsByRep, reversalsByRep, originals, reversalsByOriginal, splits, terms: dealTermsOf(ctx.db, [...originals.values()].map((o) => o.id)) };
}

export function toEventRef(row: CommissionEventRow, timeZone: string): EventRef {
  if (!isEventType(row.type)) throw new Error(`event ${row.id} has unknown type ${row.type}`);
  return {
    eventId: row.id,
    externalId: row.externalId,
    type: row.type,
    day: localDay(row.occurredAt, timeZone),
    at: row.occurredAt,
    customer: row.customerName,
    product: row.product,
    amountMinor: row.amountMinor,
    currency: row.currency,
  };
}

/** The rep's share of an event: the manager's split if there is one, else 100% to the event's own rep. */
export function shareOf(data: Pick<PlanData, 'splits'>, row: CommissionEventRow, repId: number): CreditShare | null {
  const split = data.splits.get(row.id);
  if (split) {
    const mine = split.find((s) => s.repId === repId);
    return mine ? { percent: mine.percent, role: mine.role, overlay: mine.overlay, split: true } : null;
  }
  return row.repId === repId ? { percent: '100', role: '', overlay: false, split: false } : null;
}

const inPeriod = (row: CommissionEventRow, period: PlanPeriod) => row.occurredAt >= period.start && row.occurredAt < period.end;

/** The first index of `rows` (oldest first) at or after `at`. */
function firstAtOrAfter(rows: readonly CommissionEventRow[], at: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rows[middle]?.occurredAt ?? at) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The rows (oldest first) that occurred in the period. */
function slice(rows: readonly CommissionEventRow[] | undefined, period: PlanPeriod): readonly CommissionEventRow[] {
  if (!rows) return [];
  return rows.slice(firstAtOrAfter(rows, period.start), firstAtOrAfter(rows, period.end));
}

export function repEventsIn(data: PlanData, repId: number, period: PlanPeriod): RepEvent[] {
  const found: RepEvent[] = [];
  for (const row of slice(data.eventsByRep.get(repId), period)) {
    const share = shareOf(data, row, repId);
    if (share) found.push({ event: toEventRef(row, data.timeZone), share });
  }
  return found;
}

/** The rep's reversals in the period; `paidFor` says what the rep was paid for an original in an earlier period. */
export function repReversalsIn(data: PlanData, plan: CommissionPlan, repId: number, period: PlanPeriod, paidFor: (eventId: number) => string | null): Reversal[] {
  const credited = creditedTypes(plan);
  const found: Reversal[] = [];
  for (const row of slice(data.reversalsByRep.get(repId), period)) {
    const key = keyOf(row.sourceId, row.reversesExternalId ?? '');
    const original = data.originals.get(key);
    if (!original || !isEventType(original.type) || !credited.includes(original.type)) continue;
    if (!(REVERSIBLE_BY[row.type as EventType] ?? []).includes(original.type)) continue;
    const share = shareOf(data, original, repId);
    if (!share) continue;
    const before = (data.reversalsByOriginal.get(key) ?? []).filter((r) => r.id < row.id);
    found.push({
      event: toEventRef(row, data.timeZone),
      original: toEventRef(original, data.timeZone),
      share,
      // An original in this same period is paid by this same statement: the engine looks it up.
      paid: inPeriod(original, period) ? null : paidFor(original.id),
      reversedBeforeMinor: before.reduce((sum, r) => sum + (r.amountMinor ?? 0), 0),
      termDays: data.terms.get(original.id) ?? null,
    });
  }
  return found;
}
