import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Celebration, TableName } from '../../preload/contract';
import type { ServiceContext } from '../services/context';
import { findDisplayByToken } from '../services/displays';
import { forDisplay, momentsForEvents, testMoment, type Moment } from '../services/wallboard/celebrations';
import { displaySettingsOf } from '../services/wallboard/config';
import { wallboardSnapshot } from '../services/wallboard/snapshot';
import { getCalendar } from '../services/workspace';
import { CelebrationLog } from './celebration-log';
import { sendError } from './respond';
import { openSse, type SseStream } from './sse';

const WALL_TABLES: ReadonlySet<TableName> = new Set(['ledger', 'reps', 'workspace', 'displays', 'events', 'game', 'badges', 'wallboard']);
/** Changes arriving this close together are sent as one update (a burst of events, one query). */
const COALESCE_MS = 15;
/** Periods roll over and "5 minutes ago" ages even when nothing happens: refresh anyway. */
const IDLE_REFRESH_MS = 60_000;
const IDLE_BATCH_MS = 250;

interface Viewer {
  token: string;
  displayId: number;
  stream: SseStream;
}

/**
 * Feeds every open wallboard. A committed change schedules one refresh; the refresh makes
 * one snapshot per display (not per TV) and sends it to all of that display's viewers.
 * Accepted events become celebrations, sent to every display that celebrates them.
 */
export class WallboardHub {
  private readonly viewers = new Set<Viewer>();
  private timer: NodeJS.Timeout | null = null;
  private readonly idle: NodeJS.Timeout;
  private readonly unsubscribe: (() => void)[];
  private pendingEvents: number[] = [];
  private lastRefreshMs = 0;
  private testSequence = 0;
  readonly celebrations: CelebrationLog;

  constructor(private readonly ctx: ServiceContext) {
    this.celebrations = new CelebrationLog(ctx.now);
    this.unsubscribe = [
      ctx.bus.subscribe((event) => {
        if (event.name === 'changed' && event.payload.tables.some((t) => WALL_TABLES.has(t))) this.schedule();
      }),
      // Runs before the webhook is answered: only note the ids, the work happens in refresh().
      ctx.bus.onDomain((event) => {
        // Noted even with no TV open: a TV that reconnects soon still gets these wins.
        if (event.name !== 'events.accepted') return;
        this.pendingEvents.push(...event.eventIds);
        this.schedule();
      }),
    ];
    this.idle = setInterval(() => this.schedule(), IDLE_REFRESH_MS);
    this.idle.unref();
  }

  /** `GET /wall/<token>/stream[?after=<cursor>]` */
  open(req: IncomingMessage, res: ServerResponse, token: string, after: string | null): void {
    const lookup = findDisplayByToken(this.ctx, token);
    if (lookup.status === 'revoked') {
      sendError(res, { code: 'forbidden', message: 'This display link was revoked by the manager.', details: { reason: 'revoked' } });
      return;
    }
    if (lookup.status === 'unknown') {
      sendError(res, { code: 'not_found', message: 'This display link is not known here.', details: { reason: 'unknown' } });
      return;
    }
    const viewer: Viewer = { token, displayId: lookup.display.id, stream: openSse(req, res, () => this.viewers.delete(viewer)) };
    this.viewers.add(viewer);
    viewer.stream.send('snapshot', wallboardSnapshot(this.ctx, lookup.display));
    const missed = this.celebrations.missedSince(after);
    if (missed.length > 0) this.sendMoments([viewer], missed.map((m) => ({ moment: m.moment, cursor: this.celebrations.cursor(m.seq) })));
    viewer.stream.send('cursor', { cursor: this.celebrations.cursor() });
  }

  /** Plays a test celebration on the display's TVs (even where celebrations are off). */
  test(displayId: number, repId?: number): { viewers: number; celebration: Celebration } {
    this.testSequence += 1;
    const viewers = [...this.viewers].filter((v) => v.displayId === displayId);
    const moment = testMoment(this.ctx, this.testSequence, repId);
    this.sendMoments(viewers, [{ moment, cursor: null }], true);
    const settings = { ...displaySettingsOf(this.ctx, displayId), celebrations: true };
    const celebration = forDisplay(moment, settings, this.ctx.now(), getCalendar(this.ctx).timeZone) as Celebration;
    return { viewers: viewers.length, celebration };
  }

  private schedule(): void {
    if (this.timer || (this.viewers.size === 0 && this.pendingEvents.length === 0)) return;
    // Under a flood of changes, a refresh never takes more than about a third of the time;
    // with no TV open only the replay log is kept, in bigger batches.
    const delay = this.viewers.size === 0 ? IDLE_BATCH_MS : Math.max(COALESCE_MS, 2 * this.lastRefreshMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, delay);
  }

  private refresh(): void {
    const started = performance.now();
    const byToken = new Map<string, Viewer[]>();
    for (const viewer of this.viewers) byToken.set(viewer.token, [...(byToken.get(viewer.token) ?? []), viewer]);
    const memo = new Map<string, unknown>();
    const live: Viewer[] = [];
    for (const [token, viewers] of byToken) {
      const lookup = findDisplayByToken(this.ctx, token);
      if (lookup.status !== 'active') {
        for (const viewer of viewers) {
          viewer.stream.send('revoked', { reason: lookup.status });
          viewer.stream.close();
        }
        continue;
      }
      const snapshot = wallboardSnapshot(this.ctx, lookup.display, { memo });
      for (const viewer of viewers) viewer.stream.send('snapshot', snapshot);
      live.push(...viewers);
    }
    const eventIds = this.pendingEvents;
    this.pendingEvents = [];
    if (eventIds.length > 0) {
      const moments = live.length > 0 ? momentsForEvents(this.ctx, eventIds) : this.newestMoments(eventIds);
      const logged = moments.map((moment) => this.celebrations.add(moment));
      this.sendMoments(live, logged.map((l) => ({ moment: l.moment, cursor: this.celebrations.cursor(l.seq) })));
    }
    this.lastRefreshMs = performance.now() - started;
  }

  /**
   * With no TV open the moments only fill the replay log, which keeps the newest ones: under
   * a burst of webhooks, the older events of the batch could not stay in it, so they are not
   * read. Newest first, a log's worth at a time, until the log would be full.
   */
  private newestMoments(eventIds: readonly number[]): Moment[] {
    const ids = [...eventIds].sort((a, b) => a - b);
    const keep = this.celebrations.capacity;
    const chunks: Moment[][] = [];
    let count = 0;
    for (let end = ids.length; end > 0 && count < keep; end -= keep) {
      const chunk = momentsForEvents(this.ctx, ids.slice(Math.max(0, end - keep), end));
      chunks.unshift(chunk);
      count += chunk.length;
    }
    return chunks.flat().slice(-keep);
  }

  /** Sends each moment to the viewers whose display celebrates it, with that display's settings. */
  private sendMoments(viewers: readonly Viewer[], moments: readonly { moment: Moment; cursor: string | null }[], force = false): void {
    if (viewers.length === 0 || moments.length === 0) return;
    const now = this.ctx.now();
    const { timeZone } = getCalendar(this.ctx);
    const settings = new Map<number, ReturnType<typeof displaySettingsOf>>();
    for (const viewer of viewers) {
      let s = settings.get(viewer.displayId);
      if (!s) {
        s = displaySettingsOf(this.ctx, viewer.displayId);
        settings.set(viewer.displayId, s);
      }
      for (const { moment, cursor } of moments) {
        const celebration = forDisplay(moment, force ? { ...s, celebrations: true } : s, now, timeZone);
        if (celebration) viewer.stream.send('celebrate', { cursor, celebration });
      }
    }
  }

  viewersOf(displayId: number): number {
    return [...this.viewers].filter((v) => v.displayId === displayId).length;
  }

  get viewerCount(): number {
    return this.viewers.size;
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    clearInterval(this.idle);
    if (this.timer) clearTimeout(this.timer);
    for (const viewer of this.viewers) viewer.stream.close();
    this.viewers.clear();
  }
}
