import type { Delivery } from '../../preload/contract';
import { toDeliveryView } from './deliveries';
import { findEventByExternalId, insertEventIfNew } from '../../db/queries/events';
import { findMappedRepId, findRepByEmail } from '../../db/queries/reps';
import { insertDelivery, type SourceRow } from '../../db/queries/sources';
import { deliveredEventId } from '../../db/queries/customers-hot';
import { inTransaction } from '../../db/transaction';
import type { Identity, IncomingEvent } from '../ingest/incoming-event';
import type { ServiceContext } from './context';
import { loadRules } from './rules';
import { scoreStoredEvent, type ScoringSetup } from './scoring';
import { getCalendar } from './workspace';
import { creditIncoming } from './portfolio/credit';
import { loadPortfolioSettings } from './portfolio/settings';

export type EventOutcome = { externalId: string; eventId: number; status: 'accepted' | 'duplicate' | 'held' };

export interface IngestResult {
  outcomes: EventOutcome[];
  delivery: Delivery;
}

/**
 * The rep an identity belongs to: the source's mapping first, then a rep with that e-mail.
 * This is the rep the source names; whether the event scores for them or for the owner of
 * the customer it is about is decided in portfolio/credit.ts.
 */
export function resolveRep(ctx: ServiceContext, sourceId: string, identity: Identity | null): number | null {
  if (!identity) return null;
  const mapped = findMappedRepId(ctx.db, sourceId, identity.kind, identity.value);
  if (mapped !== undefined) return mapped;
  if (identity.kind === 'email') return findRepByEmail(ctx.db, identity.value)?.id ?? null;
  return null;
}

export function scoringSetup(ctx: ServiceContext): ScoringSetup {
  return { calendar: getCalendar(ctx), rules: loadRules(ctx) };
}

/**
 * Stores a delivery's events in the log, scores them and logs the delivery, all in one
 * transaction: when this returns, everything is committed, and a caller may acknowledge.
 * A repeated external id from the same source is a duplicate and changes nothing.
 */
export function ingestEvents(ctx: ServiceContext, source: SourceRow, incoming: readonly IncomingEvent[], httpStatus = 200): IngestResult {
  const receivedAt = ctx.now();
  const result = inTransaction(ctx.db, () => {
    const setup = scoringSetup(ctx);
    const portfolio = loadPortfolioSettings(ctx);
    const outcomes: EventOutcome[] = [];
    for (const event of incoming) {
      const existing = deliveredEventId(ctx.db, source.id, event.externalId);
      if (existing !== undefined) {
        outcomes.push({ externalId: event.externalId, eventId: existing, status: 'duplicate' });
        continue;
      }
      // The customer's owner may take the credit (portfolio/credit.ts explains the order).
      const credit = creditIncoming(ctx, setup, portfolio, source.id, event, resolveRep(ctx, source.id, event.identity));
      const reversed = event.reversesExternalId ? findEventByExternalId(ctx.db, source.id, event.reversesExternalId) : undefined;
      const stored = insertEventIfNew(ctx.db, {
        sourceId: source.id,
        externalId: event.externalId,
        type: event.type,
        repId: credit.repId,
        attributedBy: credit.attributedBy,
        customerId: credit.customerId,
        identityKind: event.identity?.kind ?? null,
        identityValue: event.identity?.value ?? null,
        occurredAt: event.occurredAt,
        occurredOffset: event.occurredOffset,
        receivedAt,
        amountMinor: event.amount?.minor ?? null,
        currency: event.amount?.currency ?? null,
        reversesEventId: reversed?.id ?? null,
        reversesExternalId: event.reversesExternalId,
        activityName: event.activityName,
        product: event.product,
        customerExternalId: event.customerExternalId,
        customerName: event.customerName,
        payloadJson: event.payloadJson,
        importBatchId: null,
        responseSeconds: event.responseSeconds ?? null,
      });
      if (!stored) {
        const existing = findEventByExternalId(ctx.db, source.id, event.externalId);
        outcomes.push({ externalId: event.externalId, eventId: existing?.id ?? 0, status: 'duplicate' });
        continue;
      }
      scoreStoredEvent(ctx, setup, stored);
      const held = stored.repId === null && !stored.reversesExternalId;
      outcomes.push({ externalId: event.externalId, eventId: stored.id, status: held ? 'held' : 'accepted' });
    }
    const accepted = outcomes.filter((o) => o.status !== 'duplicate');
    const heldCount = outcomes.filter((o) => o.status === 'held').length;
    const outcome = accepted.length === 0 ? 'duplicate' : heldCount > 0 ? 'held' : 'accepted';
    const delivery = insertDelivery(ctx.db, {
      sourceId: source.id,
      receivedAt,
      outcome,
      httpStatus,
      reason: heldCount > 0 ? `${heldCount} event(s) wait in Unmapped: no rep is mapped to their identity yet` : null,
      eventCount: incoming.length,
      externalIdsJson: JSON.stringify(incoming.slice(0, 20).map((e) => e.externalId)),
    });
    return { outcomes, delivery: toDeliveryView(delivery) };
  });
  if (result.outcomes.some((o) => o.status !== 'duplicate')) ctx.bus.changed('events', 'ledger', 'deliveries');
  else ctx.bus.changed('deliveries');
  ctx.bus.delivery(result.delivery);
  const accepted = result.outcomes.filter((o) => o.status === 'accepted').map((o) => o.eventId);
  if (accepted.length > 0) ctx.bus.domain({ name: 'events.accepted', eventIds: accepted });
  return result;
}

/** Logs a delivery that was turned away before any event was stored. */
export function logRejectedDelivery(ctx: ServiceContext, sourceId: string, httpStatus: number, reason: string): Delivery {
  const row = insertDelivery(ctx.db, {
    sourceId,
    receivedAt: ctx.now(),
    outcome: 'rejected',
    httpStatus,
    reason,
    eventCount: 0,
    externalIdsJson: '[]',
  });
  const delivery = toDeliveryView(row);
  ctx.bus.changed('deliveries');
  ctx.bus.delivery(delivery);
  return delivery;
}
