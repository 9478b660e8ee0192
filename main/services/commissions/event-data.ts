// Reads what a plan's statements are computed from out of the event log: the credited
// events (deals or payments), the behaviours its SPIFs reward, the refunds and cancellations
// that take credited events back, and the manager's split credit and deal terms.
import { eventsByExternalIds, eventsOfTypesBetween, reversalsOf, dealTermsOf, splitsOfEvents, type SplitRow } from '../../../db/queries/commission-records';
import type { EventRow } from '../../../db/queries/events';
import { creditedTypes, type CommissionPlan } from '../../engine/commissions/plan';
import type { CreditShare, EventRef, RepEvent, Reversal } from '../../engine/commissions/statement-types';
import { isEventType, REVERSIBLE_BY, type EventType } from '../../engine/event-types';
import { localDay, type Calendar } from '../../engine/periods';
import type { PlanPeriod } from './calendar';

export interface PlanData {
  timeZone: string;
  events: EventRow[];
  reversals: EventRow[];
  originals: Map<string, EventRow>;
  /** Every reversal of each original, any time, oldest first (for partial refunds). */
  reversalsByOriginal: Map<string, EventRow[]>;
  splits: Map<number, SplitRow[]>;
  terms: Map<number, number>;
}

const keyOf = (sourceId: string, externalId: string) => `${sourceId}\u0000${externalId}`;

function reversingTypes(plan: CommissionPlan): EventType[] {
  const credited = creditedTypes(plan);
  return (Object.keys(REVERSIBLE_BY) as EventType[]).filter((type) => (REVERSIBLE_BY[type] ?? []).some((t) => credited.includes(t)));
}

/** Loads everything a plan needs for events in [from, to). */
export function loadPlanData(ctx: { db: Parameters<typeof eventsOfTypesBetween>[0] }, plan: CommissionPlan, calendar: Calendar, from: number, to: number): PlanData {
  const reversing = reversingTypes(plan);
  const types = [...new Set([...creditedTypes(plan), ...plan.spifs.map((s) => s.eventType)])];
  const events = eventsOfTypesBetween(ctx.db, types, from, to);
  const reversals = eventsOfTypesBetween(ctx.db, reversing, from, to).filter((r) => r.reversesExternalId !== null);
  const originals = new Map<string, EventRow>();
  for (const row of eventsByExternalIds(ctx.db, reversals.map((r) => ({ sourceId: r.sourceId, externalId: r.reversesExternalId ?? '' })))) {
    originals.set(keyOf(row.sourceId, row.externalId), row);
  }
  const reversalsByOriginal = new Map<string, EventRow[]>();
  const bySource = new Map<string, string[]>();
  for (const original of originals.values()) bySource.set(original.sourceId, [...(bySource.get(original.sourceId) ?? []), original.externalId]);
  for (const [sourceId, ids] of bySource) {
    for (const row of reversalsOf(ctx.db, sourceId, ids)) {
      const key = keyOf(sourceId, row.reversesExternalId ?? '');
      reversalsByOriginal.set(key, [...(reversalsByOriginal.get(key) ?? []), row]);
    }
  }
  const ids = [...events.map((e) => e.id), ...[...originals.values()].map((o) => o.id)];
  const splits = new Map<number, SplitRow[]>();
  for (const row of splitsOfEvents(ctx.db, ids)) splits.set(row.eventId, [...(splits.get(row.eventId) ?? []), row]);
  return { timeZone: calendar.timeZone, events, reversals, originals, reversalsByOriginal, splits, terms: dealTermsOf(ctx.db, [...originals.values()].map((o) => o.id)) };
}

export function toEventRef(row: EventRow, timeZone: string): EventRef {
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
export function shareOf(data: Pick<PlanData, 'splits'>, row: EventRow, repId: number): CreditShare | null {
  const split = data.splits.get(row.id);
  if (split) {
    const mine = split.find((s) => s.repId === repId);
    return mine ? { percent: mine.percent, role: mine.role, overlay: mine.overlay, split: true } : null;
  }
  return row.repId === repId ? { percent: '100', role: '', overlay: false, split: false } : null;
}

const inPeriod = (row: EventRow, period: PlanPeriod) => row.occurredAt >= period.start && row.occurredAt < period.end;

export function repEventsIn(data: PlanData, repId: number, period: PlanPeriod): RepEvent[] {
  const found: RepEvent[] = [];
  for (const row of data.events) {
    if (!inPeriod(row, period)) continue;
    const share = shareOf(data, row, repId);
    if (share) found.push({ event: toEventRef(row, data.timeZone), share });
  }
  return found;
}

/** The rep's reversals in the period; `paidFor` says what the rep was paid for an original in an earlier period. */
export function repReversalsIn(data: PlanData, plan: CommissionPlan, repId: number, period: PlanPeriod, paidFor: (eventId: number) => string | null): Reversal[] {
  const credited = creditedTypes(plan);
  const found: Reversal[] = [];
  for (const row of data.reversals) {
    if (!inPeriod(row, period)) continue;
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
