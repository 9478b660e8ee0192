// What a display shows: its scenes with their data, in the workspace's language, time zone
// and look, with the display's name privacy applied before anything leaves the server.
import type { SceneConfig, WallboardSnapshot } from '../../../preload/contract';
import { readLook } from '../../../db/queries/wallboard';
import type { ServiceContext } from '../context';
import { getCalendar, getWorkspace } from '../workspace';
import type { NamePrivacy } from '../../engine/wallboard/privacy';
import { displayScenes, displaySettingsOf } from './config';
import { lookOf } from './look';
import { publicView } from '../gamification/public-view';
import { avatarUrls } from '../organisation/avatars';
import { recognitionToday } from '../gamification/moments';
import { buildSceneView, tvName } from './scenes';

export interface SnapshotOptions {
  /** Unsaved scenes (the editor's preview) instead of the saved playlist. */
  scenes?: readonly (SceneConfig & { id: number })[];
  privacy?: NamePrivacy;
  /** Shared by the snapshots of one refresh round. */
  memo?: Map<string, unknown>;
}

function memoAvatars(ctx: ServiceContext, memo: Map<string, unknown>): Map<number, string> {
  const avatars = avatarUrls(ctx);
  memo.set('avatars', avatars);
  return avatars;
}

export function wallboardSnapshot(ctx: ServiceContext, display: { id: number; name: string; token: string }, options: SnapshotOptions = {}): WallboardSnapshot {
  const workspace = getWorkspace(ctx);
  const calendar = getCalendar(ctx);
  const now = ctx.now();
  const look = readLook(ctx.db, now);
  const memo = options.memo ?? new Map<string, unknown>();
  const env = {
    db: ctx.db,
    now,
    calendar,
    baseCurrency: calendar.baseCurrency,
    privacy: options.privacy ?? displaySettingsOf(ctx, display.id).privacy,
    memo,
    avatars: (memo.get('avatars') as Map<number, string> | undefined) ?? memoAvatars(ctx, memo),
    view: publicView(ctx),
  };
  const scenes = options.scenes ?? displayScenes(ctx, display.id);
  return {
    display: { id: display.id, name: display.name },
    workspace: { name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, demo: workspace.demo, baseCurrency: workspace.baseCurrency },
    look: { ...lookOf(look), logoUrl: look.logo ? `/wall/${display.token}/logo?v=${look.logoVersion}` : null },
    scenes: scenes.map((scene) => buildSceneView(env, scene)),
    recognition: recognitionToday(ctx, 12, (repId, name) => tvName(env.view, env.privacy, repId, name)),
    generatedAt: now,
  };
}
