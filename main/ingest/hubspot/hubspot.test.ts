import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, hubspotHeaders, SECRETS, startHubSpotStandIn } from '../../../tests/support/vendors';
import { startVendorApp, type VendorApp } from '../../../tests/support/vendor-app';

const TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
const PUBLIC_URL = 'https://hooks.nortedigital.example.com/hooks/hubspot/hs-main';
const SIGNED_AT = 1795186233102;
const body = fixture('hubspot/webhook.deal-won-and-created.json');

let app: VendorApp;
let hubspot: Awaited<ReturnType<typeof startHubSpotStandIn>>;

beforeEach(async () => {
  hubspot = await startHubSpotStandIn(TOKEN);
  app = await startVendorApp('hubspot', { secret: SECRETS.hubspot, accessToken: TOKEN, apiBaseUrl: hubspot.url, publicUrl: PUBLIC_URL }, SIGNED_AT + 10_000);
});
afterEach(async () => {
  await app.stop();
  await hubspot.close();
});

/** A HubSpot delivery of `elements`, signed over the public URL at `at`. */
function signed(elements: unknown, at: number): [Buffer, Record<string, string>] {
  const raw = Buffer.from(JSON.stringify(elements));
  app.setNow(at + 1000);
  return [raw, hubspotHeaders(raw, PUBLIC_URL, at)];
}

describe('HubSpot webhooks (v3)', () => {
  it('the vector delivery: the won deal becomes deal.won for its owner with the amount from the API; the created deal moves nothing', async () => {
    const answer = await app.post(body, { 'x-hubspot-signature-v3': 'B+vJmKAHwi7GZ+XP9SqmVi/fY4HhnVKxr6APcyOcESo=', 'x-hubspot-request-timestamp': String(SIGNED_AT) });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ accepted: 1, events: [{ status: 'accepted' }], ignored: [{ reason: 'deal.creation is not a deal won' }] });
    const [event] = await app.events();
    expect(event).toMatchObject({ type: 'deal.won', repName: 'Carla Mendes', identity: 'carla.mendes@example.com', amountMinor: 1_850_000, currency: 'BRL', occurredAt: Date.parse('2026-11-20T14:50:31.417Z'), customerName: 'Grupo Horizonte - renovação 2027' });
    // 50 + 185 steps of R$ 100,00.
    expect(await app.points('Carla Mendes')).toBe(235);
    expect(hubspot.requests).toEqual([
      '/crm/v3/objects/deals/38611952014?properties=amount,dealname,hubspot_owner_id,closedate,dealstage,deal_currency_code',
      '/crm/v3/owners/512093847',
    ]);
  });

  it('refuses a forged, a stale and a replayed delivery (401, logged)', async () => {
    const forged = await app.post(body, hubspotHeaders(body, PUBLIC_URL, SIGNED_AT, 'not-the-client-secret'));
    expect(forged.status).toBe(401);
    // Signed for the local address instead of the URL HubSpot calls: the message says what to set.
    const local = await app.post(body, hubspotHeaders(body, app.source.webhookUrl, SIGNED_AT));
    expect(local.json.error.message).toMatch(/set the source's public URL/);
    app.setNow(SIGNED_AT + 301_000);
    const stale = await app.post(body, hubspotHeaders(body, PUBLIC_URL, SIGNED_AT));
    expect(stale.json.error.message).toMatch(/^stale/);
    app.setNow(SIGNED_AT + 10_000);
    const headers = hubspotHeaders(body, PUBLIC_URL, SIGNED_AT);
    expect((await app.post(body, headers)).status).toBe(200);
    expect((await app.post(body, headers)).json.error.message).toMatch(/^replayed/);
    expect((await app.deliveries()).filter((d) => d.outcome === 'rejected' && d.httpStatus === 401)).toHaveLength(4);
  });

  it('a redelivered element is a duplicate; a second move to won without leaving it counts once', async () => {
    await app.post(...signed(JSON.parse(body.toString('utf8')), SIGNED_AT + 5000));
    const again = await app.post(...signed(JSON.parse(body.toString('utf8')), SIGNED_AT + 6000));
    expect(again.json.events).toEqual([{ id: expect.stringMatching(/^deal.propertyChange:38611952014:/), status: 'duplicate', duplicate: true }]);
    const [won] = JSON.parse(body.toString('utf8'));
    const rewon = await app.post(...signed([{ ...won, eventId: 1843027999, occurredAt: won.occurredAt + 60_000 }], SIGNED_AT + 70_000));
    expect(rewon.json.events[0].status).toBe('already_counted');
    expect(await app.points('Carla Mendes')).toBe(235);
  });

  it('keeps the won deal held, not dropped, while the API fails, and scores it once on replay', async () => {
    hubspot.setFailing(true);
    const answer = await app.post(...signed(JSON.parse(body.toString('utf8')), SIGNED_AT + 5000));
    expect(answer.status).toBe(200);
    expect(answer.json.held).toEqual([{ id: expect.stringMatching(/^deal.propertyChange:38611952014/), reason: 'HubSpot answered 503 reading deal 38611952014' }]);
    expect(await app.events()).toHaveLength(0);
    const [delivery] = await app.deliveries();
    expect(delivery).toMatchObject({ outcome: 'held', held: { pending: 1, resolved: 0 } });
    const sources = await app.t.call('sources.list');
    expect(sources[0]?.heldCount).toBe(1);

    const stillDown = await app.t.call('sources.replay', { deliveryId: delivery?.id ?? 0 });
    expect(stillDown).toEqual({ resolved: 0, stillHeld: 1, reason: 'HubSpot answered 503 reading deal 38611952014' });

    hubspot.setFailing(false);
    expect(await app.t.call('sources.replay', { deliveryId: delivery?.id ?? 0 })).toEqual({ resolved: 1, stillHeld: 0, reason: null });
    expect(await app.points('Carla Mendes')).toBe(235);
    expect((await app.deliveries())[0]).toMatchObject({ outcome: 'held', held: { pending: 0, resolved: 1 } });
    const replayAgain = await app.t.api('sources.replay', { deliveryId: delivery?.id ?? 0 });
    expect(replayAgain).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a deal moved out of its won stage takes the win back; moves between open stages are ignored', async () => {
    const [won] = JSON.parse(body.toString('utf8'));
    await app.post(...signed([won], SIGNED_AT + 5000));
    const reopened = await app.post(...signed([{ ...won, eventId: 1843029000, occurredAt: won.occurredAt + 3_600_000, propertyValue: 'contractsent' }], SIGNED_AT + 3_700_000));
    expect(reopened.json.events[0].status).toBe('accepted');
    expect(await app.points('Carla Mendes')).toBe(0);
    const again = await app.post(...signed([{ ...won, eventId: 1843029001, occurredAt: won.occurredAt + 7_200_000, propertyValue: 'qualifiedtobuy' }], SIGNED_AT + 7_300_000));
    expect(again.json.events[0].status).toBe('ignored');
    // Won again after the reopening: it counts again.
    await app.post(...signed([{ ...won, eventId: 1843029002, occurredAt: won.occurredAt + 9_000_000 }], SIGNED_AT + 9_100_000));
    expect(await app.points('Carla Mendes')).toBe(235);
  });

  it('uses the manager\'s won stage ids for custom pipelines', async () => {
    await app.t.call('sources.update', { id: app.source.id, settings: { wonStages: ['98765432'] } });
    const [won] = JSON.parse(body.toString('utf8'));
    const closedwon = await app.post(...signed([won], SIGNED_AT + 5000));
    expect(closedwon.json.events[0].status).toBe('ignored');
    const custom = await app.post(...signed([{ ...won, eventId: 5, propertyValue: '98765432' }], SIGNED_AT + 6000));
    expect(custom.json.events[0].status).toBe('accepted');
  });

  it('answers a malformed body with 400 naming the field', async () => {
    const [won, created] = JSON.parse(body.toString('utf8'));
    delete created.objectId;
    const missing = await app.post(...signed([won, created], SIGNED_AT + 5000));
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toBe('[1].objectId: is required');
    const notArray = await app.post(...signed(won, SIGNED_AT + 6000));
    expect(notArray.json.error.message).toBe('must be a JSON array of HubSpot events (webhooks v3)');
    expect(await app.events()).toHaveLength(0);
  });
});
