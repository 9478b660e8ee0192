import type { HandlerSlice } from '../handler-map';
import { addAdjustment, removeAdjustment } from './adjustments';
import { periodDeals, saveDealTerm, saveSplit } from './deals';
import { listDisputes, resolveDispute } from './disputes';
import { exportPayoutsCsv, statementPdf } from './documents';
import { archivePlan, createPlan, listAssignments, listPlans, removeAssignment, saveAssignment, updatePlan } from './plans';
import { listPeriods, lockPeriod, periodStatements, repStatement } from './statements';
import { whatIfDeal } from './what-if';

/** The commission procedures of the manager API. */
export const commissionHandlers: HandlerSlice = {
  'commissions.listPlans': (_input, ctx) => listPlans(ctx),
  'commissions.createPlan': (input, ctx) => createPlan(ctx, input),
  'commissions.updatePlan': (input, ctx) => updatePlan(ctx, input),
  'commissions.archivePlan': (input, ctx) => archivePlan(ctx, input),
  'commissions.listAssignments': (input, ctx) => listAssignments(ctx, input),
  'commissions.saveAssignment': (input, ctx) => saveAssignment(ctx, input),
  'commissions.removeAssignment': (input, ctx) => removeAssignment(ctx, input),
  'commissions.listPeriods': (input, ctx) => listPeriods(ctx, input),
  'commissions.periodStatements': (input, ctx) => periodStatements(ctx, input),
  'commissions.statement': (input, ctx) => repStatement(ctx, input),
  'commissions.lockPeriod': (input, ctx) => lockPeriod(ctx, input),
  'commissions.addAdjustment': (input, ctx) => addAdjustment(ctx, input),
  'commissions.removeAdjustment': (input, ctx) => removeAdjustment(ctx, input),
  'commissions.listDisputes': (input, ctx) => listDisputes(ctx, input),
  'commissions.resolveDispute': (input, ctx) => resolveDispute(ctx, input),
  'commissions.periodDeals': (input, ctx) => periodDeals(ctx, input),
  'commissions.saveSplit': (input, ctx) => saveSplit(ctx, input),
  'commissions.saveDealTerm': (input, ctx) => saveDealTerm(ctx, input),
  'commissions.whatIf': (input, ctx) => whatIfDeal(ctx, input),
  'commissions.exportCsv': (input, ctx) => exportPayoutsCsv(ctx, input),
  'commissions.statementPdf': (input, ctx) => statementPdf(ctx, input),
};
