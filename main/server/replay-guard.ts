/**
 * Remembers each exactly-signed request of the timestamped schemes (Stripe, HubSpot, Calendly)
 * until its signature goes stale, so the same signed request sent again inside the tolerance
 * window is refused as a replay (vendors re-sign their retries). Outside the window the
 * timestamp check refuses it; schemes without a timestamp rely on event ids (duplicates).
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly maxEntries = 100_000) {}

  /** True the first time a key is seen (and remembers it until `expiresAt`). */
  firstTime(key: string, expiresAt: number, now: number): boolean {
    const expiry = this.seen.get(key);
    if (expiry !== undefined && expiry >= now) return false;
    if (this.seen.size >= this.maxEntries) this.prune(now);
    this.seen.set(key, expiresAt);
    return true;
  }

  private prune(now: number): void {
    for (const [key, expiry] of this.seen) if (expiry < now) this.seen.delete(key);
    // Still full of live entries (a flood): forget the oldest half rather than grow without bound.
    if (this.seen.size >= this.maxEntries) {
      let drop = this.seen.size / 2;
      for (const key of this.seen.keys()) {
        if (drop-- <= 0) break;
        this.seen.delete(key);
      }
    }
  }
}
