import { repProcedures, type RepParsedInput, type RepProcedureName, type RepProcedureOutput } from '../../../preload/rep-contract';
import type { Result } from '../../../preload/contract';
import { repCommissionHandlers } from '../commissions/rep-view';
import type { ServiceContext } from '../context';
import { mergeSlices, runProcedure } from '../handler-map';
import { badgeCabinet } from '../gamification/badges';
import { createGoal, deleteGoal, ensureDefaultGoals, goalsForRep, updateGoal } from '../gamification/goals';
import { markNotificationsRead, notificationFeed } from '../gamification/notifications';
import { repDashboard, setAlias } from './gamification';
import { repHistory, repLeaderboard, repProfile } from './performance';
import { repCustomer, repPortfolio } from './portfolio';

/** Who is asking: bound from the link's token by the server, never taken from the input. */
export interface RepIdentity {
  repId: number;
}

export type RepHandler<N extends RepProcedureName> = (input: RepParsedInput<N>, ctx: ServiceContext, me: RepIdentity) => RepProcedureOutput<N> | Promise<RepProcedureOutput<N>>;
export type RepHandlerMap = { [N in RepProcedureName]: RepHandler<N> };
export type RepHandlerSlice = Partial<RepHandlerMap>;

const performanceHandlers: RepHandlerSlice = {
  'me.profile': (_input, ctx, me) => repProfile(ctx, me.repId),
  'me.leaderboard': (input, ctx, me) => repLeaderboard(ctx, me.repId, input.period),
  'me.history': (input, ctx, me) => repHistory(ctx, me.repId, input.limit),
};

const portfolioHandlers: RepHandlerSlice = {
  'me.portfolio': (input, ctx, me) => repPortfolio(ctx, me.repId, input),
  'me.customer': (input, ctx, me) => repCustomer(ctx, me.repId, input.id),
};

const gamificationHandlers: RepHandlerSlice = {
  'me.dashboard': (_input, ctx, me) => repDashboard(ctx, me.repId),
  'me.badges': (_input, ctx, me) => badgeCabinet(ctx, me.repId),
  'me.goals': (_input, ctx, me) => {
    ensureDefaultGoals(ctx, me.repId);
    return goalsForRep(ctx, me.repId);
  },
  'me.createGoal': (input, ctx, me) => createGoal(ctx, { ...input, scope: 'rep', repId: me.repId }, { kind: 'rep', repId: me.repId }),
  'me.updateGoal': (input, ctx, me) => updateGoal(ctx, input, { kind: 'rep', repId: me.repId }),
  'me.deleteGoal': (input, ctx, me) => deleteGoal(ctx, input.id, { kind: 'rep', repId: me.repId }),
  'me.notifications': (input, ctx, me) => notificationFeed(ctx, { repId: me.repId, limit: input.limit }),
  'me.markRead': (_input, ctx, me) => markNotificationsRead(ctx, me.repId),
  'me.setAlias': (input, ctx, me) => setAlias(ctx, me.repId, input.alias),
};

/** Every rep-facing procedure, by domain. Later domains add their slice here. */
export function buildRepHandlers(): RepHandlerMap {
  return mergeSlices<RepHandlerMap>(repProcedures, [performanceHandlers, portfolioHandlers, repCommissionHandlers, gamificationHandlers]);
}

export type RepDispatch = (me: RepIdentity, name: string, input: unknown) => Promise<Result<unknown>>;

export function createRepDispatch(ctx: ServiceContext, handlers: RepHandlerMap): RepDispatch {
  return (me, name, rawInput) =>
    runProcedure(repProcedures, name, rawInput, (input) => (handlers[name as RepProcedureName] as (i: unknown, c: ServiceContext, m: RepIdentity) => unknown)(input, ctx, me), ctx.log);
}
