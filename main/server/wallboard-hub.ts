import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TableName } from '../../preload/contract';
import type { ServiceContext } from '../services/context';
import { findDisplayByToken } from '../services/displays';
import { wallboardSnapshot } from '../services/wallboard';
import { sendError } from './respond';
import { openSse, type SseStream } from './sse';

const WALL_TABLES: ReadonlySet<TableName> = new Set(['ledger', 'reps', 'workspace', 'displays', 'events', 'game', 'badges']);
/** Changes arriving this close together are sent as one update (a burst of events, one query). */
const COALESCE_MS = 15;

interface Viewer {
  token: string;
  stream: SseStream;
}

/**
 * Feeds every open wallboard. A committed change schedules one refresh; the refresh makes
 * one snapshot per display (not per TV) and sends it to all of that display's viewers.
 */
export class WallboardHub {
  private readonly viewers = new Set<Viewer>();
  private timer: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly ctx: ServiceContext) {
    this.unsubscribe = ctx.bus.subscribe((event) => {
      if (event.name === 'changed' && event.payload.tables.some((t) => WALL_TABLES.has(t))) this.schedule();
    });
  }

  /** `GET /wall/<token>/stream` */
  open(req: IncomingMessage, res: ServerResponse, token: string): void {
    const lookup = findDisplayByToken(this.ctx, token);
    if (lookup.status === 'revoked') {
      sendError(res, { code: 'forbidden', message: 'This display link was revoked by the manager.', details: { reason: 'revoked' } });
      return;
    }
    if (lookup.status === 'unknown') {
      sendError(res, { code: 'not_found', message: 'This display link is not known here.', details: { reason: 'unknown' } });
      return;
    }
    const viewer: Viewer = { token, stream: openSse(req, res, () => this.viewers.delete(viewer)) };
    this.viewers.add(viewer);
    viewer.stream.send('snapshot', wallboardSnapshot(this.ctx, lookup.display));
  }

  private schedule(): void {
    if (this.timer || this.viewers.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, COALESCE_MS);
  }

  private refresh(): void {
    const byToken = new Map<string, Viewer[]>();
    for (const viewer of this.viewers) byToken.set(viewer.token, [...(byToken.get(viewer.token) ?? []), viewer]);
    for (const [token, viewers] of byToken) {
      const lookup = findDisplayByToken(this.ctx, token);
      if (lookup.status !== 'active') {
        for (const viewer of viewers) {
          viewer.stream.send('revoked', { reason: lookup.status });
          viewer.stream.close();
        }
        continue;
      }
      const snapshot = wallboardSnapshot(this.ctx, lookup.display);
      for (const viewer of viewers) viewer.stream.send('snapshot', snapshot);
    }
  }

  get viewerCount(): number {
    return this.viewers.size;
  }

  close(): void {
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    for (const viewer of this.viewers) viewer.stream.close();
    this.viewers.clear();
  }
}
