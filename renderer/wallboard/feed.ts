import type { Celebration, WallboardSnapshot } from '../../preload/contract';

export type FeedStatus = 'connecting' | 'live' | 'reconnecting' | 'revoked' | 'unknown';

export interface FeedHandlers {
  snapshot(snapshot: WallboardSnapshot): void;
  status(status: FeedStatus): void;
  celebrate(celebration: Celebration): void;
}

/** A stream that says nothing (not even its 15 s ping) for this long is treated as dead. */
const SILENCE_MS = 40_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * The wallboard's live feed: an EventSource on /wall/<token>/stream that reconnects by
 * itself with back-off after the server restarts or the network drops, and resyncs (the
 * server sends a full snapshot on every connect). A revoked or unknown link stops it.
 */
export function connectFeed(token: string, handlers: FeedHandlers): () => void {
  let source: EventSource | null = null;
  let backoff = 1000;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let silenceTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  // The last celebration seen: after a reconnect the server resends the ones missed since.
  let cursor: string | null = null;

  const heard = () => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => reconnectSoon(), SILENCE_MS);
  };

  const close = () => {
    source?.close();
    source = null;
    if (silenceTimer) clearTimeout(silenceTimer);
  };

  const checkStatusThenRetry = async () => {
    try {
      const response = await fetch(`/wall/${token}/status`, { cache: 'no-store' });
      const { status } = (await response.json()) as { status: 'active' | 'revoked' | 'unknown' };
      if (status === 'revoked' || status === 'unknown') {
        stopped = true;
        handlers.status(status);
        return;
      }
    } catch {
      // The server is unreachable: keep the last board on screen and try again later.
    }
    if (stopped) return;
    retryTimer = setTimeout(open, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };

  function reconnectSoon() {
    if (stopped) return;
    close();
    handlers.status('reconnecting');
    void checkStatusThenRetry();
  }

  function open() {
    if (stopped) return;
    source = new EventSource(`/wall/${token}/stream${cursor ? `?after=${encodeURIComponent(cursor)}` : ''}`);
    heard();
    source.addEventListener('snapshot', (message) => {
      backoff = 1000;
      heard();
      handlers.status('live');
      handlers.snapshot(JSON.parse((message as MessageEvent<string>).data) as WallboardSnapshot);
    });
    source.addEventListener('ping', heard);
    source.addEventListener('cursor', (message) => {
      cursor = (JSON.parse((message as MessageEvent<string>).data) as { cursor: string }).cursor;
    });
    source.addEventListener('celebrate', (message) => {
      heard();
      const data = JSON.parse((message as MessageEvent<string>).data) as { cursor: string | null; celebration: Celebration };
      if (data.cursor) cursor = data.cursor;
      handlers.celebrate(data.celebration);
    });
    source.addEventListener('revoked', (message) => {
      stopped = true;
      close();
      const { reason } = JSON.parse((message as MessageEvent<string>).data) as { reason: 'revoked' | 'unknown' };
      handlers.status(reason === 'unknown' ? 'unknown' : 'revoked');
    });
    source.onerror = () => reconnectSoon();
  }

  open();
  return () => {
    stopped = true;
    close();
    if (retryTimer) clearTimeout(retryTimer);
  };
}
