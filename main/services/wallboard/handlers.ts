import { eq } from 'drizzle-orm';
import { displays } from '../../../db/schema';
import { displayUrl } from '../displays';
import { fail } from '../errors';
import type { HandlerSlice } from '../handler-map';
import { getCelebrations, saveCelebrations } from './celebration-settings';
import { checkScenes, getDisplayConfig, savePlaylist, updateDisplay } from './config';
import { getLook, updateLook } from './look';
import { wallboardSnapshot } from './snapshot';

export const wallboardHandlers: HandlerSlice = {
  'wallboard.getDisplay': (input, ctx) => getDisplayConfig(ctx, input.displayId, (token) => displayUrl(ctx, token)),
  'wallboard.savePlaylist': (input, ctx) => savePlaylist(ctx, input),
  'wallboard.updateDisplay': (input, ctx) => updateDisplay(ctx, input),
  'wallboard.preview': (input, ctx) => {
    checkScenes(input.scenes);
    const display = ctx.db.select().from(displays).where(eq(displays.id, input.displayId)).get() ?? fail('not_found', `There is no display with id ${input.displayId}.`);
    // Unsaved scenes get negative ids so the preview never mistakes them for saved ones.
    const scenes = input.scenes.map((scene, i) => ({ ...scene, id: -(i + 1) }));
    return wallboardSnapshot(ctx, display, { scenes, ...(input.privacy ? { privacy: input.privacy } : {}) });
  },
  'wallboard.getLook': (_input, ctx) => getLook(ctx),
  'wallboard.updateLook': (input, ctx) => updateLook(ctx, input),
  'wallboard.getCelebrations': (_input, ctx) => getCelebrations(ctx),
  'wallboard.saveCelebrations': (input, ctx) => saveCelebrations(ctx, input),
  'wallboard.getAutostart': (_input, ctx) => {
    const current = ctx.desktop?.autostart() ?? null;
    return { available: ctx.desktop !== undefined, displayId: current?.displayId ?? null, screenId: current?.screenId ?? null };
  },
  'wallboard.setAutostart': (input, ctx) => {
    const desktop = ctx.desktop ?? fail('invalid_input', 'Starting with the computer is part of the desktop app; on a TV machine, add `npm start -- --kiosk --connect <display link>` to its start-up programs instead.');
    if (input.displayId !== null) {
      const display = ctx.db.select().from(displays).where(eq(displays.id, input.displayId)).get() ?? fail('not_found', `There is no display with id ${input.displayId}.`);
      if (display.revokedAt !== null) fail('conflict', `The display "${display.name}" was revoked; choose another one.`);
    }
    desktop.setAutostart(input.displayId === null ? null : { displayId: input.displayId, screenId: input.screenId });
    return { available: true, displayId: input.displayId, screenId: input.displayId === null ? null : input.screenId };
  },
  'wallboard.testCelebration': (input, ctx) => {
    const display = ctx.db.select().from(displays).where(eq(displays.id, input.displayId)).get() ?? fail('not_found', `There is no display with id ${input.displayId}.`);
    if (display.revokedAt !== null) fail('conflict', `The display "${display.name}" was revoked.`);
    const hub = ctx.wallboard ?? fail('conflict', 'The wallboard streams are not running.');
    return hub.test(display.id, input.repId);
  },
};
