// Desktop pop-ups on the manager's PC (Electron only). It reads notifications after they
// are committed, in id order from where it left off, so a rolled-back moment never pops
// up and none pops up twice; which ones pop up is the `desktopNotify` setting.
import { lastNotificationId, notificationsAfter } from '../../../db/queries/notifications';
import type { NotificationPayload } from '../../engine/gamification/notifications';
import type { ServiceContext } from '../context';
import { getWorkspace } from '../workspace';
import { desktopText } from './desktop-text';
import { toNotificationViews } from './notifications';
import { getGameSettings } from './settings';

/** Tables whose commits can carry new notifications. */
const WATCHED = new Set(['ledger', 'events', 'notifications', 'goals', 'game']);

export function startDesktopNotifier(ctx: ServiceContext): () => void {
  const desktop = ctx.desktop;
  if (!desktop) return () => undefined;
  let seen = lastNotificationId(ctx.db);
  const drain = () => {
    const fresh = notificationsAfter(ctx.db, seen);
    seen = fresh.at(-1)?.id ?? seen;
    const rows = fresh.filter((r) => r.audience !== 'rep');
    if (rows.length === 0) return;
    const { desktopNotify } = getGameSettings(ctx);
    if (desktopNotify === 'off') return;
    const locale = getWorkspace(ctx).locale;
    for (const view of toNotificationViews(ctx, rows, 'manager')) {
      const payload = view.payload as NotificationPayload;
      if (desktopNotify === 'goals' && payload.kind !== 'goal_reached') continue;
      const text = desktopText(locale, payload, view);
      if (text) desktop.notify(text.title, text.body);
    }
  };
  return ctx.bus.subscribe((event) => {
    if (event.name !== 'changed' || !event.payload.tables.some((t) => WATCHED.has(t))) return;
    try {
      drain();
    } catch (error) {
      ctx.log('warn', 'desktop notification failed', error);
    }
  });
}
