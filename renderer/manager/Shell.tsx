import type { ReactNode } from 'react';
import type { Messages } from '../ui/i18n/en';
import { useI18n } from '../ui/i18n/i18n';
import { Logo } from '../ui/components/Logo';
import { useRoute, type Route } from './router';
import { DisputesScreen } from './commissions/DisputesScreen';
import { PlansScreen } from './commissions/PlansScreen';
import { StatementsScreen } from './commissions/StatementsScreen';
import { NotificationBell } from './NotificationBell';
import { ActivityScreen } from './screens/ActivityScreen';
import { BadgesScreen } from './screens/BadgesScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { GoalsScreen } from './screens/GoalsScreen';
import { DisplaysScreen } from './screens/DisplaysScreen';
import { ImportsScreen } from './screens/imports/ImportsScreen';
import { LeaderboardScreen } from './screens/LeaderboardScreen';
import { RepsScreen } from './screens/RepsScreen';
import { RulesScreen } from './screens/RulesScreen';
import { SetupScreen } from './screens/SetupScreen';
import { SourcesScreen } from './screens/SourcesScreen';
import { useManager } from './store';
import { LockControl } from './LockControl';
import { AuditScreen } from './screens/AuditScreen';
import { PortfolioScreen } from './screens/portfolio/PortfolioScreen';
import { TeamsScreen } from './screens/TeamsScreen';

const SCREENS: Record<Route, () => ReactNode> = {
  dashboard: () => <DashboardScreen />,
  leaderboard: () => <LeaderboardScreen />,
  goals: () => <GoalsScreen />,
  badges: () => <BadgesScreen />,
  activity: () => <ActivityScreen />,
  commissions: () => <PlansScreen />,
  statements: () => <StatementsScreen />,
  disputes: () => <DisputesScreen />,
  reps: () => <RepsScreen />,
  teams: () => <TeamsScreen />,
  portfolio: () => <PortfolioScreen />,
  audit: () => <AuditScreen />,
  sources: () => <SourcesScreen />,
  imports: () => <ImportsScreen />,
  rules: () => <RulesScreen />,
  displays: () => <DisplaysScreen />,
  setup: () => <SetupScreen />,
};

const ICONS: Record<Route, string> = {
  dashboard: 'M3 3h8v8H3zM13 3h8v5h-8zM13 10h8v11h-8zM3 13h8v8H3z',
  goals: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12h.01',
  badges: 'M12 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12zM8.5 14L7 22l5-3 5 3-1.5-8',
  leaderboard: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  activity: 'M3 12h4l3-8 4 16 3-8h4',
  commissions: 'M12 2v20M17 6H9.5a3.5 3.5 0 0 0 0 7h5a3.5 3.5 0 0 1 0 7H6',
  statements: 'M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h8',
  disputes: 'M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12ZM12 8v4M12 16h.01',
  reps: 'M16 19v-1a4 4 0 0 0-4-4H7a4 4 0 0 0-4 4v1M9.5 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM21 19v-1a4 4 0 0 0-3-3.87M15.5 3.13a3.5 3.5 0 0 1 0 6.75',
  teams: 'M3 3h7v7H3zM14 3h7v7h-7zM14 14h7v7h-7zM3 14h7v7H3z',
  portfolio: 'M4 7h16v13H4zM9 7V4h6v3M4 12h16',
  audit: 'M9 3h6l5 5v13H4V3h5M14 3v5h5M8 13h8M8 17h5',
  sources: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71',
  imports: 'M12 3v12M7 10l5 5 5-5M4 17v3h16v-3',
  rules: 'M12 2l3 6.5 7 .8-5.2 4.8 1.5 7L12 17.6 5.7 21l1.5-7L2 9.3l7-.8z',
  displays: 'M3 4h18v12H3zM8 20h8M12 16v4',
  setup: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1Z',
};

function navLabel(m: Messages, route: Route): string {
  return route === 'dashboard' || route === 'goals' || route === 'badges' ? m.game.nav[route] : m.nav[route];
}

function NavLink({ route, active, label }: { route: Route; active: boolean; label: string }) {
  return (
    <a href={`#/${route}`} className={`nav-link ${active ? 'is-active' : ''}`} aria-current={active ? 'page' : undefined}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d={ICONS[route]} />
      </svg>
      {label}
    </a>
  );
}

export function Shell() {
  const { m } = useI18n();
  const route = useRoute();
  const { workspace, connected } = useManager();
  const live: Route[] = ['dashboard', 'leaderboard', 'goals', 'badges', 'activity'];
  const team: Route[] = ['reps', 'teams', 'portfolio'];
  const pay: Route[] = ['commissions', 'statements', 'disputes'];
  const setup: Route[] = ['sources', 'imports', 'rules', 'displays', 'setup', 'audit'];
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <Logo size={34} />
          <div>
            <div className="brand-name">{m.app.name}</div>
            <div className="brand-team">{workspace?.name}</div>
          </div>
        </div>
        <nav aria-label="Fanfare">
          <div className="nav-group">{m.nav.groupLive}</div>
          {live.map((r) => (
            <NavLink key={r} route={r} active={route === r} label={navLabel(m, r)} />
          ))}
          <div className="nav-group">{m.nav.groupTeam}</div>
          {team.map((r) => (
            <NavLink key={r} route={r} active={route === r} label={navLabel(m, r)} />
          ))}
          <div className="nav-group">{m.nav.groupPay}</div>
          {pay.map((r) => (
            <NavLink key={r} route={r} active={route === r} label={navLabel(m, r)} />
          ))}
          <div className="nav-group">{m.nav.groupSetup}</div>
          {setup.map((r) => (
            <NavLink key={r} route={r} active={route === r} label={navLabel(m, r)} />
          ))}
        </nav>
        <div className="sidebar-foot">
          <NotificationBell />
          <LockControl />
          {workspace?.demo ? (
            <div className="demo-flag" title={m.status.demoHint}>
              {m.status.demo}
            </div>
          ) : null}
          <div className={`live-indicator ${connected ? 'is-live' : 'is-offline'}`} data-testid="connection">
            <span className="live-dot" />
            {connected ? m.status.live : m.status.reconnecting}
          </div>
          <div className="version">v{__FANFARE_VERSION__}</div>
        </div>
      </aside>
      <main className="content">{SCREENS[route]()}</main>
    </div>
  );
}
