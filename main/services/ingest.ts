import type { Delivery, DeliverySummary } from '../../preload/contract';
import { toDeliveryView } from './deliveries';
import { eventsOfSubject, findEventByExternalId, insertEventIfNew, type EventRow } from '../../db/queries/events';
import { insertHeldItem } from '../../db/queries/held';
import { findMappedRepId, findRepByEmail } from '../../db/queries/reps';
import { insertDelivery, type SourceRow } from '../../db/queries/sources';
import { deliveredEventId } from '../../db/queries/customers-hot';
import { findPortfolioSettings } from '../../db/queries/portfolio-settings';
import { inTransaction } from '../../db/transaction';
import { isEventType, isReversingType } from '../engine/event-types';
import { decide, replaySubject, type SubjectDecision } from '../engine/scoring/subjects';
import { importedPaymentWithId } from '../../db/queries/imports';
import { paymentIdsIn } from './imports/webhook-payments';
import type { HeldElement, IgnoredElement } from '../ingest/adapter';
import type { Identity, IncomingEvent } from '../ingest/incoming-event';
import type { ServiceContext } from './context';
import { RepFacts } from './gamification/rep-facts';
import { creditIncoming } from './portfolio/credit';
import { loadPortfolioSettings, type PortfolioSettingsRow } from './portfolio/settings';
import { scoreStoredEvent, scoringSetup, toSubjectEvent, type ScoringSetup } from './scoring';

export { scoringSetup };

/**
 * What became of one element of a delivery:
 * - accepted: stored and scored; held: stored, waiting for its rep to be mapped;
 * - duplicate: this very event was already received (same id);
 * - already_counted: stored, but its subject (a payment, a deal) was already counted by another event;
 * - ignored: genuine, but moves no points (not stored).
 */
export type EventStatus = 'accepted' | 'duplicate' | 'held' | 'already_counted' | 'ignored';

export interface EventOutcome {
  externalId: string;
  eventId: number | null;
  status: EventStatus;
}

/** One delivery's worth of work for `ingestBatch`. */
export interface Submission {
  source: SourceRow;
  events: readonly IncomingEvent[];
  /** Genuine elements that cannot become events yet: kept for replay. */
  held?: readonly HeldElement[];
  ignored?: readonly IgnoredElement[];
  httpStatus?: number;
}

export interface IngestResult {
  outcomes: EventOutcome[];
  delivery: Delivery;
}

/** Identities resolved within one transaction (mappings cannot change inside it). */
type RepCache = Map<string, number | null>;

function resolveRepCached(ctx: ServiceContext, cache: RepCache, sourceId: string, identity: Identity | null): number | null {
  if (!identity) return null;
  const key = `${sourceId}\u0000${identity.kind}\u0000${identity.value}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const repId = resolveRep(ctx, sourceId, identity);
  cache.set(key, repId);
  return repId;
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

/** The subject an event belongs to: that of an earlier event it continues, else its own. */
function subjectKeyOf(ctx: ServiceContext, sourceId: string, event: IncomingEvent): string {
  for (const externalId of event.subjectOf ?? []) {
    const earlier = findEventByExternalId(ctx.db, sourceId, externalId);
    if (earlier?.subjectKey) return earlier.subjectKey;
  }
  return event.subjectKey;
}

/**
 * A Stripe or Asaas payment the manager already imported from a CSV export (same payment id)
 * is the same money: the webhook event is kept for the record and counts nothing. The other
 * way round (a webhook first, then the export) the import recognises it.
 */
function alreadyImported(ctx: ServiceContext, source: SourceRow, event: IncomingEvent): SubjectDecision | null {
  if (event.type !== 'payment.confirmed' || (source.kind !== 'stripe' && source.kind !== 'asaas')) return null;
  const imported = importedPaymentWithId(ctx.db, paymentIdsIn(source.kind, `${event.externalId} ${event.subjectKey} ${event.payloadJson}`));
  return imported === null ? null : { kind: 'repeats', eventId: imported };
}

/** What one batch's events share: the rules, the portfolio settings, identities already resolved. */
interface BatchSetup {
  setup: ScoringSetup;
  portfolio: PortfolioSettingsRow;
  reps: RepCache;
  /** What gamification read about reps, when no savepoint of the transaction can roll back. */
  facts?: RepFacts;
}

function storeEvent(ctx: ServiceContext, batch: BatchSetup, source: SourceRow, event: IncomingEvent, receivedAt: number): EventOutcome {
  // A redelivery changes nothing (and creates no customer).
  const delivered = deliveredEventId(ctx.db, source.id, event.externalId);
  if (delivered !== undefined) return { externalId: event.externalId, eventId: delivered, status: 'duplicate' };
  const subjectKey = subjectKeyOf(ctx, source.id, event);
  const earlier = eventsOfSubject(ctx.db, source.id, subjectKey);
  const decision = alreadyImported(ctx, source, event) ?? decide(replaySubject(earlier.map(toSubjectEvent)), event.type);
  if (decision.kind === 'waits' && event.onlyIfOpen) {
    const existing = findEventByExternalId(ctx.db, source.id, event.externalId);
    return { externalId: event.externalId, eventId: existing?.id ?? null, status: existing ? 'duplicate' : 'ignored' };
  }
  // The customer's owner may take the credit (portfolio/credit.ts explains the order).
  const credit = creditIncoming(ctx, batch.setup, batch.portfolio, source.id, event, resolveRepCached(ctx, batch.reps, source.id, event.identity));
  const stored: EventRow | undefined = insertEventIfNew(ctx.db, {
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
    reversesEventId: decision.kind === 'reverses' ? decision.eventId : null,
    // Vendors name the subject (a payment, a deal), not the event: what it takes back is recorded
    // by its external id too, so every reader of the log (commission clawbacks) sees the link.
    reversesExternalId: event.reversesExternalId ?? (decision.kind === 'reverses' ? (earlier.find((e) => e.id === decision.eventId)?.externalId ?? null) : null),
    activityName: event.activityName,
    product: event.product,
    customerExternalId: event.customerExternalId,
    customerName: event.customerName,
    payloadJson: event.payloadJson,
    importBatchId: null,
    subjectKey,
    repeatsEventId: decision.kind === 'repeats' ? decision.eventId : null,
    quantity: event.quantity ?? null,
    responseSeconds: event.responseSeconds ?? null,
  });
  if (!stored) {
    const existing = findEventByExternalId(ctx.db, source.id, event.externalId);
    return { externalId: event.externalId, eventId: existing?.id ?? null, status: 'duplicate' };
  }
  // Most events are the first of their subject: no reversal can be waiting for them.
  scoreStoredEvent(ctx, batch.setup, stored, { noEarlierReversals: !earlier.some((e) => isEventType(e.type) && isReversingType(e.type)), facts: batch.facts });
  // A reversal needs no rep of its own: it takes points from the rep of what it reverses.
  const status: EventStatus = decision.kind === 'repeats' ? 'already_counted' : decision.kind === 'counts' && stored.repId === null ? 'held' : 'accepted';
  return { externalId: event.externalId, eventId: stored.id, status };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/**
 * What the delivery log says about a delivery: its outcome, counts the UI words in the
 * manager's language, and the same in English for scripts reading the log.
 */
function deliveryNote(
  outcomes: readonly EventOutcome[],
  held: readonly HeldElement[],
  ignored: readonly IgnoredElement[],
): { outcome: Delivery['outcome']; reason: string | null; summary: DeliverySummary } {
  const count = (status: EventStatus) => outcomes.filter((o) => o.status === status).length;
  const summary: DeliverySummary = {
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    alreadyCounted: count('already_counted'),
    waiting: count('held'),
    held: held.length,
    ...(held[0] ? { heldReason: held[0].reason } : {}),
    ignored: ignored.length + count('ignored'),
    ...(ignored[0] ? { ignoredReason: ignored[0].reason } : {}),
  };
  const notes: string[] = [];
  if (held.length > 0) notes.push(`${plural(held.length, 'element is', 'elements are')} held and will be replayed: ${held[0]?.reason ?? ''}`);
  if (count('held') > 0) notes.push(`${plural(count('held'), 'event waits', 'events wait')} in Unmapped: no rep is mapped to their identity yet`);
  if (count('already_counted') > 0) notes.push(`${plural(count('already_counted'), 'event repeats', 'events repeat')} a payment, deal or booking that already counted`);
  if (ignored.length > 0) notes.push(`${plural(ignored.length, 'element moves', 'elements move')} no points: ${ignored[0]?.reason ?? ''}`);
  const stored = outcomes.filter((o) => o.status === 'accepted' || o.status === 'held').length;
  const outcome: Delivery['outcome'] =
    held.length > 0 || count('held') > 0 ? 'held' : stored === 0 && outcomes.length > 0 && ignored.length === 0 ? 'duplicate' : 'accepted';
  return { outcome, reason: notes.length > 0 ? notes.join('; ') : null, summary };
}

/** Stores and scores events of a source (inside the caller's transaction), without logging a delivery. */
export function storeEvents(ctx: ServiceContext, source: SourceRow, events: readonly IncomingEvent[], receivedAt: number, batch: BatchSetup = newBatch(ctx)): EventOutcome[] {
  return events.map((event) => storeEvent(ctx, batch, source, event, receivedAt));
}

function newBatch(ctx: ServiceContext, withoutSavepoints = false): BatchSetup {
  return {
    setup: scoringSetup(ctx),
    portfolio: findPortfolioSettings(ctx.db) ?? loadPortfolioSettings(ctx),
    reps: new Map(),
    ...(withoutSavepoints ? { facts: new RepFacts(ctx.db) } : {}),
  };
}

function ingestOne(ctx: ServiceContext, batch: BatchSetup, submission: Submission, receivedAt: number): IngestResult {
  const { source } = submission;
  const outcomes = storeEvents(ctx, source, submission.events, receivedAt, batch);
  const held = submission.held ?? [];
  const ignored = submission.ignored ?? [];
  const note = deliveryNote(outcomes, held, ignored);
  const keys = [...submission.events.map((e) => e.externalId), ...held.map((h) => h.key), ...ignored.map((i) => i.key)].slice(0, 20);
  const values = {
    sourceId: source.id,
    receivedAt,
    outcome: note.outcome,
    httpStatus: submission.httpStatus ?? 200,
    reason: note.reason,
    eventCount: submission.events.length + held.length,
  };
  const row = insertDelivery(ctx.db, { ...values, externalIdsJson: JSON.stringify(keys), summaryJson: JSON.stringify(note.summary) });
  for (const item of held) insertHeldItem(ctx.db, { sourceId: source.id, deliveryId: row.id, key: item.key, elementJson: item.element, reason: item.reason, at: receivedAt });
  return { outcomes, delivery: { id: row.id, ...values, externalIds: keys, summary: note.summary } };
}

/**
 * Stores the deliveries' events in the log, scores them and logs each delivery, all in one
 * transaction (group commit: several deliveries share one commit, each in its own savepoint,
 * so one failing delivery does not undo the others). When this returns, everything is
 * committed and the callers may acknowledge. A repeated external id from the same source is a
 * duplicate and changes nothing. Each result is the delivery's outcome or the error it met.
 */
export function ingestBatch(ctx: ServiceContext, submissions: readonly Submission[]): (IngestResult | { error: unknown })[] {
  const receivedAt = ctx.now();
  const run = (isolated: boolean) =>
    inTransaction(ctx.db, () => {
      const batch = newBatch(ctx, !isolated);
      return submissions.map((submission): IngestResult | { error: unknown } => {
        if (!isolated) {
          try {
            return ingestOne(ctx, batch, submission, receivedAt);
          } catch (error) {
            throw new SubmissionFailed(error);
          }
        }
        try {
          return inTransaction(ctx.db, () => ingestOne(ctx, batch, submission, receivedAt));
        } catch (error) {
          return { error };
        }
      });
    });
  let results: (IngestResult | { error: unknown })[];
  try {
    // Savepoints cost two statements per delivery; they are only needed when one fails.
    results = run(false);
  } catch (error) {
    if (!(error instanceof SubmissionFailed)) throw error;
    results = submissions.length === 1 ? [{ error: error.cause }] : run(true);
  }
  const done = results.filter((r): r is IngestResult => !('error' in r));
  if (done.some((r) => r.outcomes.some((o) => o.status === 'accepted' || o.status === 'held' || o.status === 'already_counted'))) {
    ctx.bus.changed('events', 'ledger', 'deliveries');
  } else if (done.length > 0) ctx.bus.changed('deliveries');
  if (done.some((r) => r.delivery.outcome === 'held')) ctx.bus.changed('held');
  for (const r of done) ctx.bus.delivery(r.delivery);
  // After the commit: what the wallboard may celebrate (not repeats, held or duplicate events).
  const accepted = done.flatMap((r) => r.outcomes.flatMap((o) => (o.status === 'accepted' && o.eventId !== null ? [o.eventId] : [])));
  if (accepted.length > 0) ctx.bus.domain({ name: 'events.accepted', eventIds: accepted });
  return results;
}

/** A delivery failed inside an optimistic batch: the batch is redone with one savepoint per delivery. */
class SubmissionFailed extends Error {
  constructor(cause: unknown) {
    super('a delivery of the batch failed', { cause });
  }
}

/** One delivery, in its own transaction; throws what it met. */
export function ingestEvents(ctx: ServiceContext, source: SourceRow, incoming: readonly IncomingEvent[], extra: Omit<Submission, 'source' | 'events'> = {}): IngestResult {
  const [result] = ingestBatch(ctx, [{ source, events: incoming, ...extra }]);
  if (!result) throw new Error('ingestBatch returned no result');
  if ('error' in result) throw result.error;
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
    summaryJson: null,
  });
  const delivery = toDeliveryView(row);
  ctx.bus.changed('deliveries');
  ctx.bus.delivery(delivery);
  return delivery;
}
