// A display's own configuration: its playlist of scenes and its settings (names, sound,
// quiet hours). Saved whole, validated, one transaction each.
import { eq } from 'drizzle-orm';
import {
  sceneInputSchema,
  type DisplaySettings,
  type ParsedInput,
  type ProcedureOutput,
  type Scene,
  type SceneConfig,
} from '../../../preload/contract';
import { displays } from '../../../db/schema';
import { replaceScenes, scenesOf, settingsOf, upsertSettings, type DisplaySettingsRow, type SceneRow } from '../../../db/queries/wallboard';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

/** What a new display link shows until the manager edits it. */
export const DEFAULT_PLAYLIST: readonly SceneConfig[] = [
  { kind: 'leaderboard', durationSeconds: 30, settings: { period: 'week', metric: 'points', limit: 10 } },
  { kind: 'wins', durationSeconds: 20, settings: { limit: 6, showCustomer: true } },
  { kind: 'leaderboard', durationSeconds: 20, settings: { period: 'day', metric: 'points', limit: 10 } },
];

export const DEFAULT_SETTINGS: DisplaySettings = { privacy: 'full', celebrations: true, sound: true, volume: 70, quietHours: null };

function toScene(row: SceneRow): Scene | null {
  const parsed = sceneInputSchema.safeParse({ kind: row.kind, durationSeconds: row.durationSeconds, settings: JSON.parse(row.settingsJson) as unknown });
  return parsed.success ? { id: row.id, ...parsed.data } : null;
}

export function displayScenes(ctx: ServiceContext, displayId: number): Scene[] {
  return scenesOf(ctx.db, displayId)
    .map(toScene)
    .filter((s): s is Scene => s !== null);
}

function toSettings(row: DisplaySettingsRow | undefined): DisplaySettings {
  if (!row) return DEFAULT_SETTINGS;
  return {
    privacy: row.privacy === 'first_initial' ? 'first_initial' : 'full',
    celebrations: row.celebrations,
    sound: row.sound,
    volume: row.volume,
    quietHours: row.quietFrom && row.quietTo ? { from: row.quietFrom, to: row.quietTo } : null,
  };
}

export function displaySettingsOf(ctx: ServiceContext, displayId: number): DisplaySettings {
  return toSettings(settingsOf(ctx.db, displayId));
}

function settingsRow(displayId: number, settings: DisplaySettings, now: number): DisplaySettingsRow {
  return {
    displayId,
    privacy: settings.privacy,
    celebrations: settings.celebrations,
    sound: settings.sound,
    volume: settings.volume,
    quietFrom: settings.quietHours?.from ?? null,
    quietTo: settings.quietHours?.to ?? null,
    updatedAt: now,
  };
}

function toRows(scenes: readonly SceneConfig[]) {
  return scenes.map((s) => ({ kind: s.kind, durationSeconds: s.durationSeconds, settingsJson: JSON.stringify(s.settings) }));
}

/** Gives a new display its default settings and playlist (inside createDisplay's transaction). */
export function initDisplay(ctx: ServiceContext, displayId: number): void {
  upsertSettings(ctx.db, settingsRow(displayId, DEFAULT_SETTINGS, ctx.now()));
  replaceScenes(ctx.db, displayId, toRows(DEFAULT_PLAYLIST));
}

function requireDisplay(ctx: ServiceContext, displayId: number) {
  return ctx.db.select().from(displays).where(eq(displays.id, displayId)).get() ?? fail('not_found', `There is no display with id ${displayId}.`);
}

/** Checks what the schemas cannot: a contest ends after it starts, a count names its event type. */
export function checkScenes(scenes: readonly SceneConfig[]): void {
  scenes.forEach((scene, index) => {
    const where = `scenes.${index}.settings`;
    if ((scene.kind === 'leaderboard' || scene.kind === 'contest') && scene.settings.metric === 'event_count' && !scene.settings.eventType) {
      fail('invalid_input', `Scene ${index + 1}: choose which event type to count.`, { path: `${where}.eventType` });
    }
    if (scene.kind === 'contest' && Date.parse(scene.settings.endsAt) <= Date.parse(scene.settings.startsAt)) {
      fail('invalid_input', `Scene ${index + 1}: the contest must end after it starts.`, { path: `${where}.endsAt` });
    }
  });
}

export function getDisplayConfig(ctx: ServiceContext, displayId: number, url: (token: string) => string): ProcedureOutput<'wallboard.getDisplay'> {
  const display = requireDisplay(ctx, displayId);
  return {
    id: display.id,
    name: display.name,
    url: url(display.token),
    revoked: display.revokedAt !== null,
    viewers: ctx.wallboard?.viewersOf(display.id) ?? 0,
    settings: displaySettingsOf(ctx, displayId),
    scenes: displayScenes(ctx, displayId),
  };
}

export function savePlaylist(ctx: ServiceContext, input: ParsedInput<'wallboard.savePlaylist'>): Scene[] {
  checkScenes(input.scenes);
  inTransaction(ctx.db, () => {
    requireDisplay(ctx, input.displayId);
    replaceScenes(ctx.db, input.displayId, toRows(input.scenes));
  });
  ctx.bus.changed('wallboard');
  return displayScenes(ctx, input.displayId);
}

export function updateDisplay(ctx: ServiceContext, input: ParsedInput<'wallboard.updateDisplay'>): DisplaySettings {
  const settings = inTransaction(ctx.db, () => {
    requireDisplay(ctx, input.displayId);
    if (input.name !== undefined) ctx.db.update(displays).set({ name: input.name }).where(eq(displays.id, input.displayId)).run();
    const next = { ...displaySettingsOf(ctx, input.displayId), ...input.settings };
    upsertSettings(ctx.db, settingsRow(input.displayId, next, ctx.now()));
    return next;
  });
  ctx.bus.changed('wallboard', 'displays');
  return settings;
}
