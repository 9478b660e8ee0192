import type { EventRow } from '../../db/queries/events';
import { eventsOfSubject, findEvent } from '../../db/queries/events';
import { insertLedgerRow, ledgerOfEvent, rowsReferencing, type LedgerRow } from '../../db/queries/ledger';
import { addToDayTotal } from '../../db/queries/totals';
import { isEventType, isReversingType, type EventType } from '../engine/event-types';
import { localDay, type Calendar } from '../engine/periods';
import type { Explanation } from '../engine/scoring/explanation';
import type { RuleSet, ScoringRule } from '../engine/scoring/rules';
import { reversalTake, scoreEvent, type ScorableEvent } from '../engine/scoring/score';
import { replaySubject, type SubjectEvent, type SubjectState } from '../engine/scoring/subjects';
import type { ServiceContext } from './context';
import { onEventScored } from './gamification/on-event';
import type { RepFacts } from './gamification/rep-facts';
import { loadRuleSet } from './rule-set';
import { getCalendar } from './workspace';

/** What scoring runs with in one transaction: the calendar, and the rule set in force. */
export interface ScoringSetup {
  calendar: Calendar & { baseCurrency: string };
  /** The points per event type (also in `set`; kept for the callers that only need them). */
  rules: readonly ScoringRule[];
  /** Everything the engine scores with: rules, exchange rates, products, focus factors, version. */
  set: RuleSet;
}

export function scoringSetup(ctx: ServiceContext): ScoringSetup {
  const set = loadRuleSet(ctx);
  return { calendar: getCalendar(ctx), rules: set.rules, set };
}

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

/** Writes one ledger row (never edited afterwards) and adds it to the rep's day total, in the same transaction. */
export function writeLedger(
  ctx: ServiceContext,
  setup: ScoringSetup,
  row: { eventId: number; repId: number; ruleId: number | null; points: number; occurredAt: number },
  kind: 'award' | 'reversal' | 'adjustment',
  explanation: Explanation,
  reversesLedgerId: number | null = null,
): LedgerRow {
  const written = insertLedgerRow(ctx.db, {
    ...row,
    kind,
    reversesLedgerId,
    explanationJson: JSON.stringify(explanation),
    createdAt: ctx.now(),
    ruleVersion: setup.set.version,
  });
  addToDayTotal(ctx.db, row.repId, localDay(row.occurredAt, setup.calendar.timeZone), row.points, row.points > 0 ? row.occurredAt : 0);
  return written;
}

/** The subject's events replayed (an event is its own subject when it has none). */
export function subjectStateOf(ctx: ServiceContext, event: Pick<EventRow, 'sourceId' | 'subjectKey'>): { state: SubjectState; rows: EventRow[] } {
  const rows = event.subjectKey === null ? [] : eventsOfSubject(ctx.db, event.sourceId, event.subjectKey);
  return { state: replaySubject(rows.map(toSubjectEvent)), rows };
}

const isRecomputeRow = (row: LedgerRow, eventId: number) => row.eventId === eventId && row.kind === 'adjustment' && row.explanationJson.startsWith('{"kind":"adjustment"');

/**
 * Takes back from `original` what `reversal` reverses, award row by award row: each award's
 * cumulative share of all the reversals up to this one, minus what was already taken from it
 * (earlier reversals, a transfer of the customer to a new owner). Idempotent: never takes
 * twice. An award's points include what a recompute added to or took from them.
 */
function applyReversal(ctx: ServiceContext, setup: ScoringSetup, original: EventRow, reversal: EventRow, reversalIds: readonly number[], rows: readonly EventRow[]): boolean {
  const awards = ledgerOfEvent(ctx.db, original.id).filter((l) => l.kind === 'award');
  if (awards.length === 0) return false;
  const refs = rowsReferencing(
    ctx.db,
    awards.map((a) => a.id),
  );
  const upTo = reversalIds.slice(0, reversalIds.indexOf(reversal.id) + 1);
  const amounts = upTo.map((id) => rows.find((r) => r.id === id)?.amountMinor ?? null);
  const partial = reversal.amountMinor !== null && original.amountMinor !== null && reversal.amountMinor < original.amountMinor && reversal.currency !== null;
  const explanation: Explanation = {
    kind: 'reversal',
    eventType: eventType(original),
    by: eventType(reversal),
    ...(partial && reversal.amountMinor !== null && original.amountMinor !== null && reversal.currency !== null
      ? { share: { amountMinor: reversal.amountMinor, ofMinor: original.amountMinor, currency: reversal.currency } }
      : {}),
    ...(original.customerName ? { customer: original.customerName } : {}),
  };
  let moved = false;
  for (const award of awards) {
    const mine = refs.filter((r) => r.reversesLedgerId === award.id);
    const gross = award.points + mine.filter((r) => isRecomputeRow(r, original.id)).reduce((sum, r) => sum + r.points, 0);
    const alreadyTaken = -mine.filter((r) => !isRecomputeRow(r, original.id)).reduce((sum, r) => sum + r.points, 0);
    const take = reversalTake({ awardPoints: gross, originalAmountMinor: original.amountMinor, reversalAmounts: amounts, alreadyTaken });
    // Never gives points back: an award already taken in full (moved to a new owner) stays taken.
    if (take <= 0) continue;
    writeLedger(ctx, setup, { eventId: reversal.id, repId: award.repId, ruleId: award.ruleId, points: -take, occurredAt: reversal.occurredAt }, 'reversal', explanation, award.id);
    moved = true;
  }
  return moved;
}

/** Applies every reversal of `original` (in order) that has not taken its share yet. */
function applyReversalsOf(ctx: ServiceContext, setup: ScoringSetup, original: EventRow): boolean {
  const { state, rows } = subjectStateOf(ctx, original);
  const reversalIds = state.reversalsOf.get(original.id) ?? [];
  let moved = false;
  for (const id of reversalIds) {
    const reversal = rows.find((r) => r.id === id);
    if (reversal && applyReversal(ctx, setup, original, reversal, reversalIds, rows)) moved = true;
  }
  return moved;
}

function scorePoints(ctx: ServiceContext, setup: ScoringSetup, event: EventRow, hint: { noEarlierReversals?: boolean }): boolean {
  const type = eventType(event);
  if (isReversingType(type)) {
    // A reversal that found nothing open waits: the next counted event of its subject takes it.
    const original = event.reversesEventId === null ? undefined : findEvent(ctx.db, event.reversesEventId);
    return original ? applyReversalsOf(ctx, setup, original) : false;
  }
  if (event.repId === null) return false;
  const awards = scoreEvent(scorable(event), setup.set);
  for (const award of awards) {
    writeLedger(ctx, setup, { eventId: event.id, repId: event.repId, ruleId: award.ruleId, points: award.points, occurredAt: event.occurredAt }, 'award', award.explanation);
  }
  // Reversals that arrived first (out of order, or while the event waited for its rep) apply now.
  const reversed = event.subjectKey === null || hint.noEarlierReversals ? false : applyReversalsOf(ctx, setup, event);
  return awards.length > 0 || reversed;
}

/**
 * Writes the ledger rows an event earns (or takes back) under the rules in force, then lets
 * gamification update its aggregates and check levels, badges and goals. Call inside the
 * transaction that stored or resolved the event, once per event. An event that repeats a fact
 * its subject already counted (a second Stripe event of one payment) earns nothing and moves
 * no aggregate. Returns true when points moved.
 */
export function scoreStoredEvent(ctx: ServiceContext, setup: ScoringSetup, event: EventRow, hint: { noEarlierReversals?: boolean; facts?: RepFacts } = {}): boolean {
  if (event.repeatsEventId !== null) return false;
  const moved = scorePoints(ctx, setup, event, hint);
  onEventScored(ctx, setup, event, hint.facts);
  return moved;
}
