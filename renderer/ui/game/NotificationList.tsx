import type { NotificationView } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';
import { notificationText } from './words';

const ICONS: Record<NotificationView['payload']['kind'], string> = { goal_reached: '🎯', badge_earned: '🏆', badge_withdrawn: '↩', level_up: '⭐', kudos: '👏' };

/** The in-app feed; `mine` words each moment to the rep who reads it. */
export function NotificationList({ items, currency, mine, onMarkRead }: { items: readonly NotificationView[]; currency: string; mine: boolean; onMarkRead?: () => void }) {
  const { m, f } = useI18n();
  const unread = items.some((n) => !n.read);
  return (
    <div className="notif-panel" data-testid="notifications">
      <div className="notif-head">
        <strong>{m.game.notifications.title}</strong>
        {onMarkRead && unread ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={onMarkRead}>
            {m.game.notifications.markRead}
          </button>
        ) : null}
      </div>
      {items.length === 0 ? <p className="muted small notif-empty">{m.game.notifications.empty}</p> : null}
      <ul className="notif-list">
        {items.map((n) => (
          <li key={n.id} className={n.read ? '' : 'is-unread'}>
            <span className="notif-icon" aria-hidden="true">
              {ICONS[n.payload.kind]}
            </span>
            <div>
              <div>{notificationText(n, { m, f, currency }, mine)}</div>
              <div className="muted small">{f.dateTime(n.createdAt)}</div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
