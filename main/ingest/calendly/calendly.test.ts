import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendlyHeaders, fixture } from '../../../tests/support/vendors';
import { SECRETS } from '../../../tests/support/vendors';
import { startVendorApp, type VendorApp } from '../../../tests/support/vendor-app';

let app: VendorApp;
const created = fixture('calendly/invitee.created.json');
const canceled = fixture('calendly/invitee.canceled.json');
const T = 1795020132;

async function deliver(body: Buffer, t = T) {
  app.setNow((t + 2) * 1000);
  return app.post(body, calendlyHeaders(body, t));
}

/** A rescheduled invitee: Calendly cancels the old one (rescheduled: true) and creates a new one naming it. */
function reschedule(): { cancelOld: Buffer; createNew: Buffer; cancelNew: Buffer } {
  const oldUri = JSON.parse(created.toString('utf8')).payload.uri as string;
  const newUri = oldUri.replace(/[^/]+$/, 'f1a2b3c4-0000-4000-8000-000000000009');
  const cancelOld = JSON.parse(canceled.toString('utf8'));
  cancelOld.payload.rescheduled = true;
  const createNew = JSON.parse(created.toString('utf8'));
  createNew.payload.uri = newUri;
  createNew.payload.old_invitee = oldUri;
  createNew.payload.created_at = '2026-11-19T10:06:00.000000Z';
  const cancelNew = JSON.parse(canceled.toString('utf8'));
  cancelNew.payload.uri = newUri;
  cancelNew.payload.old_invitee = oldUri;
  return { cancelOld: Buffer.from(JSON.stringify(cancelOld)), createNew: Buffer.from(JSON.stringify(createNew)), cancelNew: Buffer.from(JSON.stringify(cancelNew)) };
}

beforeEach(async () => {
  app = await startVendorApp('calendly', { secret: SECRETS.calendly }, (T + 2) * 1000);
});
afterEach(() => app.stop());

describe('Calendly webhooks', () => {
  it('the vector: invitee.created is a booking for the host, at the time it was booked', async () => {
    const answer = await app.post(created, { 'calendly-webhook-signature': 't=1795020132,v1=265956ff4793130c27fe9679b784269073d3540652c7ed0867de8474fb3e542e' });
    expect(answer).toMatchObject({ status: 200, json: { status: 'accepted' } });
    const [event] = await app.events();
    expect(event).toMatchObject({ type: 'appointment.booked', repName: 'Diego Alves', occurredAt: Date.parse('2026-11-18T16:42:10.837Z'), amountMinor: null });
    expect(await app.points('Diego Alves')).toBe(15);
  });

  it('a cancellation takes the booking back', async () => {
    await deliver(created);
    const answer = await deliver(canceled, T + 60_000);
    expect(answer.json.status).toBe('accepted');
    expect(await app.points('Diego Alves')).toBe(0);
    const [event] = await app.events();
    expect(event).toMatchObject({ type: 'appointment.canceled', occurredAt: Date.parse('2026-11-19T10:05:44.120Z'), points: -15 });
  });

  it('a reschedule is one booking, not two; cancelling the rescheduled booking takes it back', async () => {
    const { cancelOld, createNew, cancelNew } = reschedule();
    await deliver(created);
    expect((await deliver(cancelOld, T + 60_000)).json.ignored[0].reason).toMatch(/rescheduled, not cancelled/);
    expect((await deliver(createNew, T + 60_010)).json.status).toBe('already_counted');
    expect(await app.points('Diego Alves')).toBe(15);
    await deliver(cancelNew, T + 90_000);
    expect(await app.points('Diego Alves')).toBe(0);
  });

  it('refuses forged and stale signatures (401, logged); a redelivery is a duplicate', async () => {
    app.setNow((T + 2) * 1000);
    expect((await app.post(created, calendlyHeaders(created, T, 'not-the-signing-key'))).status).toBe(401);
    app.setNow((T + 181) * 1000);
    expect((await app.post(created, calendlyHeaders(created, T))).json.error.message).toMatch(/^stale.*Calendly allows 180 s/);
    await deliver(created);
    expect((await deliver(created, T + 30)).json.status).toBe('duplicate');
    expect((await app.deliveries()).filter((d) => d.outcome === 'rejected')).toHaveLength(2);
  });

  it('answers a malformed body with 400 naming the field', async () => {
    const json = JSON.parse(created.toString('utf8'));
    json.payload.scheduled_event.event_memberships = [];
    const answer = await deliver(Buffer.from(JSON.stringify(json)));
    expect(answer).toMatchObject({ status: 400, json: { error: { message: 'payload.scheduled_event.event_memberships: must name the host' } } });
    json.payload.scheduled_event.event_memberships = [{ user_email: 'diego' }];
    expect((await deliver(Buffer.from(JSON.stringify(json)))).json.error.message).toBe('payload.scheduled_event.event_memberships[0].user_email: must be an e-mail address');
  });
});
