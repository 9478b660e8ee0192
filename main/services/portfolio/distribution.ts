// Distributing unowned customers (incoming leads): the manager previews a plan with the
// resulting balance per rep, then confirms exactly that plan; or Fanfare places each new
// customer as it arrives, by the strategy set in the portfolio settings.
import { like } from 'drizzle-orm';
import type { DistributionPlanView, ParsedInput, RepScope } from '../../../preload/contract';
import { findCustomers, ownersAt, periodsOf, unownedCustomers, type CustomerRow } from '../../../db/queries/customers';
import { groupingIdsByRep, listGroupingsWithCounts } from '../../../db/queries/groupings';
import { distributionCursors } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { planDistribution, type DistributionPlan, type DistributionStrategy } from '../../engine/distribution';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { scopeKey, workingRepsIn } from '../organisation/scopes';
import type { ScoringSetup } from '../scoring';
import { applyOwnership } from './ownership';
import { balanceRows } from './balance';

interface PlanRequest {
  strategy: DistributionStrategy;
  pool: RepScope;
  fallback: 'round_robin' | 'leave';
  customers: CustomerRow[];
}

function territories(ctx: ServiceContext) {
  return listGroupingsWithCounts(ctx.db)
    .filter((g) => g.kind === 'territory')
    .map((g) => ({ id: g.id, regions: JSON.parse(g.regionsJson) as string[] }));
}

function loadCursors(ctx: ServiceContext, pool: RepScope): Map<string, number> {
  const prefix = `${scopeKey(pool)}|`;
  const rows = ctx.db.select().from(distributionCursors).where(like(distributionCursors.poolKey, `${prefix}%`)).all();
  return new Map(rows.map((r) => [r.poolKey.slice(prefix.length), r.lastRepId]));
}

function saveCursors(ctx: ServiceContext, pool: RepScope, cursors: ReadonlyMap<string, number>): void {
  for (const [rotation, lastRepId] of cursors) {
    const poolKey = `${scopeKey(pool)}|${rotation}`;
    ctx.db.insert(distributionCursors).values({ poolKey, lastRepId }).onConflictDoUpdate({ target: distributionCursors.poolKey, set: { lastRepId } }).run();
  }
}

function plan(ctx: ServiceContext, request: PlanRequest): { plan: DistributionPlan; pool: ReturnType<typeof workingRepsIn>; loads: Map<number, number> } {
  const pool = workingRepsIn(ctx, request.pool);
  const owners = ownersAt(ctx.db, ctx.now());
  const loads = new Map<number, number>();
  for (const repId of owners.values()) loads.set(repId, (loads.get(repId) ?? 0) + 1);
  const territoryIds = new Set(territories(ctx).map((t) => t.id));
  const memberships = groupingIdsByRep(ctx.db);
  const result = planDistribution({
    strategy: request.strategy,
    reps: pool.map((r) => ({ id: r.id, load: loads.get(r.id) ?? 0, capacity: r.capacity, territoryIds: (memberships.get(r.id) ?? []).filter((g) => territoryIds.has(g)) })),
    customers: request.customers.map((c) => ({ id: c.id, region: c.region })),
    territories: territories(ctx),
    fallback: request.fallback,
    cursors: loadCursors(ctx, request.pool),
  });
  return { plan: result, pool, loads };
}

/** The customers a request names (each must be unowned now), or every unowned customer. */
function requestedCustomers(ctx: ServiceContext, customerIds: readonly number[] | undefined): CustomerRow[] {
  const unowned = unownedCustomers(ctx.db, ctx.now());
  if (!customerIds) return unowned;
  const free = new Set(unowned.map((c) => c.id));
  const found = findCustomers(ctx.db, customerIds);
  const missing = customerIds.filter((id) => !found.some((c) => c.id === id));
  if (missing.length > 0) fail('not_found', `There is no customer with id ${missing.slice(0, 5).join(', ')}.`, { path: 'customerIds', missing });
  const owned = found.filter((c) => !free.has(c.id));
  if (owned.length > 0) {
    fail('conflict', `Only unowned customers are distributed; ${owned.slice(0, 5).map((c) => c.name).join(', ')} already ${owned.length === 1 ? 'has an owner' : 'have owners'}. Use Transfer to move them.`, {
      path: 'customerIds',
      owned: owned.map((c) => c.id),
    });
  }
  const order = new Map(unowned.map((c, i) => [c.id, i]));
  return found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function toView(ctx: ServiceContext, request: PlanRequest, result: ReturnType<typeof plan>): DistributionPlanView {
  const names = new Map(request.customers.map((c) => [c.id, c.name]));
  const added = new Map<number, number>();
  for (const a of result.plan.assignments) added.set(a.repId, (added.get(a.repId) ?? 0) + 1);
  return {
    assignments: result.plan.assignments.map((a) => ({ customerId: a.customerId, customerName: names.get(a.customerId) ?? '', repId: a.repId })),
    unassigned: result.plan.unassigned.map((u) => ({ customerId: u.customerId, customerName: names.get(u.customerId) ?? '', reason: u.reason })),
    balance: balanceRows(ctx, result.pool, result.loads, added, new Map()),
  };
}

export function previewDistribution(ctx: ServiceContext, input: ParsedInput<'distribution.preview'>): DistributionPlanView {
  return inTransaction(ctx.db, () => {
    const request = { strategy: input.strategy, pool: input.pool, fallback: input.fallback, customers: requestedCustomers(ctx, input.customerIds) };
    return toView(ctx, request, plan(ctx, request));
  });
}

const samePlan = (a: readonly { customerId: number; repId: number }[], b: readonly { customerId: number; repId: number }[]) =>
  a.length === b.length && a.every((x, i) => x.customerId === b[i]?.customerId && x.repId === b[i]?.repId);

/**
 * Applies the plan the manager confirmed. The plan is computed again: if the team, the
 * portfolios or the unowned customers changed since the preview, nothing is written and
 * the manager is asked to review the new balance.
 */
export function applyDistribution(ctx: ServiceContext, input: ParsedInput<'distribution.apply'>): { changeId: number; assigned: number; movedEvents: number } {
  const result = inTransaction(ctx.db, () => {
    const request = { strategy: input.strategy, pool: input.pool, fallback: input.fallback, customers: requestedCustomers(ctx, input.customerIds) };
    const planned = plan(ctx, request);
    if (!samePlan(planned.plan.assignments, input.assignments)) {
      fail('conflict', 'The team or the unowned customers changed since this preview. Review the new balance and confirm again.', { path: 'assignments', plan: toView(ctx, request, planned) });
    }
    const byId = new Map(request.customers.map((c) => [c.id, c]));
    const applied = applyOwnership(ctx, {
      kind: 'distribute',
      effectiveAt: 0,
      reason: input.reason || `Distributed by ${input.strategy.replace('_', '-')}`,
      strategy: input.strategy,
      moves: planned.plan.assignments.map((a) => {
        const customer = byId.get(a.customerId) as CustomerRow;
        // A customer that had an owner before (who left) changes hands from now; a new lead from its first event.
        return { customer, toRepId: a.repId, ...(hadOwner(ctx, customer) ? { effectiveAt: ctx.now() } : {}) };
      }),
    });
    saveCursors(ctx, request.pool, planned.plan.cursors);
    const change = applied.change ?? fail('conflict', 'There was nothing left to distribute.');
    audit(ctx, {
      action: 'portfolio.distribute',
      entity: { type: 'portfolio', id: change.id, label: `${applied.customers} customers by ${input.strategy}` },
      after: { strategy: input.strategy, pool: input.pool, reason: change.reason, assignments: toView(ctx, request, planned).balance.filter((b) => b.added > 0).map((b) => ({ rep: b.name, added: b.added })) },
    });
    return { changeId: change.id, assigned: applied.customers, movedEvents: applied.movedEvents };
  });
  ctx.bus.changed('customers', 'events', 'ledger', 'audit');
  return result;
}

const hadOwner = (ctx: ServiceContext, customer: CustomerRow) => periodsOf(ctx.db, customer.id).length > 0;

/**
 * Places one new customer that arrived without a rep, by the automatic strategy in the
 * settings (inside the ingest transaction). Returns the new owner, or null when the
 * strategy is off or finds nobody.
 */
export function autoDistribute(ctx: ServiceContext, setup: ScoringSetup, settings: { autoStrategy: string; pool: RepScope }, customer: CustomerRow, effectiveAt: number): number | null {
  if (settings.autoStrategy === 'off') return null;
  const request: PlanRequest = { strategy: settings.autoStrategy as DistributionStrategy, pool: settings.pool, fallback: 'round_robin', customers: [customer] };
  const planned = plan(ctx, request);
  const assignment = planned.plan.assignments[0];
  if (!assignment) return null;
  applyOwnership(ctx, { kind: 'distribute', effectiveAt, reason: 'New customer placed automatically', strategy: request.strategy, moves: [{ customer, toRepId: assignment.repId }], setup });
  saveCursors(ctx, request.pool, planned.plan.cursors);
  return assignment.repId;
}
