import type { WallboardSnapshot } from '../../preload/contract';
import type { ServiceContext } from './context';
import { getLeaderboard } from './leaderboard';
import { getWorkspace } from './workspace';

/** What a display shows: the live weekly leaderboard with the workspace's name and locale. */
export function wallboardSnapshot(ctx: ServiceContext, display: { name: string }): WallboardSnapshot {
  const workspace = getWorkspace(ctx);
  return {
    display: { name: display.name },
    workspace: { name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, demo: workspace.demo },
    leaderboard: getLeaderboard(ctx, 'week'),
    generatedAt: ctx.now(),
  };
}
