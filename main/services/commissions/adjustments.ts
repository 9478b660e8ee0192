// Manager adjustments: a signed amount with a reason, on a rep's statement in an open period.
// A locked statement is never touched; its corrections go to the next open period.
import type { ParsedInput } from '../../../preload/contract';
import { deleteAdjustment, findAdjustment, insertAdjustment, type AdjustmentRow } from '../../../db/queries/commission-records';
import { findRep } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { periodOfDay } from './calendar';
import { planContext, type PlanContext } from './history';
import { firstOpenPeriodFor } from './statements';
import { periodName } from './views';

/** Checks that the rep has an open statement in the period, and says which period to use if not. */
export function requireOpenStatement(ctx: ServiceContext, pc: PlanContext, repId: number, firstDay: string): void {
  const rep = findRep(ctx.db, repId) ?? fail('not_found', `There is no rep with id ${repId}.`);
  const name = periodName(pc.plan.periodKind, firstDay);
  if (pc.locked.has(firstDay)) {
    const next = firstOpenPeriodFor(ctx, pc, repId, firstDay);
    fail('conflict', `${name} is locked and its statements never change; ${next ? `use ${periodName(pc.plan.periodKind, next)}, the next open period.` : `${rep.name} has no open period on this plan.`}`);
  }
  if (periodOfDay(pc.plan.periodKind, firstDay, pc.calendar).firstDay !== firstDay) fail('invalid_input', `${firstDay} is not the first day of a period of this plan.`, { path: 'firstDay' });
  if (firstOpenPeriodFor(ctx, pc, repId, firstDay) !== firstDay) fail('not_found', `${rep.name} has no open statement on "${pc.plan.name}" for ${name}.`);
}

export function createAdjustment(
  ctx: ServiceContext,
  pc: PlanContext,
  fields: { repId: number; firstDay: string; amountMinor: number; reason: string; disputeId: number | null },
): AdjustmentRow {
  if (fields.amountMinor === 0) fail('invalid_input', 'An adjustment of 0 changes nothing; enter a positive amount to add or a negative one to deduct.', { path: 'amountMinor' });
  if (!Number.isSafeInteger(fields.amountMinor)) fail('invalid_input', 'The adjustment amount is too large.', { path: 'amountMinor' });
  requireOpenStatement(ctx, pc, fields.repId, fields.firstDay);
  return insertAdjustment(ctx.db, {
    planId: pc.planId,
    repId: fields.repId,
    periodFirstDay: fields.firstDay,
    amountMinor: fields.amountMinor,
    reason: fields.reason.trim(),
    disputeId: fields.disputeId,
    createdAt: ctx.now(),
  });
}

export function addAdjustment(ctx: ServiceContext, input: ParsedInput<'commissions.addAdjustment'>): { id: number; periodFirstDay: string } {
  const row = inTransaction(ctx.db, () => createAdjustment(ctx, planContext(ctx, input.planId), { ...input, disputeId: null }));
  ctx.bus.changed('commissions');
  return { id: row.id, periodFirstDay: row.periodFirstDay };
}

export function removeAdjustment(ctx: ServiceContext, input: ParsedInput<'commissions.removeAdjustment'>): { removed: true } {
  inTransaction(ctx.db, () => {
    const row = findAdjustment(ctx.db, input.id) ?? fail('not_found', `There is no adjustment with id ${input.id}.`);
    const pc = planContext(ctx, row.planId);
    if (pc.locked.has(row.periodFirstDay)) fail('conflict', `${periodName(pc.plan.periodKind, row.periodFirstDay)} is locked; its adjustments stay. Add a counter-adjustment in an open period instead.`);
    if (row.disputeId !== null) fail('conflict', `This adjustment resolved dispute #${row.disputeId}, so it stays; add a counter-adjustment with a reason instead.`);
    deleteAdjustment(ctx.db, row.id);
  });
  ctx.bus.changed('commissions');
  return { removed: true };
}
