import { useEffect, useState } from 'react';
import { Avatar } from '../ui/components/Avatar';
import { RankBadge } from '../ui/components/Medal';
import { Logo } from '../ui/components/Logo';
import { BadgeCabinet } from '../ui/game/BadgeCabinet';
import { DashboardWidget } from '../ui/game/DashboardWidget';
import { LevelChip } from '../ui/game/LevelChip';
import { NotificationList } from '../ui/game/NotificationList';
import { I18nProvider, useI18n } from '../ui/i18n/i18n';
import { repCall, useRepQuery } from './api';
import { BoardTab } from './BoardTab';
import { Portfolio } from './Portfolio';
import { CommissionSection } from './CommissionSection';
import { GoalsTab } from './GoalsTab';
import { HistoryTab } from './HistoryTab';

const TABS = ['board', 'goals', 'badges', 'history', 'customers', 'commission'] as const;
type Tab = (typeof TABS)[number];

/** The tab named in the URL hash (#goals), so a reload or a shared link keeps it. */
function useTab(): [Tab, (tab: Tab) => void] {
  const read = (): Tab => {
    const name = window.location.hash.replace('#', '');
    return (TABS as readonly string[]).includes(name) ? (name as Tab) : 'board';
  };
  const [tab, setTab] = useState<Tab>(read);
  useEffect(() => {
    const onChange = () => setTab(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [tab, (next) => window.location.replace(`#${next}`)];
}

function Bell({ currency }: { currency: string }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const feed = useRepQuery('me.notifications', { limit: 30 });
  const unread = feed.data?.unread ?? 0;
  return (
    <div className="rep-bell">
      <button type="button" className="rep-bell-button" aria-expanded={open} aria-label={m.game.notifications.open(unread)} onClick={() => setOpen(!open)} data-testid="rep-bell">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {unread > 0 ? <span className="rep-bell-count">{unread}</span> : null}
      </button>
      {open ? (
        <div className="rep-bell-popover">
          <NotificationList items={feed.data?.items ?? []} currency={currency} mine onMarkRead={() => void repCall('me.markRead', {})} />
        </div>
      ) : null}
    </div>
  );
}

function Widget({ currency }: { currency: string }) {
  const widget = useRepQuery('me.dashboard', {});
  if (!widget.data) return null;
  return (
    <DashboardWidget
      top3={widget.data.top3.map((r, i) => ({ key: i, rank: r.rank, name: r.name, value: r.value, isMe: r.isMe }))}
      latestBadge={widget.data.latestBadge}
      topGoal={widget.data.topGoal}
      currency={currency}
      badgeOwner={false}
      renderTop={(row) => (
        <>
          <RankBadge rank={row.rank} size={26} />
          <Avatar name={row.name} size={28} />
        </>
      )}
    />
  );
}

function RepPage() {
  const { m } = useI18n();
  const profile = useRepQuery('me.profile', {});
  const badges = useRepQuery('me.badges', {});
  const [tab, setTab] = useTab();
  if (profile.error) {
    return (
      <main className="rep-page rep-gone">
        <Logo size={64} />
        <h1>{profile.error.code === 'forbidden' ? m.rep.revokedTitle : m.rep.unknownTitle}</h1>
        <p className="muted">{profile.error.message}</p>
      </main>
    );
  }
  if (!profile.data) return <main className="rep-page muted">{m.common.loading}</main>;
  const currency = profile.data.workspace.baseCurrency;
  return (
    <main className="rep-page">
      <header className="rep-header">
        <Avatar name={profile.data.name} size={56} src={profile.data.avatarUrl} />
        <div className="rep-who">
          <h1>{m.rep.hello(profile.data.name.split(' ')[0] ?? profile.data.name)}</h1>
          <div className="muted">{[profile.data.teamName, profile.data.workspace.name].filter(Boolean).join(' · ')}</div>
          <LevelChip level={profile.data.level} />
        </div>
        <Bell currency={currency} />
        <Logo size={36} />
      </header>
      <Widget currency={currency} />
      <nav className="rep-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={t === tab} className={t === tab ? 'is-selected' : ''} onClick={() => setTab(t)}>
            {t === 'commission' ? m.commissions.rep.title : t === 'customers' ? m.org.repPage.customersTab : m.game.rep.tabs[t]}
          </button>
        ))}
      </nav>
      {tab === 'board' ? <BoardTab aliasMode={profile.data.namePrivacy === 'alias'} /> : null}
      {tab === 'goals' ? <GoalsTab currency={currency} /> : null}
      {tab === 'badges' && badges.data ? (
        <section className="rep-card">
          <BadgeCabinet badges={badges.data} currency={currency} />
        </section>
      ) : null}
      {tab === 'history' ? <HistoryTab /> : null}
      {tab === 'customers' ? <Portfolio /> : null}
      {tab === 'commission' ? <CommissionSection /> : null}
    </main>
  );
}

export function RepApp() {
  const profile = useRepQuery('me.profile', {});
  const locale = profile.data?.workspace.locale ?? (navigator.language.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en');
  const timeZone = profile.data?.workspace.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <I18nProvider locale={locale} timeZone={timeZone}>
      <RepPage />
    </I18nProvider>
  );
}
