import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asaasHeaders, fixture, SECRETS } from '../../../tests/support/vendors';
import { startVendorApp, type VendorApp } from '../../../tests/support/vendor-app';

let app: VendorApp;
const card = fixture('asaas/PAYMENT_CONFIRMED.card.json');
const settled = fixture('asaas/PAYMENT_RECEIVED.card-settled.json');
const pix = fixture('asaas/PAYMENT_RECEIVED.pix.json');
const refund = fixture('asaas/PAYMENT_REFUNDED.pix.json');
const token = asaasHeaders();

async function mapCustomers(): Promise<void> {
  const reps = await app.t.call('reps.list');
  const ana = reps.find((r) => r.name === 'Ana Souza')?.id ?? 0;
  await app.t.call('identities.map', { sourceId: app.source.id, kind: 'external_id', value: 'cus_000006412309', repId: ana });
  await app.t.call('identities.map', { sourceId: app.source.id, kind: 'external_id', value: 'cus_000006418774', repId: ana });
}

beforeEach(async () => {
  app = await startVendorApp('asaas', { secret: SECRETS.asaas }, Date.parse('2026-12-22T12:00:00Z'));
});
afterEach(() => app.stop());

describe('Asaas webhooks', () => {
  it('reads reais as exact cents and Brasília times without offset as UTC-3', async () => {
    await mapCustomers();
    await app.post(card, token);
    await app.post(pix, token);
    const [p, c] = await app.events();
    expect(c).toMatchObject({ type: 'payment.confirmed', repName: 'Ana Souza', identity: 'cus_000006412309', amountMinor: 189_050, currency: 'BRL', occurredAt: Date.parse('2026-11-18T18:12:47Z') });
    // 21:47 on 19 Nov in Brasília is 20 Nov in UTC, and still 19 Nov for a São Paulo team.
    expect(p).toMatchObject({ amountMinor: 45_000, occurredAt: Date.parse('2026-11-20T00:47:03Z') });
  });

  it('counts a payment once per payment.id: the card settling a month later is already counted', async () => {
    await mapCustomers();
    await app.post(card, token);
    // R$ 1.890,50: 20 + 18 steps
    expect(await app.points('Ana Souza')).toBe(38);
    expect((await app.post(settled, token)).json).toMatchObject({ status: 'already_counted', duplicate: true });
    expect(await app.points('Ana Souza')).toBe(38);
  });

  it('a refund takes the payment back', async () => {
    await mapCustomers();
    await app.post(pix, token);
    expect(await app.points('Ana Souza')).toBe(24);
    await app.post(refund, token);
    expect(await app.points('Ana Souza')).toBe(0);
  });

  it('holds payments of a customer nobody mapped, and scores them when the manager maps the customer', async () => {
    expect((await app.post(card, token)).json.status).toBe('held');
    const [group] = await app.t.call('unmapped.list');
    expect(group).toMatchObject({ kind: 'external_id', value: 'cus_000006412309', count: 1, sample: { amountMinor: 189_050, currency: 'BRL' } });
    await mapCustomers();
    expect(await app.points('Ana Souza')).toBe(38);
  });

  it('refuses a wrong or missing token (401, logged); a redelivery is a duplicate', async () => {
    expect((await app.post(card, asaasHeaders('not-the-token'))).status).toBe(401);
    expect((await app.post(card, {})).json.error.message).toMatch(/asaas-access-token header is missing/);
    await app.post(card, token);
    expect((await app.post(card, token)).json.status).toBe('duplicate');
    expect((await app.deliveries()).filter((d) => d.outcome === 'rejected')).toHaveLength(2);
  });

  it('answers a malformed body with 400 naming the field', async () => {
    const json = JSON.parse(card.toString('utf8'));
    json.payment.value = '1890.50';
    expect((await app.post(Buffer.from(JSON.stringify(json)), token)).json.error.message).toMatch(/^payment.value: /);
    json.payment.value = 1890.5;
    json.dateCreated = '2026-11-18T15:12:47Z';
    expect((await app.post(Buffer.from(JSON.stringify(json)), token)).json.error.message).toBe('dateCreated: must be "YYYY-MM-DD HH:mm:ss" (Brasília time)');
  });
});
