import type { EventRow } from '../../db/queries/events';
import { eventsOfSubject, findEvent } from '../../db/queries/events';
import { firstAwardRow, insertLedgerRow, netPointsOfEvents } from '../../db/queries/ledger';
import { addToDayTotal } from '../../db/queries/totals';
import { isEventType, isReversingType, type EventType } from '../engine/event-types';
import { localDay } from '../engine/periods';
import type { Explanation } from '../engine/scoring/explanation';
import type { RuleSet } from '../engine/scoring/rules';
import { reversalTake, scoreEvent, type ScorableEvent } from '../engine/scoring/score';
import { replaySubject, type SubjectEvent, type SubjectState } from '../engine/scoring/subjects';
import type { ServiceContext } from './context';

export function eventType(row: Pick<EventRow, 'id' | 'type'>): EventType {
  if (!isEventType(row.type)) throw new Error(`event ${row.id} has unknown type ${row.type}`);
  return row.type;
}

export function toSubjectEvent(row: EventRow): SubjectEvent {
  return { id: row.id, type: eventType(row), amountMinor: row.amountMinor, reversesEventId: row.reversesEventId, repeatsEventId: row.repeatsEventId };
}

function manualFields(row: EventRow): { manualPoints: number | null; reason: string | null } {
  if (row.type !== 'points.manual') return { manualPoints: null, reason: null };
  const payload = JSON.parse(row.payloadJson) as { points?: unknown; reason?: unknown };
  return {
    manualPoints: typeof payload.points === 'number' ? payload.points : null,
    reason: typeof payload.reason === 'string' ? payload.reason : null,
  };
}

/** The event as the engine scores it. */
export function scorable(row: EventRow): ScorableEvent {
  return {
    type: eventType(row),
    occurredAt: row.occurredAt,
    amountMinor: row.amountMinor,
    currency: row.currency,
    product: row.product,
    quantity: row.quantity,
    customerName: row.customerName,
    activityName: row.activityName,
    ...manualFields(row),
  };
}

export function writeLedger(
  ctx: ServiceContext,
  set: RuleSet,
  row: { eventId: number; repId: number; ruleId: number | null; points: number; occurredAt: number },
  kind: 'award' | 'reversal' | 'adjustment',
  explanation: Explanation,
  reversesLedgerId: number | null = null,
): void {
  insertLedgerRow(ctx.db, {
    ...row,
    kind,
    reversesLedgerId,
    explanationJson: JSON.stringify(explanation),
    createdAt: ctx.now(),
    ruleVersion: set.version,
  });
  addToDayTotal(ctx.db, row.repId, localDay(row.occurredAt, set.timeZone), row.points, row.points > 0 ? row.occurredAt : 0);
}

/** The subject's events replayed, for an event that has a subject. */
export function subjectStateOf(ctx: ServiceContext, event: Pick<EventRow, 'sourceId' | 'subjectKey'>): { state: SubjectState; rows: EventRow[] } {
  const rows = event.subjectKey === null ? [] : eventsOfSubject(ctx.db, event.sourceId, event.subjectKey);
  return { state: replaySubject(rows.map(toSubjectEvent)), rows };
}

/**
 * Takes back from `original` what `reversal` reverses: the cumulative share of all its
 * reversals up to this one, minus what they already took (idempotent: never takes twice).
 */
function applyReversal(ctx: ServiceContext, set: RuleSet, original: EventRow, reversal: EventRow, reversalIds: readonly number[], rows: readonly EventRow[]): boolean {
  if (original.repId === null) return false;
  const upTo = reversalIds.slice(0, reversalIds.indexOf(reversal.id) + 1);
  const net = netPointsOfEvents(ctx.db, [original.id, ...upTo]);
  const award = net.get(`${original.id}:${original.repId}`)?.points ?? 0;
  if (award === 0) return false;
  const alreadyTaken = -upTo.reduce((sum, id) => sum + (net.get(`${id}:${original.repId}`)?.points ?? 0), 0);
  const amounts = upTo.map((id) => rows.find((r) => r.id === id)?.amountMinor ?? null);
  const take = reversalTake({ awardPoints: award, originalAmountMinor: original.amountMinor, reversalAmounts: amounts, alreadyTaken });
  if (take === 0) return false;
  const partial = reversal.amountMinor !== null && original.amountMinor !== null && reversal.amountMinor < original.amountMinor && reversal.currency !== null;
  // The row names the award it takes back and the rule that gave it: "which rule, which event".
  const awardRow = firstAwardRow(ctx.db, original.id);
  writeLedger(
    ctx,
    set,
    { eventId: reversal.id, repId: original.repId, ruleId: awardRow?.ruleId ?? null, points: -take, occurredAt: reversal.occurredAt },
    'reversal',
    {
      kind: 'reversal',
      eventType: eventType(original),
      by: eventType(reversal),
      ...(partial && reversal.amountMinor !== null && original.amountMinor !== null && reversal.currency !== null
        ? { share: { amountMinor: reversal.amountMinor, ofMinor: original.amountMinor, currency: reversal.currency } }
        : {}),
      ...(original.customerName ? { customer: original.customerName } : {}),
    },
    awardRow?.id ?? null,
  );
  return true;
}

/** Applies every reversal of `original` (in order) that has not taken its share yet. */
function applyReversalsOf(ctx: ServiceContext, set: RuleSet, original: EventRow): boolean {
  const { state, rows } = subjectStateOf(ctx, original);
  const reversalIds = state.reversalsOf.get(original.id) ?? [];
  let moved = false;
  for (const id of reversalIds) {
    const reversal = rows.find((r) => r.id === id);
    if (reversal && applyReversal(ctx, set, original, reversal, reversalIds, rows)) moved = true;
  }
  return moved;
}

/**
 * Writes the ledger rows an event earns (or takes back) under the rules in force. Call
 * inside the transaction that stored or resolved the event. Returns true when points moved.
 */
export function scoreStoredEvent(ctx: ServiceContext, set: RuleSet, event: EventRow, hint: { noEarlierReversals?: boolean } = {}): boolean {
  const type = eventType(event);
  if (isReversingType(type)) {
    // A reversal that found nothing open waits: the next counted event of its subject takes it.
    const original = event.reversesEventId === null ? undefined : findEvent(ctx.db, event.reversesEventId);
    return original ? applyReversalsOf(ctx, set, original) : false;
  }
  if (event.repeatsEventId !== null || event.repId === null) return false;
  const awards = scoreEvent(scorable(event), set);
  for (const award of awards) {
    writeLedger(ctx, set, { eventId: event.id, repId: event.repId, ruleId: award.ruleId, points: award.points, occurredAt: event.occurredAt }, 'award', award.explanation);
  }
  // Reversals that arrived first (out of order, or while the event waited for its rep) apply now.
  const reversed = event.subjectKey === null || hint.noEarlierReversals ? false : applyReversalsOf(ctx, set, event);
  return awards.length > 0 || reversed;
}
