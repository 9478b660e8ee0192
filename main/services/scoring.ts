import type { EventRow } from '../../db/queries/events';
import { findEventByExternalId, listReversalsOf } from '../../db/queries/events';
import { insertLedgerRow, ledgerOfEvent, reversedSoFar, type LedgerRow } from '../../db/queries/ledger';
import { addToDayTotal } from '../../db/queries/totals';
import { isEventType, REVERSIBLE_BY, REVERSING_TYPES, type EventType } from '../engine/event-types';
import { localDay, type Calendar } from '../engine/periods';
import type { Explanation } from '../engine/scoring/explanation';
import type { ScoringRule } from '../engine/scoring/rules';
import { reversePoints, scoreEvent } from '../engine/scoring/score';
import type { ServiceContext } from './context';
import { onEventScored } from './gamification/on-event';

export interface ScoringSetup {
  calendar: Calendar & { baseCurrency: string };
  rules: readonly ScoringRule[];
}

function eventType(row: EventRow): EventType {
  if (!isEventType(row.type)) throw new Error(`event ${row.id} has unknown type ${row.type}`);
  return row.type;
}

function manualFields(row: EventRow): { manualPoints: number | null; reason: string | null } {
  if (row.type !== 'points.manual') return { manualPoints: null, reason: null };
  const payload = JSON.parse(row.payloadJson) as { points?: unknown; reason?: unknown };
  return {
    manualPoints: typeof payload.points === 'number' ? payload.points : null,
    reason: typeof payload.reason === 'string' ? payload.reason : null,
  };
}

/** Writes one ledger row and adds it to the rep's day total (same transaction). */
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
  });
  addToDayTotal(ctx.db, row.repId, localDay(row.occurredAt, setup.calendar.timeZone), row.points, row.points > 0 ? row.occurredAt : 0);
  return written;
}

/** Takes back the points of `original` that `reversal` reverses (idempotent: never takes twice). */
function applyReversal(ctx: ServiceContext, setup: ScoringSetup, original: EventRow, reversal: EventRow): number {
  const awards = ledgerOfEvent(ctx.db, original.id).filter((l) => l.kind === 'award');
  if (awards.length === 0) return 0;
  const taken = reversedSoFar(ctx.db, awards.map((a) => a.id));
  const earlier = listReversalsOf(ctx.db, original.sourceId, original.externalId).filter((r) => r.id < reversal.id);
  const previouslyReversedMinor = earlier.reduce((sum, r) => sum + (r.amountMinor ?? 0), 0);
  const rows = reversePoints(
    awards.map((a) => ({ ledgerId: a.id, ruleId: a.ruleId, points: a.points, alreadyReversed: taken.get(a.id) ?? 0 })),
    { amountMinor: reversal.amountMinor, previouslyReversedMinor, originalAmountMinor: original.amountMinor },
  );
  const partial =
    reversal.amountMinor !== null && original.amountMinor !== null && reversal.amountMinor < original.amountMinor && reversal.currency
      ? { amountMinor: reversal.amountMinor, ofMinor: original.amountMinor, currency: reversal.currency }
      : undefined;
  for (const r of rows) {
    const award = awards.find((a) => a.id === r.reversesLedgerId);
    if (!award) continue;
    writeLedger(
      ctx,
      setup,
      { eventId: reversal.id, repId: award.repId, ruleId: r.ruleId, points: r.points, occurredAt: reversal.occurredAt },
      'reversal',
      {
        kind: 'reversal',
        eventType: eventType(original),
        ...(partial ? { share: partial } : {}),
        ...(original.customerName ? { customer: original.customerName } : {}),
      },
      award.id,
    );
  }
  return rows.length;
}

/**
 * Writes the ledger rows an event earns (or takes back) under the rules in force, then lets
 * gamification update its aggregates and check levels, badges and goals. Call inside the
 * transaction that stored or resolved the event, once per event: a recompute that replays
 * events must rebuild the aggregates (gamification/aggregates.ts) rather than replay this.
 * Returns true when points moved.
 */
export function scoreStoredEvent(ctx: ServiceContext, setup: ScoringSetup, event: EventRow): boolean {
  const moved = scorePoints(ctx, setup, event);
  onEventScored(ctx, setup, event);
  return moved;
}

function scorePoints(ctx: ServiceContext, setup: ScoringSetup, event: EventRow): boolean {
  const type = eventType(event);
  if (REVERSING_TYPES.has(type)) {
    if (!event.reversesExternalId) return false;
    const original = findEventByExternalId(ctx.db, event.sourceId, event.reversesExternalId);
    // An original that has not arrived yet (or is unmapped) is reversed when it is scored.
    if (!original || !(REVERSIBLE_BY[type] ?? []).includes(eventType(original))) return false;
    return applyReversal(ctx, setup, original, event) > 0;
  }
  if (event.repId === null) return false;
  const awards = scoreEvent(
    { type, amountMinor: event.amountMinor, currency: event.currency, customerName: event.customerName, activityName: event.activityName, ...manualFields(event) },
    setup.rules,
    setup.calendar.baseCurrency,
  );
  for (const award of awards) {
    writeLedger(ctx, setup, { eventId: event.id, repId: event.repId, ruleId: award.ruleId, points: award.points, occurredAt: event.occurredAt }, 'award', award.explanation);
  }
  // Reversals that arrived before this event (out-of-order delivery) apply now.
  let reversed = 0;
  for (const reversal of listReversalsOf(ctx.db, event.sourceId, event.externalId)) {
    reversed += applyReversal(ctx, setup, event, reversal);
  }
  return awards.length > 0 || reversed > 0;
}
