import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, SECRETS, stripeCreated, stripeHeaders } from '../../../tests/support/vendors';
import { startVendorApp, type VendorApp } from '../../../tests/support/vendor-app';

let app: VendorApp;

/** Delivers a fixture as Stripe would: signed 2 s after the event, received 1 s later. */
async function deliver(body: Buffer, opts: { delay?: number; secret?: string } = {}) {
  const t = stripeCreated(body) + 2 + (opts.delay ?? 0);
  app.setNow((t + 1) * 1000);
  return app.post(body, stripeHeaders(body, t, opts.secret));
}

beforeEach(async () => {
  app = await startVendorApp('stripe', { secret: SECRETS.stripe }, Date.parse('2026-11-17T00:00:00Z'));
  // 1 USD = 5 BRL and 1 EUR = 6 BRL, so foreign payments score amount points too.
  await app.t.call('rates.set', { currency: 'USD', rate: '5' });
  await app.t.call('rates.set', { currency: 'EUR', rate: '6' });
});
afterEach(() => app.stop());

describe('Stripe webhooks', () => {
  it.each([
    ['payment_intent.succeeded.json', 'Emily Carter', 249_900, 'USD', '2026-11-17T15:04:13.000Z'],
    ['charge.succeeded.json', 'Emily Carter', 120_000, 'USD', '2026-11-17T18:21:41.000Z'],
    ['invoice.paid.json', 'Bruno Lima', 89_000, 'EUR', '2026-11-18T12:00:07.000Z'],
    ['checkout.session.completed.json', 'Ana Souza', 359_000, 'BRL', '2026-11-18T19:33:52.000Z'],
    ['payment_intent.succeeded.jpy.json', 'Kenji Sato', 48_000, 'JPY', '2026-11-19T02:15:30.000Z'],
  ])('%s becomes payment.confirmed for %s, %i minor units of %s at %s', async (file, rep, amount, currency, at) => {
    const answer = await deliver(fixture(`stripe/${file}`));
    expect(answer).toMatchObject({ status: 200, json: { ok: true, status: 'accepted', duplicate: false } });
    const [event] = await app.events();
    expect(event).toMatchObject({ type: 'payment.confirmed', repName: rep, amountMinor: amount, currency, occurredAt: Date.parse(at) });
  });

  it('refuses a forged, a stale and a replayed delivery with 401 and a row in the delivery log', async () => {
    const body = fixture('stripe/charge.succeeded.json');
    const forged = await deliver(body, { secret: 'whsec_not_the_secret_of_this_endpoint' });
    expect(forged.status).toBe(401);
    expect(forged.json.error).toMatchObject({ code: 'bad_signature', message: expect.stringMatching(/does not match/) });

    const t = stripeCreated(body);
    app.setNow((t + 301) * 1000);
    const stale = await app.post(body, stripeHeaders(body, t));
    expect(stale.status).toBe(401);
    expect(stale.json.error.message).toMatch(/^stale: signed at/);

    const headers = stripeHeaders(body, t + 2);
    app.setNow((t + 3) * 1000);
    expect((await app.post(body, headers)).status).toBe(200);
    const replayed = await app.post(body, headers);
    expect(replayed.status).toBe(401);
    expect(replayed.json.error.message).toMatch(/^replayed/);

    const log = await app.deliveries();
    expect(log.filter((d) => d.outcome === 'rejected').map((d) => [d.httpStatus, d.reason?.split(':')[0]]).sort()).toEqual([
      [401, 'Stripe-Signature does not match the body signed with this source\'s secret'],
      [401, 'replayed'],
      [401, 'stale'],
    ]);
    expect(log.filter((d) => d.outcome === 'accepted')).toHaveLength(1);
    expect(await app.events()).toHaveLength(1);
  });

  it('a retry of the same event (re-signed by Stripe) is a duplicate and changes nothing', async () => {
    const body = fixture('stripe/checkout.session.completed.json');
    await deliver(body);
    const before = await app.points('Ana Souza');
    const retry = await deliver(body, { delay: 60 });
    expect(retry).toMatchObject({ status: 200, json: { status: 'duplicate', duplicate: true } });
    expect(await app.points('Ana Souza')).toBe(before);
    expect(before).toBe(20 + 35); // R$ 3,590.00: 20 + 35 steps of 100.00
  });

  it('takes back only the newly refunded share of a partial refund: $1,200 charge, $300 refunded', async () => {
    await deliver(fixture('stripe/charge.succeeded.json'));
    // $1,200 x 5 = R$ 6,000.00: 20 + 60 = 80 points.
    expect(await app.points('Emily Carter')).toBe(80);
    const refund = await deliver(fixture('stripe/charge.refunded.partial.json'));
    expect(refund.json).toMatchObject({ status: 'accepted' });
    // 30,000 of 120,000 = 25% of 80 = 20 points taken back; the payment nets $900.
    expect(await app.points('Emily Carter')).toBe(60);
    const events = await app.events();
    expect(events.map((e) => [e.type, e.amountMinor, e.points])).toEqual([
      ['payment.refunded', 30_000, -20],
      ['payment.confirmed', 120_000, 80],
    ]);
    expect(events[0]?.explanations[0]?.explanation).toMatchObject({ kind: 'reversal', eventType: 'payment.confirmed', by: 'payment.refunded', share: { amountMinor: 30_000, ofMinor: 120_000, currency: 'USD' } });
  });

  it('one payment, several events: the money counts once, keyed on the PaymentIntent', async () => {
    await deliver(fixture('stripe/payment_intent.succeeded.json'));
    const points = await app.points('Emily Carter');
    // The charge of that same PaymentIntent, as Stripe sends it alongside.
    const charge = JSON.parse(fixture('stripe/charge.succeeded.json').toString('utf8'));
    charge.id = 'evt_3SRd1sLq8XvR2aTt1xCh4rGe';
    charge.created = 1794927854;
    charge.data.object = { ...charge.data.object, id: 'ch_3SRd1sLq8XvR2aTt1Bq2nWe9', amount: 249_900, amount_captured: 249_900, payment_intent: 'pi_3SRd1sLq8XvR2aTt1Gk4mZpw' };
    const answer = await deliver(Buffer.from(JSON.stringify(charge, null, 2)));
    expect(answer.json).toMatchObject({ status: 'already_counted', duplicate: true });
    expect(await app.points('Emily Carter')).toBe(points);
    const [second] = await app.events();
    expect(second).toMatchObject({ type: 'payment.confirmed', points: 0, note: 'already_counted' });
  });

  it('the same event delivered 3 times at once counts once', async () => {
    const body = fixture('stripe/payment_intent.succeeded.jpy.json');
    const t = stripeCreated(body);
    app.setNow((t + 10) * 1000);
    const answers = await Promise.all([1, 2, 3].map((i) => app.post(body, stripeHeaders(body, t + i))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.json.status).sort()).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(await app.events()).toHaveLength(1);
  });

  it('answers a malformed body with 400 naming the field, and stores nothing', async () => {
    const event = JSON.parse(fixture('stripe/payment_intent.succeeded.json').toString('utf8'));
    delete event.data.object.amount;
    const missing = await deliver(Buffer.from(JSON.stringify(event)));
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatchObject({ code: 'invalid_input', message: 'data.object.amount: is required' });
    event.data.object.amount = 100;
    event.data.object.currency = 'xyz';
    const currency = await deliver(Buffer.from(JSON.stringify(event)));
    expect(currency.json.error.message).toBe('data.object.currency: "xyz" is not an ISO 4217 currency code');
    const broken = Buffer.from('{"id": "evt_1",');
    const notJson = await app.post(broken, stripeHeaders(broken, Math.floor(Date.parse('2026-11-17T15:04:20Z') / 1000)));
    expect(notJson.json.error.code).toBe('invalid_json');
    expect(await app.events()).toHaveLength(0);
  });

  it('acknowledges events that move no points, without storing them', async () => {
    const event = { id: 'evt_1NoPoints', object: 'event', created: 1795000000, type: 'customer.created', data: { object: { id: 'cus_1' } } };
    const answer = await deliver(Buffer.from(JSON.stringify(event)));
    expect(answer).toMatchObject({ status: 200, json: { ok: true, ignored: [{ id: 'evt_1NoPoints', reason: 'customer.created moves no points' }] } });
    expect(await app.events()).toHaveLength(0);
  });
});
