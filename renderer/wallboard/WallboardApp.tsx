import { MotionConfig } from 'motion/react';
import { useEffect, useState } from 'react';
import type { Locale, WallboardSnapshot } from '../../preload/contract';
import { I18nProvider, useI18n } from '../ui/i18n/i18n';
import { Logo } from '../ui/components/Logo';
import { useCelebrationQueue } from './celebration/queue';
import { connectFeed, type FeedStatus } from './feed';
import { ServerClock } from './server-clock';
import { Stage } from './Stage';

function Notice({ title, body }: { title: string; body: string }) {
  return (
    <div className="wb-stage theme-dark">
      <div className="wb-frame wb-notice" role="status">
        <Logo size={96} />
        <h1>{title}</h1>
        <p>{body}</p>
      </div>
    </div>
  );
}

export function pageLocale(snapshot: WallboardSnapshot | null): Locale {
  if (snapshot) return snapshot.workspace.locale;
  return navigator.language.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

/** The TV page at /wall/<token>: the live feed, the celebration queue, the board. */
export function WallboardApp({ token }: { token: string }) {
  const [snapshot, setSnapshot] = useState<WallboardSnapshot | null>(null);
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<FeedStatus>('connecting');
  const queue = useCelebrationQueue();
  const { push } = queue;
  useEffect(
    () =>
      connectFeed(token, {
        snapshot: (next) => {
          setSnapshot(next);
          setOffset(next.generatedAt - Date.now());
        },
        status: setStatus,
        celebrate: push,
      }),
    [token, push],
  );

  return (
    <MotionConfig reducedMotion="user">
      <I18nProvider locale={pageLocale(snapshot)} timeZone={snapshot?.workspace.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}>
        <ServerClock offset={offset}>
          <WallboardBody snapshot={snapshot} status={status} queue={queue} />
        </ServerClock>
      </I18nProvider>
    </MotionConfig>
  );
}

function WallboardBody({ snapshot, status, queue }: { snapshot: WallboardSnapshot | null; status: FeedStatus; queue: ReturnType<typeof useCelebrationQueue> }) {
  const { m } = useI18n();
  if (status === 'revoked') return <Notice title={m.wallboard.revokedTitle} body={m.wallboard.revokedBody} />;
  if (status === 'unknown') return <Notice title={m.wallboard.unknownTitle} body={m.wallboard.unknownBody} />;
  // While reconnecting, the last board stays up, marked as not live.
  if (snapshot) return <Stage snapshot={snapshot} status={status} celebration={queue.current} waiting={queue.waiting} onCelebrationDone={queue.next} />;
  return <Notice title={m.wallboard.connecting} body="" />;
}
