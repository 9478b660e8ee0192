import type { WallboardSnapshot } from '../../preload/contract';
import type { ServiceContext } from './context';
import { recognitionToday } from './gamification/moments';
import { publicView } from './gamification/public-view';
import { getLeaderboard } from './leaderboard';
import { getWorkspace } from './workspace';

/**
 * What a display shows: the live weekly leaderboard and today's recognition, with the
 * workspace's name and locale. A TV is a public screen: names follow the privacy setting
 * and only the top N are sent when one is set (the rest never leaves the server).
 */
export function wallboardSnapshot(ctx: ServiceContext, display: { name: string }): WallboardSnapshot {
  const workspace = getWorkspace(ctx);
  const view = publicView(ctx);
  const leaderboard = getLeaderboard(ctx, 'week');
  return {
    display: { name: display.name },
    workspace: { name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, demo: workspace.demo },
    leaderboard: { ...leaderboard, rows: leaderboard.rows.filter((r) => view.shows(r.rank)).map((r) => ({ ...r, name: view.name(r.repId, r.name) })) },
    recognition: recognitionToday(ctx, 12, view.name),
    generatedAt: ctx.now(),
  };
}
