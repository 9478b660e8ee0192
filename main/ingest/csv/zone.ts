import { IANAZone } from 'luxon';

const QUARTER_HOUR = 900_000;
const DAY = 86_400_000;

/**
 * Wall-clock times of one IANA zone turned into instants (and instants into local days),
 * fast enough for a million rows: the zone's UTC offset is looked up once per UTC day when
 * the day has no transition (the same offset at both ends; zones change at most a few times
 * a year), else once per quarter hour of that day (every offset in use is a multiple of
 * 15 minutes, so a transition never falls inside a quarter hour).
 */
export class ZoneClock {
  private readonly zone: IANAZone | null;
  private readonly offsets = new Map<number, number>();
  /** Per UTC day: its offset when it is the same at both ends (no transition that day), else NaN. */
  private readonly days = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.zone = timeZone === 'UTC' || timeZone === 'Etc/UTC' ? null : IANAZone.create(timeZone);
    if (this.zone && !this.zone.isValid) throw new Error(`Invalid time zone "${timeZone}"`);
  }

  /** Minutes east of UTC in force at the instant `at`. */
  offsetAt(at: number): number {
    if (!this.zone) return 0;
    // Most days have no transition: one lookup serves the whole day (Intl is slow per call).
    const day = Math.floor(at / DAY);
    let whole = this.days.get(day);
    if (whole === undefined) {
      const start = this.zone.offset(day * DAY);
      whole = start === this.zone.offset((day + 1) * DAY - 1) ? start : NaN;
      if (this.days.size > 100_000) this.days.clear();
      this.days.set(day, whole);
    }
    if (!Number.isNaN(whole)) return whole;
    const bucket = Math.floor(at / QUARTER_HOUR);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = this.zone.offset(bucket * QUARTER_HOUR);
      // A file spans months, not centuries: keep the cache bounded anyway.
      if (this.offsets.size > 200_000) this.offsets.clear();
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  /**
   * The instant a local wall-clock time names (fields as on a calendar, month 1-12), and the
   * offset in force. A time skipped by a DST jump moves forward by the jump, as clocks do;
   * a repeated hour resolves to its first occurrence.
   */
  fromWallClock(year: number, month: number, day: number, hour: number, minute: number, second: number): { at: number; offset: number } {
    const wall = Date.UTC(year, month - 1, day, hour, minute, second);
    if (!this.zone) return { at: wall, offset: 0 };
    const first = this.offsetAt(wall);
    const guess = wall - first * 60_000;
    const second_ = this.offsetAt(guess);
    if (second_ === first) return { at: guess, offset: first };
    const retry = wall - second_ * 60_000;
    const third = this.offsetAt(retry);
    if (third === second_) return { at: retry, offset: second_ };
    // In a gap: neither offset reproduces the wall time; take the later instant.
    const at = Math.max(guess, retry);
    return { at, offset: this.offsetAt(at) };
  }

  /** The local calendar day (`YYYY-MM-DD`) of an instant. */
  localDay(at: number): string {
    const local = new Date(at + this.offsetAt(at) * 60_000);
    const y = local.getUTCFullYear();
    const m = local.getUTCMonth() + 1;
    const d = local.getUTCDate();
    return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  }
}
