import type { HandlerSlice } from '../handler-map';
import { badgeCabinet, listBadges, updateBadge } from './badges';
import { dashboardWidget, pointsChart } from './dashboard';
import { createGoal, deleteGoal, listGoals, updateGoal } from './goals';
import { giveKudos } from './kudos';
import { listLevels } from './levels';
import { recognitionToday } from './moments';
import { markNotificationsRead, notificationFeed } from './notifications';
import { getRanking } from './rankings';
import { getGameSettings, updateGameSettings } from './settings';

/** The contract carries `at` as an ISO time; services take an instant. */
function withInstant<T extends { at?: string | undefined }>({ at, ...rest }: T): Omit<T, 'at'> & { at?: number } {
  return at === undefined ? rest : { ...rest, at: Date.parse(at) };
}

/** The manager's gamification procedures (contract-gamification.ts). */
export const gamificationHandlers: HandlerSlice = {
  'leaderboard.query': (input, ctx) => getRanking(ctx, withInstant(input)),
  'leaderboard.chart': (input, ctx) => pointsChart(ctx, withInstant(input)),
  'levels.list': (_input, ctx) => listLevels(ctx),
  'game.settings': (_input, ctx) => getGameSettings(ctx),
  'game.updateSettings': (input, ctx) => updateGameSettings(ctx, input),
  'badges.list': (_input, ctx) => listBadges(ctx),
  'badges.update': (input, ctx) => updateBadge(ctx, input),
  'badges.ofRep': (input, ctx) => badgeCabinet(ctx, input.repId),
  'goals.list': (input, ctx) => listGoals(ctx, input),
  'goals.create': (input, ctx) => createGoal(ctx, input),
  'goals.update': (input, ctx) => updateGoal(ctx, input),
  'goals.delete': (input, ctx) => deleteGoal(ctx, input.id),
  'notifications.list': (input, ctx) => notificationFeed(ctx, input),
  'notifications.markRead': (_input, ctx) => markNotificationsRead(ctx),
  'kudos.give': (input, ctx) => giveKudos(ctx, input),
  'recognition.feed': (input, ctx) => recognitionToday(ctx, input.limit),
  'dashboard.widget': (_input, ctx) => dashboardWidget(ctx),
};
