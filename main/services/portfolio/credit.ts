// Who an incoming event scores for, decided at ingest (see ingest.ts):
// 1. the rep the source names is resolved as before (identity mapping, then e-mail);
// 2. the customer the event is about is found or created in the portfolio;
// 3. the credit policy picks between the customer's owner at the event's instant and the
//    named rep (engine/ownership.ts `creditFor`);
// 4. an unowned customer is claimed by the named rep (if that setting is on), or placed by
//    the automatic distribution when nobody can be credited.
import { claimNewCustomer, hasOwnershipHistory, ownerAtInstant, periodsOf } from '../../../db/queries/customers';
import { findRep } from '../../../db/queries/reps';
import { REVERSING_TYPES } from '../../engine/event-types';
import { creditFor, checkCut, namesARep, type Credit } from '../../engine/ownership';
import type { IncomingEvent } from '../../ingest/incoming-event';
import type { ServiceContext } from '../context';
import type { ScoringSetup } from '../scoring';
import { ensureCustomer } from './customers';
import { autoDistribute } from './distribution';
import { applyOwnership } from './ownership';
import { loadPortfolioSettings, poolOf, type PortfolioSettingsRow } from './settings';

export interface IngestCredit {
  repId: number | null;
  attributedBy: 'identity' | 'owner' | null;
  customerId: number | null;
}

const isWorking = (ctx: ServiceContext, repId: number) => {
  const rep = findRep(ctx.db, repId);
  return rep !== undefined && rep.active && rep.leftOn === null;
};

export function creditIncoming(
  ctx: ServiceContext,
  scoring: ScoringSetup,
  settings: PortfolioSettingsRow,
  sourceId: string,
  event: IncomingEvent,
  namedRepId: number | null,
): IngestCredit {
  const found = ensureCustomer(ctx, sourceId, { externalId: event.customerExternalId, name: event.customerName, region: event.customerRegion ?? null }, event.occurredAt);
  const facts = { policy: settings.creditTo, namedRepId, namesSomeone: namesARep(event.identity, event.customerExternalId) };
  if (!found) return withCustomer(creditFor({ ...facts, ownerRepId: null }), null);
  const customer = found.customer;
  const owner = ownerAtInstant(ctx.db, customer.id, event.occurredAt);
  let credit = creditFor({ ...facts, ownerRepId: owner });
  if (owner !== null || REVERSING_TYPES.has(event.type)) return withCustomer(credit, customer.id);

  // An unowned customer: a brand-new one is owned from its first event; one whose owner
  // left is owned from this event on (never before its last change of owner).
  const effectiveAt = found.created ? 0 : event.occurredAt;
  if (!found.created && !checkCut(periodsOf(ctx.db, customer.id), effectiveAt).ok) return withCustomer(credit, customer.id);
  let newOwner: number | null = null;
  if (credit.by === 'identity' && settings.claimOnFirstEvent && isWorking(ctx, credit.repId)) {
    const reason = 'The first event about this customer named this rep';
    // A brand-new customer has no earlier events to move: the lean path (ingest's hot path).
    if (found.created) claimNewCustomer(ctx.db, { customerId: customer.id, repId: credit.repId, kind: 'claim', reason, strategy: null, actor: ctx.actor ?? 'system', createdAt: ctx.now() });
    else applyOwnership(ctx, { kind: 'claim', effectiveAt, reason, moves: [{ customer, toRepId: credit.repId }], setup: scoring });
    newOwner = credit.repId;
  } else if (credit.repId === null) {
    newOwner = autoDistribute(ctx, scoring, { autoStrategy: settings.autoStrategy, pool: poolOf(settings) }, customer, effectiveAt);
  }
  if (newOwner !== null) credit = creditFor({ ...facts, ownerRepId: newOwner });
  return withCustomer(credit, customer.id);
}

/**
 * A held event just got its rep (the identity was mapped, or a rep with that e-mail was
 * added): a customer nobody ever owned joins that rep's portfolio, as it would have if the
 * rep had been known when the event arrived.
 */
export function claimForResolvedEvent(ctx: ServiceContext, customerId: number | null, repId: number): void {
  if (customerId === null || hasOwnershipHistory(ctx.db, customerId)) return;
  const settings = loadPortfolioSettings(ctx);
  if (!settings.claimOnFirstEvent || !isWorking(ctx, repId)) return;
  claimNewCustomer(ctx.db, { customerId, repId, kind: 'claim', reason: 'Its first events named this rep', strategy: null, actor: ctx.actor ?? 'system', createdAt: ctx.now() });
}

function withCustomer(credit: Credit, customerId: number | null): IngestCredit {
  return { repId: credit.repId, attributedBy: credit.by, customerId };
}
