import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, pipedriveHeaders, SECRETS } from '../../../tests/support/vendors';
import { startVendorApp, type VendorApp } from '../../../tests/support/vendor-app';

let app: VendorApp;
const won = fixture('pipedrive/deal.change.won.json');
const stage = fixture('pipedrive/deal.change.stage.json');
const reopened = fixture('pipedrive/deal.change.reopened.json');
const auth = pipedriveHeaders();

/** A variant of a fixture with another delivery id (Pipedrive's meta.id), e.g. the same deal won again later. */
function variant(body: Buffer, metaId: string, timestamp: string): Buffer {
  const json = JSON.parse(body.toString('utf8'));
  json.meta.id = metaId;
  json.meta.timestamp = timestamp;
  return Buffer.from(JSON.stringify(json));
}

async function mapOwner(): Promise<void> {
  const reps = await app.t.call('reps.list');
  const rafael = reps.find((r) => r.name === 'Rafael Costa');
  await app.t.call('identities.map', { sourceId: app.source.id, kind: 'external_id', value: '21954378', repId: rafael?.id ?? 0 });
}

beforeEach(async () => {
  app = await startVendorApp('pipedrive', { username: SECRETS.pipedriveUser, password: SECRETS.pipedrivePassword }, Date.parse('2026-11-19T18:00:00Z'));
});
afterEach(() => app.stop());

describe('Pipedrive webhooks (v2)', () => {
  it('a deal whose status became won is deal.won for its owner, held until the owner is mapped, then scored once', async () => {
    const answer = await app.post(won, auth);
    expect(answer).toMatchObject({ status: 200, json: { status: 'held' } });
    const [event] = await app.events();
    expect(event).toMatchObject({ type: 'deal.won', repName: null, identity: '21954378', amountMinor: 1_250_000, currency: 'BRL', occurredAt: Date.parse('2026-11-19T17:22:05.481Z'), note: 'waits_for_rep' });
    const [unmapped] = await app.t.call('unmapped.list');
    expect(unmapped).toMatchObject({ sourceId: app.source.id, kind: 'external_id', value: '21954378', count: 1, sample: { type: 'deal.won', amountMinor: 1_250_000 } });
    await mapOwner();
    // 50 + 125 steps of R$ 100,00
    expect(await app.points('Rafael Costa')).toBe(175);
    expect(await app.t.call('unmapped.list')).toEqual([]);
  });

  it('a stage move of an open deal moves nothing; reopening the won deal takes it back', async () => {
    await mapOwner();
    expect((await app.post(stage, auth)).json).toMatchObject({ ok: true, ignored: [{ reason: 'deal 1203 changed without winning or losing (its status is still open)' }] });
    await app.post(won, auth);
    expect(await app.points('Rafael Costa')).toBe(175);
    expect((await app.post(reopened, auth)).json.status).toBe('accepted');
    expect(await app.points('Rafael Costa')).toBe(0);
    const [reversal] = await app.events();
    expect(reversal).toMatchObject({ type: 'deal.reopened', points: -175, explanations: [{ explanation: { kind: 'reversal', eventType: 'deal.won', by: 'deal.reopened' } }] });
  });

  it('a won is a transition: won twice counts once, won again after a reopening counts again', async () => {
    await mapOwner();
    await app.post(won, auth);
    const twice = await app.post(variant(won, 'b0c1d2e3-0000-4000-8000-000000000001', '2026-11-19T17:30:00.000Z'), auth);
    expect(twice.json.status).toBe('already_counted');
    expect(await app.points('Rafael Costa')).toBe(175);
    await app.post(reopened, auth);
    await app.post(variant(won, 'b0c1d2e3-0000-4000-8000-000000000002', '2026-11-21T09:00:00.000Z'), auth);
    expect(await app.points('Rafael Costa')).toBe(175);
  });

  it('a deal reopened that Fanfare never saw won takes nothing back, and does not cancel a later win', async () => {
    await mapOwner();
    expect((await app.post(reopened, auth)).json.status).toBe('ignored');
    await app.post(variant(won, 'b0c1d2e3-0000-4000-8000-000000000003', '2026-11-21T09:00:00.000Z'), auth);
    expect(await app.points('Rafael Costa')).toBe(175);
  });

  it('refuses wrong or missing Basic credentials (401, logged); a redelivery is a duplicate', async () => {
    expect((await app.post(won, pipedriveHeaders('fanfare-pipedrive', 'wrong-password'))).status).toBe(401);
    expect((await app.post(won, {})).json.error.message).toMatch(/Authorization header is missing/);
    await app.post(won, auth);
    expect((await app.post(won, auth)).json).toMatchObject({ status: 'duplicate', duplicate: true });
    expect((await app.deliveries()).map((d) => d.outcome)).toEqual(['duplicate', 'held', 'rejected', 'rejected']);
  });

  it('answers a malformed body with 400 naming the field', async () => {
    const json = JSON.parse(won.toString('utf8'));
    delete json.data.status;
    const missing = await app.post(Buffer.from(JSON.stringify(json)), auth);
    expect(missing).toMatchObject({ status: 400, json: { error: { code: 'invalid_input', message: 'data.status: is required' } } });
    json.data.status = 'won';
    json.data.value = '12500';
    expect((await app.post(Buffer.from(JSON.stringify(json)), auth)).json.error.message).toMatch(/^data.value: /);
    expect(await app.events()).toHaveLength(0);
  });
});
