// With no TV open, accepted events only fill the replay log (the newest celebrations, for a TV
// that reconnects): a burst bigger than the log keeps exactly the newest ones, in order.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/support/context';
import { genericSource } from '../../tests/support/deliver';
import { createRep } from '../services/reps';
import { momentsForEvents } from '../services/wallboard/celebrations';
import { WallboardHub } from './wallboard-hub';

let ctx: TestContext;
let hub: WallboardHub;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
  ctx = createTestContext();
  hub = new WallboardHub(ctx);
});
afterEach(() => {
  hub.close();
  ctx.dispose();
  vi.useRealTimers();
});

it('a burst larger than the replay log, with no TV open, leaves its newest celebrations in the log, in order', () => {
  createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' });
  const { deliver } = genericSource(ctx);
  const before = hub.celebrations.cursor();
  const burst = Array.from({ length: hub.celebrations.capacity + 57 }, (_, i) => ({
    id: `burst-${i}`,
    type: 'deal.won',
    occurredAt: new Date(ctx.now()).toISOString(),
    rep: { email: 'ana@x.com' },
    amount: { value: '1250.00', currency: 'BRL' },
  }));
  const eventIds = deliver(burst).outcomes.map((o) => o.eventId ?? 0);

  vi.runOnlyPendingTimers();

  const replayed = hub.celebrations.missedSince(before).map((l) => l.moment);
  const all = momentsForEvents(ctx, eventIds);
  expect(all).toHaveLength(burst.length);
  expect(replayed).toEqual(all.slice(-hub.celebrations.capacity));
});
