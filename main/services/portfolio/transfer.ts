// Moving customers to another rep: one, a selection, or a whole portfolio, with an
// effective date and a reason. Preview runs the very same change and rolls it back, so
// the numbers shown before confirming are the numbers the change produces.
import type { ParsedInput } from '../../../preload/contract';
import { findCustomers, ownersAt, type CustomerRow } from '../../../db/queries/customers';
import { openPortfolioOf } from '../../../db/queries/customers';
import { findRep, listReps, type RepRow } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import { dayStart, isLocalDay } from '../../engine/local-days';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getCalendar } from '../workspace';
import { balanceRows } from './balance';
import { applyOwnership, type AppliedChange } from './ownership';

type TransferInput = ParsedInput<'portfolio.previewTransfer'>;

interface Targets {
  customers: CustomerRow[];
  to: RepRow;
  from: RepRow | null;
  effectiveAt: number;
}

function targets(ctx: ServiceContext, input: TransferInput): Targets {
  const to = findRep(ctx.db, input.toRepId) ?? fail('not_found', `There is no rep with id ${input.toRepId}.`, { path: 'toRepId' });
  if (!to.active || to.leftOn !== null) fail('conflict', `${to.name} is not active; customers can only go to an active rep.`, { path: 'toRepId' });
  if ((input.customerIds === undefined) === (input.fromRepId === undefined)) {
    fail('invalid_input', 'Name the customers to move (customerIds), or the rep whose whole portfolio moves (fromRepId).', { path: 'customerIds' });
  }
  let customers: CustomerRow[];
  let from: RepRow | null = null;
  if (input.customerIds) {
    const ids = [...new Set(input.customerIds)];
    customers = findCustomers(ctx.db, ids);
    const missing = ids.filter((id) => !customers.some((c) => c.id === id));
    if (missing.length > 0) fail('not_found', `There is no customer with id ${missing.slice(0, 5).join(', ')}.`, { path: 'customerIds', missing });
  } else {
    from = findRep(ctx.db, input.fromRepId as number) ?? fail('not_found', `There is no rep with id ${input.fromRepId}.`, { path: 'fromRepId' });
    if (from.id === to.id) fail('invalid_input', 'Choose another rep to take over the portfolio.', { path: 'toRepId' });
    customers = openPortfolioOf(ctx.db, from.id);
    if (customers.length === 0) fail('invalid_input', `${from.name} has no customers to hand over.`, { path: 'fromRepId' });
  }
  if (input.effective.kind === 'day' && !isLocalDay(input.effective.day)) {
    fail('invalid_input', `"${input.effective.day}" is not a calendar day; write it as YYYY-MM-DD.`, { path: 'effective.day' });
  }
  const effectiveAt = input.effective.kind === 'start' ? 0 : dayStart(input.effective.day, getCalendar(ctx).timeZone);
  return { customers, to, from, effectiveAt };
}

function change(ctx: ServiceContext, t: Targets, reason: string): AppliedChange {
  const owners = ownersAt(ctx.db, Math.max(ctx.now(), t.effectiveAt));
  const allUnowned = t.customers.every((c) => !owners.has(c.id));
  return applyOwnership(ctx, {
    kind: allUnowned ? 'assign' : 'transfer',
    effectiveAt: t.effectiveAt,
    reason,
    moves: t.customers.map((customer) => ({ customer, toRepId: t.to.id })),
  });
}

class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('preview');
  }
}

/** What a transfer would do: customers, events and points that would move, and the balance per rep. */
export function previewTransfer(ctx: ServiceContext, input: TransferInput) {
  try {
    inTransaction(ctx.db, () => {
      const t = targets(ctx, input);
      const at = Math.max(ctx.now(), t.effectiveAt);
      const before = ownersAt(ctx.db, at);
      const applied = change(ctx, t, 'preview');
      const after = ownersAt(ctx.db, at);
      const count = (owners: Map<number, number>) => {
        const loads = new Map<number, number>();
        for (const repId of owners.values()) loads.set(repId, (loads.get(repId) ?? 0) + 1);
        return loads;
      };
      const loadsBefore = count(before);
      const loadsAfter = count(after);
      const involved = listReps(ctx.db).filter((r) => r.id === t.to.id || (loadsBefore.get(r.id) ?? 0) !== (loadsAfter.get(r.id) ?? 0));
      const added = new Map<number, number>();
      const removed = new Map<number, number>();
      for (const rep of involved) {
        const diff = (loadsAfter.get(rep.id) ?? 0) - (loadsBefore.get(rep.id) ?? 0);
        if (diff > 0) added.set(rep.id, diff);
        if (diff < 0) removed.set(rep.id, -diff);
      }
      throw new Rollback({
        customers: applied.customers,
        movedEvents: applied.movedEvents,
        movedPoints: applied.movedPoints,
        balance: balanceRows(ctx, involved, loadsBefore, added, removed),
      });
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as { customers: number; movedEvents: number; movedPoints: number; balance: ReturnType<typeof balanceRows> };
    throw error;
  }
  throw new Error('unreachable');
}

export function transferCustomers(ctx: ServiceContext, input: ParsedInput<'portfolio.transfer'>): { changeId: number; customers: number; movedEvents: number; movedPoints: number } {
  const result = inTransaction(ctx.db, () => {
    const t = targets(ctx, input);
    const owners = ownersAt(ctx.db, Math.max(ctx.now(), t.effectiveAt));
    const repNames = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
    const applied = change(ctx, t, input.reason);
    const done = applied.change ?? fail('conflict', `${t.customers.length === 1 ? 'This customer already belongs' : 'These customers already belong'} to ${t.to.name}.`, { path: 'toRepId' });
    audit(ctx, {
      action: `portfolio.${done.kind}`,
      entity: { type: 'portfolio', id: done.id, label: `${applied.customers} customer${applied.customers === 1 ? '' : 's'} to ${t.to.name}` },
      before: { owners: t.customers.slice(0, 200).map((c) => ({ customer: c.name, owner: repNames.get(owners.get(c.id) ?? -1) ?? null })) },
      after: {
        owner: t.to.name,
        ...(t.from ? { wholePortfolioOf: t.from.name } : {}),
        effective: input.effective.kind === 'start' ? 'first event' : input.effective.day,
        reason: input.reason,
        movedEvents: applied.movedEvents,
        movedPoints: applied.movedPoints,
      },
    });
    return { changeId: done.id, customers: applied.customers, movedEvents: applied.movedEvents, movedPoints: applied.movedPoints };
  });
  ctx.bus.changed('customers', 'events', 'ledger', 'audit');
  return result;
}
