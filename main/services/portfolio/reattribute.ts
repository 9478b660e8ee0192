// When a customer changes owner with an effective date in the past, the events already
// received after that date follow the customer: their points leave the previous rep and
// arrive with the new owner, as new ledger rows (the ledger is never edited), and the
// event's rep is re-resolved. Events before the date stay where they scored.
import type { EventRow } from '../../../db/queries/events';
import { listReversalsOf } from '../../../db/queries/events';
import { eventsOfCustomer, periodsOf, setEventCredit } from '../../../db/queries/customers';
import { ledgerOfEvent, reversedSoFar } from '../../../db/queries/ledger';
import { isEventType, REVERSING_TYPES, type EventType } from '../../engine/event-types';
import { creditFor, namesARep, ownerAt, type CreditPolicy } from '../../engine/ownership';
import type { Explanation } from '../../engine/scoring/explanation';
import type { ServiceContext } from '../context';
import { moveEventMetrics } from '../gamification/aggregates';
import { resolveRep } from '../ingest';
import { scoreStoredEvent, writeLedger, type ScoringSetup } from '../scoring';

export interface MoveStats {
  events: number;
  points: number;
}

/**
 * Moves what is left of an event's points to `toRepId`. For each award still (partly)
 * standing: an adjustment takes the rest back from its rep, a new award gives the new rep
 * the full points, and what earlier refunds took is carried over as a reversal, so a later
 * refund takes back from the new owner exactly as it would have from the old one.
 */
export function movePoints(ctx: ServiceContext, setup: ScoringSetup, event: EventRow, type: EventType, toRepId: number): number {
  const awards = ledgerOfEvent(ctx.db, event.id).filter((l) => l.kind === 'award');
  const taken = reversedSoFar(ctx.db, awards.map((a) => a.id));
  const customer = event.customerName ? { customer: event.customerName } : {};
  let moved = 0;
  for (const award of awards) {
    const already = taken.get(award.id) ?? 0;
    const remaining = award.points - already;
    if (remaining === 0 || award.repId === toRepId) continue;
    const base = { eventId: event.id, ruleId: award.ruleId, occurredAt: event.occurredAt };
    writeLedger(ctx, setup, { ...base, repId: award.repId, points: -remaining }, 'adjustment', { kind: 'transfer', eventType: type, ...customer }, award.id);
    const original = JSON.parse(award.explanationJson) as Explanation;
    const arrived = writeLedger(ctx, setup, { ...base, repId: toRepId, points: award.points }, 'award', original.kind === 'award' ? { ...original, viaTransfer: true } : original);
    if (already !== 0) {
      const refundedMinor = listReversalsOf(ctx.db, event.sourceId, event.externalId).reduce((sum, r) => sum + (r.amountMinor ?? 0), 0);
      const share =
        event.amountMinor !== null && event.currency && refundedMinor > 0 && refundedMinor < event.amountMinor
          ? { share: { amountMinor: refundedMinor, ofMinor: event.amountMinor, currency: event.currency } }
          : {};
      writeLedger(ctx, setup, { ...base, repId: toRepId, points: -already }, 'adjustment', { kind: 'reversal', eventType: type, ...share, ...customer }, arrived.id);
    }
    moved += remaining;
  }
  return moved;
}

function identityOf(event: EventRow) {
  return event.identityKind && event.identityValue ? { kind: event.identityKind, value: event.identityValue } : null;
}

/**
 * Re-resolves who each of the customer's events from `fromAt` on belongs to, under the
 * current ownership timeline and credit policy, and moves (or, for events still waiting
 * for a rep, scores) those whose rep changes. Refunds and reopenings follow the event they
 * take back. An event is never taken away from a rep to nobody: when no rep can be found,
 * it stays where it is.
 */
export function reattributeCustomer(ctx: ServiceContext, setup: ScoringSetup, policy: CreditPolicy, customerId: number, fromAt: number): MoveStats {
  const periods = periodsOf(ctx.db, customerId);
  const stats: MoveStats = { events: 0, points: 0 };
  for (const event of eventsOfCustomer(ctx.db, customerId, fromAt)) {
    if (!isEventType(event.type) || REVERSING_TYPES.has(event.type)) continue;
    const identity = identityOf(event);
    const named = event.repId !== null && event.attributedBy !== 'owner' ? event.repId : resolveRep(ctx, event.sourceId, identity);
    const credit = creditFor({ policy, ownerRepId: ownerAt(periods, event.occurredAt), namedRepId: named, namesSomeone: namesARep(identity, event.customerExternalId) });
    if (credit.repId === null || credit.repId === event.repId) continue;
    if (event.repId === null) {
      setEventCredit(ctx.db, event.id, credit.repId, credit.by);
      scoreStoredEvent(ctx, setup, { ...event, repId: credit.repId, attributedBy: credit.by });
      stats.points += ledgerOfEvent(ctx.db, event.id).reduce((sum, l) => sum + (l.repId === credit.repId ? l.points : 0), 0);
    } else {
      stats.points += movePoints(ctx, setup, event, event.type, credit.repId);
      moveEventMetrics(ctx, event, event.repId, credit.repId, setup.calendar);
      setEventCredit(ctx.db, event.id, credit.repId, credit.by);
    }
    stats.events += 1;
  }
  return stats;
}
