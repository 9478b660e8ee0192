// The rep's own portfolio, for their private link. Everything here is filtered by the
// owner at this moment: a customer transferred away disappears from the old rep's view
// at once, and nothing says who owns it now or who had it before.
import type { RepCustomer, RepProcedureOutput } from '../../../preload/rep-contract';
import { eventsOfCustomer, findCustomer, pageCustomers, periodsOf } from '../../../db/queries/customers';
import { ledgerOfEvents } from '../../../db/queries/ledger';
import { isEventType, type EventType } from '../../engine/event-types';
import { ownerAt } from '../../engine/ownership';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { describeCustomers } from '../portfolio/views';

function toRepCustomer(ctx: ServiceContext, repId: number, customer: ReturnType<typeof describeCustomers>[number]): RepCustomer {
  const periods = periodsOf(ctx.db, customer.id);
  const next = periods.find((p) => p.fromAt > ctx.now());
  return {
    id: customer.id,
    name: customer.name,
    region: customer.region,
    since: customer.ownerSince ?? 0,
    leavingAt: next && next.repId !== repId ? next.fromAt : null,
    dealsWon: customer.dealsWon,
    wonAmounts: customer.wonAmounts,
    paidAmounts: customer.paidAmounts,
    lastActivityAt: customer.lastActivityAt,
    lastActivityType: customer.lastActivityType,
  };
}

export function repPortfolio(ctx: ServiceContext, repId: number, input: { search?: string | undefined; limit: number; offset: number }): RepProcedureOutput<'me.portfolio'> {
  const page = pageCustomers(ctx.db, { owner: { kind: 'rep', repId }, at: ctx.now(), ...(input.search ? { search: input.search } : {}), limit: input.limit, offset: input.offset });
  return { total: page.total, customers: describeCustomers(ctx, page.rows).map((c) => toRepCustomer(ctx, repId, c)) };
}

/** One of the rep's customers with its events; any other customer id answers "not found", whoever owns it. */
export function repCustomer(ctx: ServiceContext, repId: number, customerId: number): RepProcedureOutput<'me.customer'> {
  const row = findCustomer(ctx.db, customerId);
  if (!row || ownerAt(periodsOf(ctx.db, row.id), ctx.now()) !== repId) fail('not_found', 'This customer is not in your portfolio.');
  const [customer] = describeCustomers(ctx, [row]);
  const events = eventsOfCustomer(ctx.db, row.id).reverse().slice(0, 500);
  const ledger = ledgerOfEvents(ctx.db, events.map((e) => e.id));
  return {
    customer: toRepCustomer(ctx, repId, customer as ReturnType<typeof describeCustomers>[number]),
    events: events.map((e) => ({
      id: e.id,
      type: (isEventType(e.type) ? e.type : 'activity') as EventType,
      occurredAt: e.occurredAt,
      amountMinor: e.amountMinor,
      currency: e.currency,
      points: ledger.filter((l) => l.eventId === e.id && l.repId === repId).reduce((sum, l) => sum + l.points, 0),
    })),
  };
}
