import { useState } from 'react';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { NotificationList } from '../ui/game/NotificationList';
import { useI18n } from '../ui/i18n/i18n';
import { useManager } from './store';

/** The manager's in-app feed: goals reached, badges, level-ups, with the unread count. */
export function NotificationBell() {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const feed = useQuery('notifications.list', { limit: 30 }, ['notifications', 'ledger', 'goals', 'game']);
  const currency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const unread = feed.data?.unread ?? 0;
  return (
    <div className="bell">
      <button type="button" className={`bell-button ${unread > 0 ? 'has-unread' : ''}`} aria-expanded={open} aria-label={m.game.notifications.open(unread)} onClick={() => setOpen(!open)} data-testid="bell">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {m.game.notifications.title}
        {unread > 0 ? <span className="bell-count tabular">{unread}</span> : null}
      </button>
      {open ? (
        <div className="bell-popover card" role="dialog" aria-label={m.game.notifications.title}>
          <NotificationList items={feed.data?.items ?? []} currency={currency} mine={false} onMarkRead={() => void call('notifications.markRead', {}).then(feed.refresh)} />
        </div>
      ) : null}
    </div>
  );
}
