import { and, asc, isNotNull, isNull, or, eq } from 'drizzle-orm';
import { hasOwnershipHistory } from '../../../db/queries/customers';
import { portfolioSettings, events } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { ensureCustomer } from './customers';
import { applyOwnership } from './ownership';
import { loadPortfolioSettings } from './settings';

/**
 * At start: the portfolio settings exist, and a database from before the portfolio has
 * its customers. The first time, every event that names a customer gets its customer, and
 * each customer is owned by the first rep its events scored for. Points stay exactly where
 * they were: adopting changes no score.
 */
export function ensurePortfolio(ctx: ServiceContext): void {
  inTransaction(ctx.db, () => {
    if (ctx.db.select().from(portfolioSettings).where(eq(portfolioSettings.id, 1)).get()) return;
    loadPortfolioSettings(ctx);
    ctx.db.update(events).set({ attributedBy: 'identity' }).where(and(isNotNull(events.repId), isNull(events.attributedBy))).run();
    adoptEvents(ctx, 'Owner of the first scored event (portfolio created from earlier events)');
  });
}

/**
 * Gives events that name a customer but have none yet their customer, and a customer
 * nobody owns yet the rep of its first scored event. Points stay where they scored.
 */
function adoptEvents(ctx: ServiceContext, reason: string): void {
  const waiting = ctx.db
    .select()
    .from(events)
    .where(and(isNull(events.customerId), isNull(events.retractedAt), or(isNotNull(events.customerExternalId), isNotNull(events.customerName))))
    .orderBy(asc(events.occurredAt), asc(events.id))
    .all();
  const claimed = new Set<number>();
  for (const event of waiting) {
    const found = ensureCustomer(ctx, event.sourceId, { externalId: event.customerExternalId, name: event.customerName }, event.occurredAt);
    if (!found) continue;
    ctx.db.update(events).set({ customerId: found.customer.id }).where(eq(events.id, event.id)).run();
    if (event.repId === null || event.reversesExternalId !== null || claimed.has(found.customer.id) || hasOwnershipHistory(ctx.db, found.customer.id)) continue;
    claimed.add(found.customer.id);
    applyOwnership(ctx, { kind: 'claim', effectiveAt: 0, reason, moves: [{ customer: found.customer, toRepId: event.repId }], keepReceivedEvents: true });
  }
}
