import { MotionConfig } from 'motion/react';
import { useEffect, useState } from 'react';
import type { Locale, WallboardSnapshot } from '../../preload/contract';
import { I18nProvider, useI18n } from '../ui/i18n/i18n';
import { Logo } from '../ui/components/Logo';
import { useNow } from '../ui/use-now';
import { connectFeed, type FeedStatus } from './feed';
import { LeaderboardScene } from './LeaderboardScene';
import { MomentsStrip } from './MomentsStrip';

function Clock({ timeZone }: { timeZone: string }) {
  const { f } = useI18n();
  const now = useNow(1000);
  return (
    <div className="wb-clock tabular" aria-label="clock">
      {new Intl.DateTimeFormat(f.locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(now)}
    </div>
  );
}

function Status({ status }: { status: FeedStatus }) {
  const { m } = useI18n();
  if (status === 'live') {
    return (
      <span className="wb-status is-live" data-testid="wall-status">
        <span className="wb-dot" />
        {m.wallboard.live}
      </span>
    );
  }
  return (
    <span className="wb-status is-reconnecting" data-testid="wall-status">
      <span className="wb-dot" />
      {status === 'connecting' ? m.wallboard.connecting : m.wallboard.reconnecting}
    </span>
  );
}

function Board({ snapshot, status }: { snapshot: WallboardSnapshot; status: FeedStatus }) {
  const { m, f } = useI18n();
  const { leaderboard, workspace } = snapshot;
  return (
    <div className="wb-frame">
      <header className="wb-header">
        <div>
          <div className="wb-eyebrow">
            {m.leaderboard.periods[leaderboard.period.kind]} · {f.dayRange(leaderboard.period.firstDay, leaderboard.period.lastDay)}
          </div>
          <h1 className="wb-title">{workspace.name}</h1>
        </div>
        <div className="wb-header-right">
          <Clock timeZone={workspace.timeZone} />
          <Status status={status} />
        </div>
      </header>
      <LeaderboardScene rows={leaderboard.rows} />
      <footer className="wb-footer">
        <span className="wb-brand">
          <Logo size={28} /> Fanfare
        </span>
        <MomentsStrip moments={snapshot.recognition ?? []} />
        {workspace.demo ? <span className="wb-demo">{m.wallboard.demo}</span> : null}
      </footer>
    </div>
  );
}

function Notice({ title, body }: { title: string; body: string }) {
  return (
    <div className="wb-frame wb-notice" role="status">
      <Logo size={96} />
      <h1>{title}</h1>
      <p>{body}</p>
    </div>
  );
}

function pageLocale(snapshot: WallboardSnapshot | null): Locale {
  if (snapshot) return snapshot.workspace.locale;
  return navigator.language.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

export function WallboardApp({ token }: { token: string }) {
  const [snapshot, setSnapshot] = useState<WallboardSnapshot | null>(null);
  const [status, setStatus] = useState<FeedStatus>('connecting');
  useEffect(() => connectFeed(token, { snapshot: setSnapshot, status: setStatus }), [token]);

  const locale = pageLocale(snapshot);
  return (
    <MotionConfig reducedMotion="user">
      <I18nProvider locale={locale} timeZone={snapshot?.workspace.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}>
        <WallboardBody snapshot={snapshot} status={status} />
      </I18nProvider>
    </MotionConfig>
  );
}

function WallboardBody({ snapshot, status }: { snapshot: WallboardSnapshot | null; status: FeedStatus }) {
  const { m } = useI18n();
  if (status === 'revoked') return <Notice title={m.wallboard.revokedTitle} body={m.wallboard.revokedBody} />;
  if (status === 'unknown') return <Notice title={m.wallboard.unknownTitle} body={m.wallboard.unknownBody} />;
  // While reconnecting, the last board stays up, marked as not live.
  if (snapshot) return <Board snapshot={snapshot} status={status} />;
  return <Notice title={m.wallboard.connecting} body="" />;
}
