import type { IncomingMessage, ServerResponse } from 'node:http';

/** One open server-sent-events stream. */
export interface SseStream {
  send(event: string, data: unknown): void;
  close(): void;
  readonly closed: boolean;
}

const HEARTBEAT_MS = 15_000;

/**
 * Opens an SSE response. A `ping` event every 15 s keeps proxies and idle timeouts from
 * cutting the stream and lets the page notice a silently dead connection (no ping for a
 * while: reconnect); `retry` tells EventSource how soon to come back.
 */
export function openSse(req: IncomingMessage, res: ServerResponse, onClose: () => void): SseStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  req.socket.setNoDelay(true);
  let closed = false;
  const heartbeat = setInterval(() => res.write(`event: ping\ndata: ${Date.now()}\n\n`), HEARTBEAT_MS);
  heartbeat.unref();
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    onClose();
  };
  req.on('close', finish);
  res.on('error', finish);
  return {
    send(event, data) {
      if (closed) return;
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close() {
      if (closed) return;
      finish();
      res.end();
    },
    get closed() {
      return closed;
    },
  };
}
