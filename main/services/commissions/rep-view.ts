// A rep's own commission statements through their private link: the periods of every plan
// they are (or were) on, each statement line by line, a PDF, flagging a line, what-if.
// The rep id always comes from the link, never from the request.
import type { RepProcedureOutput } from '../../../preload/rep-contract';
import { assignmentsOfRep, listPlanRows, repsWithFrozenStatements } from '../../../db/queries/commission-plans';
import type { ServiceContext } from '../context';
import type { RepHandlerSlice } from '../rep-view/handlers';
import { periodAt } from './calendar';
import { disputesOfRep, flagLine } from './disputes';
import { statementPdf } from './documents';
import { planContext } from './history';
import { oneHistory, repStatement } from './statements';
import { periodRef } from './views';
import { whatIfDeal } from './what-if';

export function repCommissionPeriods(ctx: ServiceContext, repId: number): RepProcedureOutput<'me.commissionPeriods'> {
  const onPlan = new Set(assignmentsOfRep(ctx.db, repId).map((a) => a.planId));
  const plans = listPlanRows(ctx.db).filter((p) => onPlan.has(p.id) || repsWithFrozenStatements(ctx.db, p.id).includes(repId));
  return plans.map((row) => {
    const pc = planContext(ctx, row.id);
    const current = periodAt(pc.plan.periodKind, ctx.now(), pc.calendar);
    const history = oneHistory(ctx, pc, repId, current.firstDay)?.periods ?? [];
    return {
      planId: row.id,
      planName: pc.plan.name,
      currency: pc.plan.currency,
      periods: history
        .map((entry) => ({ ...periodRef(entry.period, entry.locked), current: entry.period.firstDay === current.firstDay, payoutMinor: entry.statement.totals.payoutMinor }))
        .reverse(),
    };
  });
}

export const repCommissionHandlers: RepHandlerSlice = {
  'me.commissionPeriods': (_input, ctx, me) => repCommissionPeriods(ctx, me.repId),
  'me.commissionStatement': (input, ctx, me) => repStatement(ctx, { ...input, repId: me.repId }),
  'me.statementPdf': (input, ctx, me) => statementPdf(ctx, { ...input, repId: me.repId }),
  'me.flagLine': (input, ctx, me) => flagLine(ctx, me.repId, input),
  'me.commissionDisputes': (_input, ctx, me) => disputesOfRep(ctx, me.repId),
  'me.whatIf': (input, ctx, me) => whatIfDeal(ctx, { ...input, repId: me.repId }),
};
