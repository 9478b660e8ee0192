import type { EventType } from '../../engine/event-types';
import { DEMO_TEAM, demoCustomersOf, type DemoRep } from './team';

/** A small deterministic PRNG (mulberry32), so a demo history is the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoEvent {
  id: string;
  type: EventType;
  occurredAt: string;
  rep: { email: string };
  amount?: { value: string; currency: string };
  customer?: { id: string; name: string };
  name?: string;
}

/** How often each kind of event happens in a sales day (relative weights). */
const MIX: readonly { type: EventType; weight: number }[] = [
  { type: 'reply.sent', weight: 30 },
  { type: 'quote.sent', weight: 18 },
  { type: 'appointment.booked', weight: 10 },
  { type: 'followup.converted', weight: 6 },
  { type: 'deal.won', weight: 7 },
  { type: 'payment.confirmed', weight: 6 },
  { type: 'catalog.sale', weight: 5 },
  { type: 'deal.lost', weight: 3 },
];

function pick<T>(random: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll <= 0) return item;
  }
  return items[items.length - 1] as T;
}

function money(random: () => number, rep: DemoRep, type: EventType, currency: string): { value: string; currency: string } | undefined {
  const scale = type === 'deal.won' ? 1 : type === 'payment.confirmed' ? 0.45 : type === 'catalog.sale' ? 0.08 : 0;
  if (scale === 0) return undefined;
  const major = Math.max(50, Math.round(rep.dealSize * scale * (0.35 + random() * 1.3)));
  const cents = type === 'catalog.sale' ? Math.floor(random() * 100) : 0;
  return { value: `${major}.${String(cents).padStart(2, '0')}`, currency };
}

/** One plausible event at `at`, for a rep picked by pace. */
export function demoEvent(random: () => number, at: number, currency: string, sequence: string): DemoEvent {
  const rep = pick(random, DEMO_TEAM, (r) => r.pace);
  const { type } = pick(random, MIX, (m) => m.weight);
  // Reps work their own portfolio, so the demo's customers each have one owner.
  const own = demoCustomersOf(DEMO_TEAM.indexOf(rep));
  const customerName = own[Math.floor(random() * own.length)] ?? 'Acme';
  const amount = money(random, rep, type, currency);
  return {
    id: `demo-${sequence}`,
    type,
    occurredAt: new Date(at).toISOString(),
    rep: { email: rep.email },
    ...(amount ? { amount } : {}),
    customer: { id: `demo-${customerName.toLowerCase().replace(/[^a-z]+/g, '-')}`, name: customerName },
  };
}

/**
 * A week of history up to `now`: events during local working hours (08:00-19:00 in the
 * offset given), busier mid-week, none at weekends.
 */
export function demoHistory(now: number, utcOffsetMinutes: number, currency: string, seed = 20261124): DemoEvent[] {
  const random = seededRandom(seed);
  const events: DemoEvent[] = [];
  const day = 86_400_000;
  const localMidnight = (at: number) => at - ((at + utcOffsetMinutes * 60_000) % day);
  for (let back = 7; back >= 0; back -= 1) {
    const midnight = localMidnight(now) - back * day;
    const weekday = new Date(midnight + utcOffsetMinutes * 60_000 + day / 2).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const count = 45 + Math.floor(random() * 30);
    for (let i = 0; i < count; i += 1) {
      const at = midnight + (8 * 60 + Math.floor(random() * 11 * 60)) * 60_000 + Math.floor(random() * 60_000);
      if (at >= now) continue;
      events.push(demoEvent(random, at, currency, `h${back}-${i}`));
    }
  }
  return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
