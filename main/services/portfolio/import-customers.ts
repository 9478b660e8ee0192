import { claimNewCustomers, deleteUnusedCustomers, hasOwnershipHistory, touchCustomer } from '../../../db/queries/customers';
import type { ServiceContext } from '../context';
import { customerKey, ensureCustomer } from './customers';

interface Seen {
  id: number;
  created: boolean;
  /** The span of activity the database has for the customer, and the one this import adds. */
  stored: { first: number; last: number };
  span: { first: number; last: number };
  /** The first scored (not refund) event of the import that names the customer: who would claim it. */
  claim: { at: number; eventId: number; repId: number } | null;
}

/**
 * The portfolio customers of an import's events, resolved while the events are written (the
 * customer id goes into the event's own row): one lookup per customer instead of one per
 * row. At the end, spans of activity are widened once per customer, and each customer nobody
 * owned yet goes to the rep of its earliest scored event in the file, in one change of owner.
 * Imported rows credit the rep the file names, so no point moves.
 */
export class ImportCustomers {
  private readonly seen = new Map<string, Seen>();
  private readonly byId = new Map<number, Seen>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly sourceId: string,
  ) {}

  /** The customer an event names (created the first time), or null when it names none. */
  customerOf(name: string | null, occurredAt: number): number | null {
    const key = customerKey({ externalId: null, name });
    if (!key) return null;
    const mapKey = `${key.keyKind}\u0000${key.keyValue}`;
    const known = this.seen.get(mapKey);
    if (known) {
      if (occurredAt < known.span.first) known.span.first = occurredAt;
      if (occurredAt > known.span.last) known.span.last = occurredAt;
      return known.id;
    }
    const found = ensureCustomer(this.ctx, this.sourceId, { externalId: null, name }, occurredAt);
    if (!found) return null;
    const { firstSeenAt, lastActivityAt } = found.customer;
    const customer: Seen = {
      id: found.customer.id,
      created: found.created,
      stored: { first: firstSeenAt, last: lastActivityAt },
      span: { first: firstSeenAt, last: lastActivityAt },
      claim: null,
    };
    this.seen.set(mapKey, customer);
    this.byId.set(customer.id, customer);
    return customer.id;
  }

  /** Notes a stored event that scored for a rep: the earliest one per customer may claim it. */
  scoredFor(customerId: number | null, eventId: number, occurredAt: number, repId: number): void {
    const known = customerId === null ? undefined : this.byId.get(customerId);
    if (!known) return;
    const claim = known.claim;
    if (!claim || occurredAt < claim.at || (occurredAt === claim.at && eventId < claim.eventId)) known.claim = { at: occurredAt, eventId, repId };
  }

  /**
   * Closes the import (inside its final transaction): writes the widened spans of activity and
   * gives each customer nobody owns yet the rep of its earliest scored event.
   */
  finish(reason: string): void {
    this.writeSpans();
    this.claimUnowned(reason);
  }

  private writeSpans(): void {
    for (const customer of this.byId.values()) {
      const { stored, span } = customer;
      if (span.first < stored.first) touchCustomer(this.ctx.db, customer.id, span.first);
      if (span.last > stored.last) touchCustomer(this.ctx.db, customer.id, span.last);
    }
  }

  private claimUnowned(reason: string): void {
    const claims = new Map<number, number>();
    for (const customer of this.byId.values()) {
      if (customer.claim && !hasOwnershipHistory(this.ctx.db, customer.id)) claims.set(customer.id, customer.claim.repId);
    }
    claimNewCustomers(this.ctx.db, claims, { reason, actor: this.ctx.actor ?? 'system', createdAt: this.ctx.now() });
  }

  /** A cancelled or failed import: the customers it created that no live event names go again. */
  forgetCreated(): void {
    deleteUnusedCustomers(
      this.ctx.db,
      [...this.byId.values()].filter((c) => c.created).map((c) => c.id),
    );
  }
}
