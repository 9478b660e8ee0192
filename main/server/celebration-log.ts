import { randomBytes } from 'node:crypto';
import type { Moment } from '../services/wallboard/celebrations';

/** How long a missed celebration is still worth playing when a TV comes back. */
const REPLAY_MS = 10 * 60_000;
const KEEP = 200;

export interface LoggedMoment {
  seq: number;
  moment: Moment;
  loggedAt: number;
}

/**
 * The recent celebrations of this run, numbered, so a TV that lost its stream (a network
 * blip, a restart of this app) gets the wins it missed when it reconnects: it sends the
 * cursor of the last one it saw (`<boot>:<seq>`), and every later one is sent again.
 */
export class CelebrationLog {
  /** Tells this run's numbering from a previous run's. */
  readonly boot = randomBytes(6).toString('base64url');
  /** How many of the newest celebrations are kept for replay. */
  readonly capacity = KEEP;
  private seq = 0;
  private readonly entries: LoggedMoment[] = [];

  constructor(private readonly now: () => number) {}

  add(moment: Moment): LoggedMoment {
    this.seq += 1;
    const entry = { seq: this.seq, moment, loggedAt: this.now() };
    this.entries.push(entry);
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
    return entry;
  }

  cursor(seq = this.seq): string {
    return `${this.boot}:${seq}`;
  }

  /** What a TV that last saw `after` missed (nothing for a TV that never saw any). */
  missedSince(after: string | null): LoggedMoment[] {
    if (!after) return [];
    const [boot, seqText] = after.split(':');
    // A cursor of an earlier run: everything this run logged is new to that TV.
    const from = boot === this.boot ? Number(seqText) || 0 : 0;
    const oldest = this.now() - REPLAY_MS;
    return this.entries.filter((e) => e.seq > from && e.loggedAt >= oldest);
  }
}
