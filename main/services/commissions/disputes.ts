// Disputes: a rep flags a statement line with a comment; the manager answers from a queue,
// either with an adjustment (into the line's period if still open, else the next open one)
// or by rejecting it with a note. The line is kept as the rep saw it.
import type { DisputeView } from '../../../preload/commissions-contract';
import type { ParsedInput } from '../../../preload/contract';
import { listPlanRows } from '../../../db/queries/commission-plans';
import { findAdjustment, findDispute, insertDispute, listDisputeRows, updateDispute, type DisputeRow } from '../../../db/queries/commission-records';
import { listReps } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import type { CommissionPlan } from '../../engine/commissions/plan';
import { fromText, toMinorUnits } from '../../engine/commissions/rational';
import type { StatementLine } from '../../engine/commissions/statement-types';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { createAdjustment } from './adjustments';
import { periodOfDay } from './calendar';
import { planContext } from './history';
import { decodePlan } from './plans';
import { firstOpenPeriodFor, repStatement } from './statements';
import { getCalendar } from '../workspace';
import { lineWords, periodName, workspaceFormat } from './views';

export interface FlagInput {
  planId: number;
  firstDay: string;
  lineKey: string;
  comment: string;
}

function toViews(ctx: ServiceContext, rows: readonly DisputeRow[]): DisputeView[] {
  const plans = new Map(listPlanRows(ctx.db).map((p) => [p.id, decodePlan(p)] as [number, CommissionPlan]));
  const reps = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const calendar = getCalendar(ctx);
  const format = workspaceFormat(ctx);
  return rows.map((row) => {
    const plan = plans.get(row.planId);
    const line = JSON.parse(row.lineJson) as StatementLine;
    const words = lineWords(format, plan ?? { currency: calendar.baseCurrency, periodKind: 'month' });
    const adjustment = row.adjustmentId === null ? undefined : findAdjustment(ctx.db, row.adjustmentId);
    const period = periodOfDay(plan?.periodKind ?? 'month', row.periodFirstDay, calendar);
    return {
      id: row.id,
      planId: row.planId,
      planName: plan?.name ?? '',
      repId: row.repId,
      repName: reps.get(row.repId) ?? '',
      period: { firstDay: period.firstDay, lastDay: period.lastDay },
      currency: plan?.currency ?? calendar.baseCurrency,
      line: { key: line.key, amount: line.amount, amountMinor: toMinorUnits(fromText(line.amount)), description: words(line), trace: line.trace },
      comment: row.comment,
      status: row.status,
      resolutionNote: row.resolutionNote,
      adjustment: adjustment ? { id: adjustment.id, amountMinor: adjustment.amountMinor, periodFirstDay: adjustment.periodFirstDay } : null,
      createdAt: row.createdAt,
      resolvedAt: row.resolvedAt,
    };
  });
}

/** A rep flags one line of one of their own statements. */
export function flagLine(ctx: ServiceContext, repId: number, input: FlagInput): DisputeView {
  const comment = input.comment.trim();
  if (comment.length === 0) fail('invalid_input', 'Say what looks wrong about the line, so your manager can check it.', { path: 'comment' });
  if (comment.length > 1000) fail('invalid_input', 'Keep the comment under 1,000 characters.', { path: 'comment' });
  const row = inTransaction(ctx.db, () => {
    const statement = repStatement(ctx, { planId: input.planId, repId, firstDay: input.firstDay });
    const line = statement.lines.find((l) => l.key === input.lineKey) ?? fail('not_found', 'That line is not on the statement (it may have changed); reload the statement and flag it again.');
    if (line.dispute?.status === 'open') fail('conflict', 'This line is already flagged and waits for your manager.');
    const { amountMinor: _rounded, exact: _exact, dispute: _dispute, description: _words, ...stored } = line;
    return insertDispute(ctx.db, {
      planId: input.planId,
      repId,
      periodFirstDay: input.firstDay,
      lineKey: line.key,
      lineJson: JSON.stringify(stored),
      comment,
      status: 'open',
      resolutionNote: null,
      adjustmentId: null,
      createdAt: ctx.now(),
      resolvedAt: null,
    });
  });
  ctx.bus.changed('commissions');
  return toViews(ctx, [row])[0] ?? fail('internal', 'The dispute was stored but could not be read back.');
}

export function listDisputes(ctx: ServiceContext, input: ParsedInput<'commissions.listDisputes'>): DisputeView[] {
  return toViews(ctx, listDisputeRows(ctx.db, input.status === 'open' ? { status: 'open' } : {}));
}

export function disputesOfRep(ctx: ServiceContext, repId: number): DisputeView[] {
  return toViews(ctx, listDisputeRows(ctx.db, { repId }));
}

export function resolveDispute(ctx: ServiceContext, input: ParsedInput<'commissions.resolveDispute'>): DisputeView {
  const row = inTransaction(ctx.db, () => {
    const dispute = findDispute(ctx.db, input.id) ?? fail('not_found', `There is no dispute with id ${input.id}.`);
    if (dispute.status !== 'open') fail('conflict', `Dispute #${dispute.id} was already ${dispute.status === 'adjusted' ? 'resolved with an adjustment' : 'rejected'}.`);
    if (input.action === 'reject') {
      return updateDispute(ctx.db, dispute.id, { status: 'rejected', resolutionNote: input.note, resolvedAt: ctx.now() });
    }
    const pc = planContext(ctx, dispute.planId);
    const target = firstOpenPeriodFor(ctx, pc, dispute.repId, dispute.periodFirstDay);
    if (!target) fail('conflict', `There is no open period on "${pc.plan.name}" for this rep after ${periodName(pc.plan.periodKind, dispute.periodFirstDay)} to carry the adjustment.`);
    const adjustment = createAdjustment(ctx, pc, { repId: dispute.repId, firstDay: target, amountMinor: input.amountMinor, reason: input.note, disputeId: dispute.id });
    return updateDispute(ctx.db, dispute.id, { status: 'adjusted', resolutionNote: input.note, adjustmentId: adjustment.id, resolvedAt: ctx.now() });
  });
  ctx.bus.changed('commissions');
  return toViews(ctx, [row ?? fail('not_found', `There is no dispute with id ${input.id}.`)])[0] ?? fail('internal', 'The dispute could not be read back.');
}
