// Each vendor's signature scheme against the computed vectors of SIGNATURES.md.
import { describe, expect, it } from 'vitest';
import { fixture, SECRETS } from '../../tests/support/vendors';
import type { RawDelivery, SourceSettings } from './adapter';
import { asaasAdapter } from './asaas/adapter';
import { calcomAdapter } from './calcom/adapter';
import { calendlyAdapter } from './calendly/adapter';
import { signHubSpotV3, verifyHubSpotV3 } from './hubspot/signature';
import { pipedriveAdapter } from './pipedrive/adapter';
import { stripeAdapter } from './stripe/adapter';

const delivery = (body: Buffer, headers: Record<string, string>, receivedAt: number): RawDelivery => ({ method: 'POST', url: '/hooks/x/y', headers, body, receivedAt });
const source = (kind: SourceSettings['kind'], secret: string, config: Record<string, unknown> = {}): SourceSettings => ({ id: 'src', kind, secret, config, webhookUrl: 'http://127.0.0.1:4870/hooks/x/y' });

describe('Stripe-Signature', () => {
  const body = fixture('stripe/charge.refunded.partial.json');
  const t = 1795093807;
  const header = 't=1795093807,v1=d54fba30a431db327dca6eed95bc85c4d3b3d99c91aee163ffafdfff8f3cc2f8';
  const rotated = `${header},v1=7d5a3f1746a531042dc052067f29711e4f3a54c34256fea073db2ded4e840161`;

  it('accepts the vector just after t, refuses it with the real clock (stale) and when forged', () => {
    expect(stripeAdapter.verify(delivery(body, { 'stripe-signature': header }, (t + 10) * 1000), source('stripe', SECRETS.stripe)).ok).toBe(true);
    const stale = stripeAdapter.verify(delivery(body, { 'stripe-signature': header }, (t + 301) * 1000), source('stripe', SECRETS.stripe));
    expect(stale).toMatchObject({ ok: false, reason: expect.stringMatching(/^stale: signed at 2026-11-19T13:10:07.000Z/) });
    const forged = stripeAdapter.verify(delivery(Buffer.concat([body, Buffer.from(' ')]), { 'stripe-signature': header }, (t + 10) * 1000), source('stripe', SECRETS.stripe));
    expect(forged).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
    expect(stripeAdapter.verify(delivery(body, {}, (t + 10) * 1000), source('stripe', SECRETS.stripe))).toMatchObject({ ok: false, reason: expect.stringMatching(/missing/) });
  });

  it('during a secret rotation accepts a delivery signed with either secret, whichever one is configured', () => {
    expect(stripeAdapter.verify(delivery(body, { 'stripe-signature': rotated }, (t + 10) * 1000), source('stripe', SECRETS.stripe)).ok).toBe(true);
    expect(stripeAdapter.verify(delivery(body, { 'stripe-signature': rotated }, (t + 10) * 1000), source('stripe', SECRETS.stripeOld)).ok).toBe(true);
    // Only the old signature on the delivery, the new secret configured with the old one as previous.
    const oldOnly = 't=1795093807,v1=7d5a3f1746a531042dc052067f29711e4f3a54c34256fea073db2ded4e840161';
    expect(stripeAdapter.verify(delivery(body, { 'stripe-signature': oldOnly }, (t + 10) * 1000), source('stripe', SECRETS.stripe)).ok).toBe(false);
    expect(stripeAdapter.verify(delivery(body, { 'stripe-signature': oldOnly }, (t + 10) * 1000), source('stripe', SECRETS.stripe, { previousSecret: SECRETS.stripeOld })).ok).toBe(true);
  });
});

describe('X-HubSpot-Signature-v3', () => {
  it("matches HubSpot's own published example", () => {
    const body = '[{"eventId":531833541,"subscriptionId":3923621,"portalId":48807704,"appId":16111050,"occurredAt":1752613920733,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":138017612137,"changeFlag":"CREATED","changeSource":"CRM_UI","sourceId":"userId:76023669"}]';
    expect(signHubSpotV3('cfc68c0b-4b4e-4ef8-b764-95350e4ea479', 'POST', 'https://webhook.site/335453f5-94b3-49d9-b684-a55354d4b8df', body, '1752613922216')).toBe('gbj1XPRvUt0noT7i7fXfTzOD4sLzQmf0VT28ZYq0EYg=');
  });

  it('verifies the vector over the public URL, not the local address, within 5 minutes', () => {
    const body = fixture('hubspot/webhook.deal-won-and-created.json');
    const base = { secret: SECRETS.hubspot, method: 'POST', body, signature: 'B+vJmKAHwi7GZ+XP9SqmVi/fY4HhnVKxr6APcyOcESo=', timestamp: '1795186233102' };
    const uri = 'https://hooks.nortedigital.example.com/hooks/hubspot/hs-main';
    expect(verifyHubSpotV3({ ...base, uri, now: 1795186233102 + 10_000 }).ok).toBe(true);
    expect(verifyHubSpotV3({ ...base, uri: 'http://127.0.0.1:4870/hooks/hubspot/hs-main', now: 1795186233102 + 10_000 })).toMatchObject({ ok: false, reason: expect.stringMatching(/public URL/) });
    expect(verifyHubSpotV3({ ...base, uri, now: 1795186233102 + 301_000 })).toMatchObject({ ok: false, reason: expect.stringMatching(/^stale/) });
    // Escapes HubSpot decodes before signing are decoded here too.
    expect(verifyHubSpotV3({ ...base, uri: 'https%3A%2F%2Fhooks.nortedigital.example.com%2Fhooks%2Fhubspot%2Fhs-main', now: 1795186233102 + 10_000 }).ok).toBe(true);
  });
});

describe('Pipedrive Basic auth', () => {
  const body = fixture('pipedrive/deal.change.won.json');
  const settings = source('pipedrive', SECRETS.pipedrivePassword, { username: SECRETS.pipedriveUser });
  it('accepts the vector header and refuses a wrong or missing one', () => {
    expect(pipedriveAdapter.verify(delivery(body, { authorization: 'Basic ZmFuZmFyZS1waXBlZHJpdmU6cGQtN0pxMnhSOXZMdzRtVHo4Tg==' }, 0), settings).ok).toBe(true);
    expect(pipedriveAdapter.verify(delivery(body, { authorization: 'Basic ZmFuZmFyZS1waXBlZHJpdmU6d3Jvbmc=' }, 0), settings).ok).toBe(false);
    expect(pipedriveAdapter.verify(delivery(body, {}, 0), settings)).toMatchObject({ ok: false, reason: expect.stringMatching(/Authorization header is missing/) });
  });
});

describe('Calendly-Webhook-Signature', () => {
  const body = fixture('calendly/invitee.created.json');
  const header = 't=1795020132,v1=265956ff4793130c27fe9679b784269073d3540652c7ed0867de8474fb3e542e';
  it('accepts the vector within 3 minutes and refuses it after', () => {
    expect(calendlyAdapter.verify(delivery(body, { 'calendly-webhook-signature': header }, 1795020142_000), source('calendly', SECRETS.calendly)).ok).toBe(true);
    expect(calendlyAdapter.verify(delivery(body, { 'calendly-webhook-signature': header }, 1795020313_000), source('calendly', SECRETS.calendly))).toMatchObject({ ok: false, reason: expect.stringMatching(/^stale/) });
  });
});

describe('X-Cal-Signature-256', () => {
  const body = fixture('calcom/BOOKING_CREATED.json');
  it('accepts the vector, refuses another body and an unsigned webhook', () => {
    const header = { 'x-cal-signature-256': '82d950b1f93703e184ae7a405328d085b65c58c51d1e9cd45dc8290f490ad81f' };
    expect(calcomAdapter.verify(delivery(body, header, 0), source('calcom', SECRETS.calcom)).ok).toBe(true);
    expect(calcomAdapter.verify(delivery(fixture('calcom/BOOKING_CANCELLED.json'), header, 0), source('calcom', SECRETS.calcom)).ok).toBe(false);
    expect(calcomAdapter.verify(delivery(body, { 'x-cal-signature-256': 'no-secret-provided' }, 0), source('calcom', SECRETS.calcom))).toMatchObject({ ok: false, reason: expect.stringMatching(/has no secret/) });
  });
});

describe('asaas-access-token', () => {
  it('accepts the configured token only', () => {
    const body = fixture('asaas/PAYMENT_CONFIRMED.card.json');
    expect(asaasAdapter.verify(delivery(body, { 'asaas-access-token': SECRETS.asaas }, 0), source('asaas', SECRETS.asaas)).ok).toBe(true);
    expect(asaasAdapter.verify(delivery(body, { 'asaas-access-token': 'f3a9c1e7-0000-4d8f-9a6e-1c0b7d3e2f48' }, 0), source('asaas', SECRETS.asaas)).ok).toBe(false);
  });
});
