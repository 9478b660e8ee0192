import { commissionHandlers } from './commissions/handlers';
import type { ServiceContext } from './context';
import { createDisplay, listDisplays, openKiosk, revokeDisplay } from './displays';
import { gamificationHandlers } from './gamification/handlers';
import { listEvents } from './events';
import { mergeHandlers, type HandlerMap, type HandlerSlice } from './handler-map';
import { listIdentityMappings, listUnmapped, mapIdentity, unmapIdentity } from './identities';
import { getLeaderboard } from './leaderboard';
import { createRepLink, listRepLinkViews, revokeRepLink } from './rep-links';
import { createRep, listReps, updateRep } from './reps';
import { createAward } from './awards';
import { listCatalog, removeGroup, removeProduct, saveGroup, saveProduct } from './catalog';
import { listFocus, removeFocus, saveFocus } from './focus';
import { replayDelivery } from './held';
import { listRates, removeRate, setRate } from './rates';
import { applyRecompute, previewRecompute } from './recompute';
import { listRules, ruleHistory, updateRule } from './rules';
import { createSource, listSources, sourceDeliveries, updateSource } from './sources';
import { createTeam, listTeams, renameTeam } from './teams';
import { auditHandlers, lockHandlers, organisationHandlers, portfolioHandlers } from './organisation/handlers';
import { sendTestEvent } from './test-event';
import { wallboardHandlers } from './wallboard/handlers';
import { getWorkspace, updateWorkspace } from './workspace';
import { importHandlers } from './imports/handlers';

const appHandlers: HandlerSlice = {
  'app.info': (_input, ctx) => ({ version: ctx.version, baseUrl: ctx.baseUrl(), electron: ctx.electron }),
  'workspace.get': (_input, ctx) => getWorkspace(ctx),
  'workspace.update': (input, ctx) => updateWorkspace(ctx, input),
};

const repHandlers: HandlerSlice = {
  'reps.list': (_input, ctx) => listReps(ctx),
  'reps.create': (input, ctx) => createRep(ctx, input),
  'reps.update': (input, ctx) => updateRep(ctx, input),
  'teams.list': (_input, ctx) => listTeams(ctx),
  'teams.create': (input, ctx) => createTeam(ctx, input),
  'teams.rename': (input, ctx) => renameTeam(ctx, input),
  'repLinks.list': (_input, ctx) => listRepLinkViews(ctx),
  'repLinks.create': (input, ctx) => createRepLink(ctx, input),
  'repLinks.revoke': (input, ctx) => revokeRepLink(ctx, input),
};

const sourceHandlers: HandlerSlice = {
  'sources.list': (_input, ctx) => listSources(ctx),
  'sources.create': (input, ctx) => createSource(ctx, input),
  'sources.update': (input, ctx) => updateSource(ctx, input),
  'sources.deliveries': (input, ctx) => sourceDeliveries(ctx, input),
  'sources.replay': (input, ctx) => replayDelivery(ctx, input.deliveryId),
  'sources.sendTestEvent': (input, ctx) => sendTestEvent(ctx, input),
};

const identityHandlers: HandlerSlice = {
  'identities.list': (input, ctx) => listIdentityMappings(ctx, input),
  'identities.map': (input, ctx) => mapIdentity(ctx, input),
  'identities.unmap': (input, ctx) => unmapIdentity(ctx, input),
  'unmapped.list': (_input, ctx) => listUnmapped(ctx),
};

const scoringHandlers: HandlerSlice = {
  'rules.list': (_input, ctx) => listRules(ctx),
  'rules.update': (input, ctx) => updateRule(ctx, input),
  'leaderboard.get': (input, ctx) => getLeaderboard(ctx, input.period, input.at === undefined ? undefined : Date.parse(input.at), input.scope),
  'events.list': (input, ctx) => listEvents(ctx, input),
  'rules.history': (input, ctx) => ruleHistory(ctx, input),
  'rates.list': (_input, ctx) => listRates(ctx),
  'rates.set': (input, ctx) => setRate(ctx, input),
  'rates.remove': (input, ctx) => removeRate(ctx, input),
  'catalog.list': (_input, ctx) => listCatalog(ctx),
  'catalog.saveGroup': (input, ctx) => saveGroup(ctx, input),
  'catalog.removeGroup': (input, ctx) => removeGroup(ctx, input),
  'catalog.saveProduct': (input, ctx) => saveProduct(ctx, input),
  'catalog.removeProduct': (input, ctx) => removeProduct(ctx, input),
  'focus.list': (_input, ctx) => listFocus(ctx),
  'focus.save': (input, ctx) => saveFocus(ctx, input),
  'focus.remove': (input, ctx) => removeFocus(ctx, input),
  'recompute.preview': (input, ctx) => previewRecompute(ctx, input),
  'recompute.apply': (input, ctx) => applyRecompute(ctx, input),
  'awards.create': (input, ctx) => createAward(ctx, input),
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
  return mergeHandlers(
    appHandlers,
    repHandlers,
    identityHandlers,
    sourceHandlers,
    scoringHandlers,
    displayHandlers,
    organisationHandlers,
    portfolioHandlers,
    auditHandlers,
    lockHandlers,
    commissionHandlers,
    wallboardHandlers,
    gamificationHandlers,
    importHandlers,
  );
}

export type { ServiceContext };
