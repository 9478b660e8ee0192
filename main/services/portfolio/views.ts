// Reading the portfolio: customers with their deals, payments and last activity, by owner.
import type { AmountByCurrency, Customer, OwnershipChange, ParsedInput } from '../../../preload/contract';
import {
  customerTotals,
  eventsOfCustomer,
  findCustomer,
  itemsOfChanges,
  lastEventTypes,
  listChanges,
  ownersAt,
  pageCustomers,
  periodsOf,
  updateCustomerRow,
  countCustomers,
  countUnowned,
  type CustomerRow,
} from '../../../db/queries/customers';
import { ledgerOfEvents } from '../../../db/queries/ledger';
import { listReps } from '../../../db/queries/reps';
import { listSources } from '../../../db/queries/sources';
import { inTransaction } from '../../../db/transaction';
import { isEventType, type EventType } from '../../engine/event-types';
import { ownerAt } from '../../engine/ownership';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { avatarUrls } from '../organisation/avatars';

function addAmount(map: Map<string, number>, currency: string | null, minor: number): void {
  if (!currency || minor === 0) return;
  map.set(currency, (map.get(currency) ?? 0) + minor);
}

const amounts = (map: Map<string, number>): AmountByCurrency[] =>
  [...map.entries()].filter(([, minor]) => minor !== 0).sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, minor }));

/** Customers as the manager sees them: owner now, a transfer already scheduled, deals won (net of reopenings), payments (net of refunds). */
export function describeCustomers(ctx: ServiceContext, rows: readonly CustomerRow[]): Customer[] {
  const now = ctx.now();
  const ids = rows.map((r) => r.id);
  const repNames = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const sourceNames = new Map(listSources(ctx.db).map((s) => [s.id, s.name]));
  const totals = customerTotals(ctx.db, ids);
  const lastTypes = lastEventTypes(ctx.db, ids);
  return rows.map((row) => {
    const periods = periodsOf(ctx.db, row.id);
    const owner = ownerAt(periods, now);
    const current = periods.find((p) => p.repId === owner && p.fromAt <= now && (p.toAt === null || p.toAt > now));
    const next = periods.find((p) => p.fromAt > now);
    let dealsWon = 0;
    const won = new Map<string, number>();
    const paid = new Map<string, number>();
    for (const t of totals.filter((x) => x.customerId === row.id)) {
      if (t.type === 'deal.won' || t.type === 'deal.reopened') {
        const sign = t.type === 'deal.won' ? 1 : -1;
        dealsWon += sign * t.count;
        addAmount(won, t.currency, sign * t.amountMinor);
      }
      if (t.type === 'payment.confirmed') addAmount(paid, t.currency, t.amountMinor);
      if (t.type === 'payment.refunded') addAmount(paid, t.currency, -t.amountMinor);
    }
    const lastType = lastTypes.get(row.id);
    return {
      id: row.id,
      name: row.name,
      sourceId: row.sourceId,
      sourceName: sourceNames.get(row.sourceId) ?? row.sourceId,
      region: row.region,
      ownerRepId: owner,
      ownerName: owner === null ? null : (repNames.get(owner) ?? null),
      ownerSince: current ? current.fromAt : null,
      scheduled: next ? { repId: next.repId, repName: repNames.get(next.repId) ?? '', at: next.fromAt } : null,
      dealsWon: Math.max(0, dealsWon),
      wonAmounts: amounts(won),
      paidAmounts: amounts(paid),
      lastActivityAt: row.lastActivityAt,
      lastActivityType: lastType && isEventType(lastType) ? lastType : null,
    };
  });
}

export function listPortfolioCustomers(ctx: ServiceContext, input: ParsedInput<'portfolio.customers'>): { total: number; customers: Customer[] } {
  const page = pageCustomers(ctx.db, { owner: input.owner, at: ctx.now(), ...(input.search ? { search: input.search } : {}), limit: input.limit, offset: input.offset });
  return { total: page.total, customers: describeCustomers(ctx, page.rows) };
}

export function portfolioSummary(ctx: ServiceContext) {
  const counts = new Map<number, number>();
  for (const repId of ownersAt(ctx.db, ctx.now()).values()) counts.set(repId, (counts.get(repId) ?? 0) + 1);
  const avatars = avatarUrls(ctx);
  const total = countCustomers(ctx.db);
  return {
    reps: listReps(ctx.db).map((r) => ({ repId: r.id, name: r.name, avatarUrl: avatars.get(r.id) ?? null, active: r.active, leftOn: r.leftOn, customerCount: counts.get(r.id) ?? 0, capacity: r.capacity })),
    // Customers a distribution can place (unowned now, and no transfer to someone already scheduled).
    unownedCount: countUnowned(ctx.db, ctx.now()),
    totalCustomers: total,
  };
}

export function describeChanges(ctx: ServiceContext, changes: ReturnType<typeof listChanges>): OwnershipChange[] {
  const repNames = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const items = itemsOfChanges(ctx.db, changes.map((c) => c.id));
  const customerNames = new Map<number, string>();
  return changes.map((change) => {
    const mine = items.filter((i) => i.changeId === change.id);
    const from = [...new Set(mine.map((i) => i.fromRepId).filter((id): id is number => id !== null))];
    const to = new Map<number, number>();
    for (const i of mine) if (i.toRepId !== null) to.set(i.toRepId, (to.get(i.toRepId) ?? 0) + 1);
    const names = mine.slice(0, 20).map((i) => {
      if (!customerNames.has(i.customerId)) customerNames.set(i.customerId, findCustomer(ctx.db, i.customerId)?.name ?? '');
      return customerNames.get(i.customerId) ?? '';
    });
    return {
      id: change.id,
      kind: change.kind,
      toRepId: change.toRepId,
      toRepName: change.toRepId === null ? null : (repNames.get(change.toRepId) ?? null),
      fromRepNames: from.map((id) => repNames.get(id) ?? ''),
      toRepCounts: [...to.entries()].map(([repId, count]) => ({ repId, name: repNames.get(repId) ?? '', count })).sort((a, b) => a.name.localeCompare(b.name)),
      effectiveAt: change.effectiveAt,
      reason: change.reason,
      strategy: change.strategy,
      customerCount: change.customerCount,
      movedEvents: change.movedEvents,
      movedPoints: change.movedPoints,
      actor: change.actor,
      createdAt: change.createdAt,
      customerNames: names,
    };
  });
}

export function portfolioHistory(ctx: ServiceContext, input: ParsedInput<'portfolio.history'>): OwnershipChange[] {
  // Claims (a first event naming its rep) are routine; the history shows what people decided.
  return describeChanges(ctx, listChanges(ctx.db, { ...(input.repId !== undefined ? { repId: input.repId } : {}), limit: input.limit, excludeClaims: true }));
}

export function customerDetail(ctx: ServiceContext, id: number) {
  const row = findCustomer(ctx.db, id) ?? fail('not_found', `There is no customer with id ${id}.`);
  const [customer] = describeCustomers(ctx, [row]);
  const repNames = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const events = eventsOfCustomer(ctx.db, id).reverse().slice(0, 500);
  const ledger = ledgerOfEvents(ctx.db, events.map((e) => e.id));
  return {
    customer: customer as Customer,
    events: events.map((e) => ({
      id: e.id,
      type: (isEventType(e.type) ? e.type : 'activity') as EventType,
      occurredAt: e.occurredAt,
      amountMinor: e.amountMinor,
      currency: e.currency,
      repName: e.repId === null ? null : (repNames.get(e.repId) ?? null),
      points: ledger.filter((l) => l.eventId === e.id && l.repId === e.repId).reduce((sum, l) => sum + l.points, 0),
    })),
    history: describeChanges(ctx, listChanges(ctx.db, { customerId: id, limit: 100 })),
  };
}

export function updateCustomer(ctx: ServiceContext, input: ParsedInput<'portfolio.updateCustomer'>): Customer {
  const row = inTransaction(ctx.db, () => {
    const before = findCustomer(ctx.db, input.id) ?? fail('not_found', `There is no customer with id ${input.id}.`);
    const after = updateCustomerRow(ctx.db, input.id, { ...(input.region !== undefined ? { region: input.region } : {}) }) as CustomerRow;
    audit(ctx, { action: 'customer.update', entity: { type: 'customer', id: after.id, label: after.name }, before: { region: before.region }, after: { region: after.region } });
    return after;
  });
  ctx.bus.changed('customers', 'audit');
  return describeCustomers(ctx, [row])[0] as Customer;
}
