import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/support/context';
import { SECRETS, startHubSpotStandIn } from '../../tests/support/vendors';
import { hubspotAdapter } from '../ingest/hubspot/adapter';
import { listEvents } from './events';
import { retryDelay, startHeldRetry } from './held';
import { ingestEvents } from './ingest';
import { createRep } from './reps';
import { adapterSettings, createSource, requireSource } from './sources';

let ctx: TestContext;
let hubspot: Awaited<ReturnType<typeof startHubSpotStandIn>>;
const TOKEN = 'pat-na1-held';

beforeEach(async () => {
  ctx = createTestContext({ now: '2026-11-20T14:51:00Z' });
  hubspot = await startHubSpotStandIn(TOKEN);
});
afterEach(async () => {
  ctx.dispose();
  await hubspot.close();
});

describe('held elements', () => {
  it('backs off 1, 2, 4 … minutes, at most an hour', () => {
    expect([1, 2, 3, 7, 8, 20].map((n) => retryDelay(n) / 60_000)).toEqual([1, 2, 4, 60, 60, 60]);
  });

  it('are retried in the background until HubSpot answers, then scored once', async () => {
    createRep(ctx, { name: 'Carla Mendes', email: 'carla.mendes@example.com' });
    const { id } = createSource(ctx, { kind: 'hubspot', name: 'HubSpot', settings: { secret: SECRETS.hubspot, accessToken: TOKEN, apiBaseUrl: hubspot.url } });
    const source = requireSource(ctx, id);
    hubspot.setFailing(true);
    const element = { eventId: 1, subscriptionType: 'deal.propertyChange', objectId: 38611952014, occurredAt: Date.parse('2026-11-20T14:50:31.417Z'), propertyName: 'dealstage', propertyValue: 'closedwon' };
    const interpreted = await hubspotAdapter.replay!(JSON.stringify(element), adapterSettings(ctx, source), { now: ctx.now, fetch, baseCurrency: 'BRL' });
    if (!interpreted.ok) throw new Error('not ok');
    ingestEvents(ctx, source, interpreted.events, { held: interpreted.held ?? [] });
    expect(listEvents(ctx, { limit: 5, unmappedOnly: false }).events).toHaveLength(0);

    hubspot.setFailing(false);
    const changed = new Promise<void>((resolve) => ctx.bus.subscribe((e) => e.name === 'changed' && e.payload.tables.includes('held') && resolve()));
    ctx.setNow('2026-11-20T14:53:00Z'); // two minutes later: the first retry is due
    const stop = startHeldRetry(ctx, 5);
    await changed;
    stop();
    expect(listEvents(ctx, { limit: 5, unmappedOnly: false }).events).toMatchObject([{ type: 'deal.won', repName: 'Carla Mendes', points: 235 }]);
  });
});
