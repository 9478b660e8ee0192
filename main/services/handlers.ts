import type { ServiceContext } from './context';
import { createDisplay, listDisplays, openKiosk, revokeDisplay } from './displays';
import { listEvents } from './events';
import { mergeHandlers, type HandlerMap, type HandlerSlice } from './handler-map';
import { getLeaderboard } from './leaderboard';
import { createRep, listReps, updateRep } from './reps';
import { listRules, updateRule } from './rules';
import { createSource, listSources, sourceDeliveries } from './sources';
import { sendTestEvent } from './test-event';
import { wallboardHandlers } from './wallboard/handlers';
import { getWorkspace, updateWorkspace } from './workspace';

const appHandlers: HandlerSlice = {
  'app.info': (_input, ctx) => ({ version: ctx.version, baseUrl: ctx.baseUrl(), electron: ctx.electron }),
  'workspace.get': (_input, ctx) => getWorkspace(ctx),
  'workspace.update': (input, ctx) => updateWorkspace(ctx, input),
};

const repHandlers: HandlerSlice = {
  'reps.list': (_input, ctx) => listReps(ctx),
  'reps.create': (input, ctx) => createRep(ctx, input),
  'reps.update': (input, ctx) => updateRep(ctx, input),
};

const sourceHandlers: HandlerSlice = {
  'sources.list': (_input, ctx) => listSources(ctx),
  'sources.create': (input, ctx) => createSource(ctx, input),
  'sources.deliveries': (input, ctx) => sourceDeliveries(ctx, input),
  'sources.sendTestEvent': (input, ctx) => sendTestEvent(ctx, input),
};

const scoringHandlers: HandlerSlice = {
  'rules.list': (_input, ctx) => listRules(ctx),
  'rules.update': (input, ctx) => updateRule(ctx, input),
  'leaderboard.get': (input, ctx) => getLeaderboard(ctx, input.period, input.at === undefined ? undefined : Date.parse(input.at)),
  'events.list': (input, ctx) => listEvents(ctx, input),
};

const displayHandlers: HandlerSlice = {
  'displays.list': (_input, ctx) => listDisplays(ctx),
  'displays.create': (input, ctx) => createDisplay(ctx, input),
  'displays.revoke': (input, ctx) => revokeDisplay(ctx, input),
  'displays.openKiosk': (input, ctx) => openKiosk(ctx, input),
  'desktop.screens': (_input, ctx) => ctx.desktop?.screens() ?? [],
};

/** Every procedure of the contract, by domain. Later domains add their slice here. */
export function buildHandlers(): HandlerMap {
  return mergeHandlers(appHandlers, repHandlers, sourceHandlers, scoringHandlers, displayHandlers, wallboardHandlers);
}

export type { ServiceContext };
