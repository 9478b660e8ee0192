import { repProcedures, type RepParsedInput, type RepProcedureName, type RepProcedureOutput } from '../../../preload/rep-contract';
import type { Result } from '../../../preload/contract';
import { repCommissionHandlers } from '../commissions/rep-view';
import type { ServiceContext } from '../context';
import { mergeSlices, runProcedure } from '../handler-map';
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

/** Every rep-facing procedure, by domain. Later domains add their slice here. */
export function buildRepHandlers(): RepHandlerMap {
  return mergeSlices<RepHandlerMap>(repProcedures, [performanceHandlers, portfolioHandlers, repCommissionHandlers]);
}

export type RepDispatch = (me: RepIdentity, name: string, input: unknown) => Promise<Result<unknown>>;

export function createRepDispatch(ctx: ServiceContext, handlers: RepHandlerMap): RepDispatch {
  return (me, name, rawInput) =>
    runProcedure(repProcedures, name, rawInput, (input) => (handlers[name as RepProcedureName] as (i: unknown, c: ServiceContext, m: RepIdentity) => unknown)(input, ctx, me), ctx.log);
}
