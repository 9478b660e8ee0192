// Commission plans and who is on them. Plans are validated by the engine before they are
// stored; an edit applies to open periods only (locked periods keep their frozen copy).
import type { AssignmentView, PlanView } from '../../../preload/commissions-contract';
import type { ParsedInput } from '../../../preload/contract';
import {
  countAssignments,
  countLockedPeriods,
  deleteAssignmentRow,
  findAssignmentRow,
  findPlanRow,
  insertPlanRow,
  listAssignmentRows,
  listPlanRows,
  updatePlanRow,
  upsertAssignmentRow,
  type AssignmentRow,
  type PlanRow,
} from '../../../db/queries/commission-plans';
import { findRep, listReps } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import { audit } from '../audit/audit';
import type { Assignment, CommissionPlan } from '../../engine/commissions/plan';
import { validateAssignment, validatePlan, type Problem } from '../../engine/commissions/validate-plan';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

export function decodePlan(row: PlanRow): CommissionPlan {
  return JSON.parse(row.planJson) as CommissionPlan;
}

export function decodeTerms(row: AssignmentRow): Assignment {
  return JSON.parse(row.termsJson) as Assignment;
}

export function requirePlan(ctx: ServiceContext, id: number): { row: PlanRow; plan: CommissionPlan } {
  const row = findPlanRow(ctx.db, id) ?? fail('not_found', `There is no commission plan with id ${id}.`);
  return { row, plan: decodePlan(row) };
}

/** Fails with every problem listed (path: message), so the form can point at each field. */
export function failOnProblems(what: string, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  fail('invalid_input', `${what} ${problems.length === 1 ? 'has a problem' : `has ${problems.length} problems`}: ${list}.`, problems);
}

function toView(ctx: ServiceContext, row: PlanRow): PlanView {
  return {
    id: row.id,
    plan: decodePlan(row),
    archived: row.archived,
    assignedReps: countAssignments(ctx.db).get(row.id) ?? 0,
    lockedPeriods: countLockedPeriods(ctx.db).get(row.id) ?? 0,
    updatedAt: row.updatedAt,
  };
}

export function listPlans(ctx: ServiceContext): PlanView[] {
  return listPlanRows(ctx.db).map((row) => toView(ctx, row));
}

export function createPlan(ctx: ServiceContext, input: ParsedInput<'commissions.createPlan'>): PlanView {
  failOnProblems('The plan', validatePlan(input.plan));
  const row = inTransaction(ctx.db, () => {
    const now = ctx.now();
    const created = insertPlanRow(ctx.db, { name: input.plan.name, planJson: JSON.stringify(input.plan), archived: false, createdAt: now, updatedAt: now });
    audit(ctx, { action: 'commissionPlan.create', entity: { type: 'commissionPlan', id: created.id, label: created.name }, after: input.plan });
    return created;
  });
  ctx.bus.changed('commissions', 'audit');
  return toView(ctx, row);
}

export function updatePlan(ctx: ServiceContext, input: ParsedInput<'commissions.updatePlan'>): PlanView {
  failOnProblems('The plan', validatePlan(input.plan));
  const row = inTransaction(ctx.db, () => {
    const { plan: before } = requirePlan(ctx, input.id);
    // Locked statements carry balances in the plan's currency and are named by its periods.
    if ((countLockedPeriods(ctx.db).get(input.id) ?? 0) > 0) {
      if (before.currency !== input.plan.currency) fail('conflict', `This plan has locked periods paid in ${before.currency}; its currency stays. Create a new plan to pay in ${input.plan.currency}.`, { path: 'currency' });
      if (before.periodKind !== input.plan.periodKind) fail('conflict', `This plan has locked ${before.periodKind}ly periods; its period stays. Create a new plan for ${input.plan.periodKind}ly statements.`, { path: 'periodKind' });
    }
    const updated = updatePlanRow(ctx.db, input.id, { name: input.plan.name, planJson: JSON.stringify(input.plan), updatedAt: ctx.now() });
    audit(ctx, { action: 'commissionPlan.update', entity: { type: 'commissionPlan', id: input.id, label: input.plan.name }, before, after: input.plan });
    return updated;
  });
  ctx.bus.changed('commissions', 'audit');
  return toView(ctx, row ?? fail('not_found', `There is no commission plan with id ${input.id}.`));
}

export function archivePlan(ctx: ServiceContext, input: ParsedInput<'commissions.archivePlan'>): PlanView {
  const row = inTransaction(ctx.db, () => {
    const { row: before } = requirePlan(ctx, input.id);
    const updated = updatePlanRow(ctx.db, input.id, { archived: input.archived, updatedAt: ctx.now() });
    audit(ctx, { action: 'commissionPlan.archive', entity: { type: 'commissionPlan', id: input.id, label: before.name }, before: { archived: before.archived }, after: { archived: input.archived } });
    return updated;
  });
  ctx.bus.changed('commissions', 'audit');
  return toView(ctx, row ?? fail('not_found', `There is no commission plan with id ${input.id}.`));
}

function assignmentView(plan: CommissionPlan, row: AssignmentRow, repName: string): AssignmentView {
  const terms = decodeTerms(row);
  return { planId: row.planId, repId: row.repId, repName, terms, problems: validateAssignment(plan, terms) };
}

export function listAssignments(ctx: ServiceContext, input: ParsedInput<'commissions.listAssignments'>): AssignmentView[] {
  const { plan } = requirePlan(ctx, input.planId);
  const names = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  return listAssignmentRows(ctx.db, input.planId)
    .map((row) => assignmentView(plan, row, names.get(row.repId) ?? ''))
    .sort((a, b) => a.repName.localeCompare(b.repName));
}

export function saveAssignment(ctx: ServiceContext, input: ParsedInput<'commissions.saveAssignment'>): AssignmentView {
  const view = inTransaction(ctx.db, () => {
    const { plan } = requirePlan(ctx, input.planId);
    const rep = findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`);
    failOnProblems(`${rep.name}'s terms`, validateAssignment(plan, input.terms));
    const now = ctx.now();
    const previous = findAssignmentRow(ctx.db, input.planId, input.repId);
    const row = upsertAssignmentRow(ctx.db, { planId: input.planId, repId: input.repId, termsJson: JSON.stringify(input.terms), createdAt: now, updatedAt: now });
    audit(ctx, {
      action: 'commissionPlan.assign',
      entity: { type: 'rep', id: rep.id, label: `${rep.name} · ${plan.name}` },
      ...(previous ? { before: decodeTerms(previous) } : {}),
      after: input.terms,
    });
    return assignmentView(plan, row, rep.name);
  });
  ctx.bus.changed('commissions', 'audit');
  return view;
}

export function removeAssignment(ctx: ServiceContext, input: ParsedInput<'commissions.removeAssignment'>): { removed: true } {
  inTransaction(ctx.db, () => {
    const { plan } = requirePlan(ctx, input.planId);
    const previous = findAssignmentRow(ctx.db, input.planId, input.repId) ?? fail('not_found', 'That rep is not on this plan.');
    deleteAssignmentRow(ctx.db, input.planId, input.repId);
    const repName = findRep(ctx.db, input.repId)?.name ?? String(input.repId);
    audit(ctx, { action: 'commissionPlan.unassign', entity: { type: 'rep', id: input.repId, label: `${repName} · ${plan.name}` }, before: decodeTerms(previous) });
  });
  ctx.bus.changed('commissions', 'audit');
  return { removed: true };
}
