import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calcomHeaders, fixture, SECRETS } from '../../../tests/support/vendors';
import { startVendorApp, type VendorApp } from '../../../tests/support/vendor-app';

let app: VendorApp;
const created = fixture('calcom/BOOKING_CREATED.json');
const cancelled = fixture('calcom/BOOKING_CANCELLED.json');

beforeEach(async () => {
  app = await startVendorApp('calcom', { secret: SECRETS.calcom }, Date.parse('2026-11-19T13:27:46Z'));
});
afterEach(() => app.stop());

describe('Cal.com webhooks', () => {
  it('the vector: BOOKING_CREATED is a booking for the organizer; BOOKING_CANCELLED takes it back', async () => {
    const answer = await app.post(created, { 'x-cal-signature-256': '82d950b1f93703e184ae7a405328d085b65c58c51d1e9cd45dc8290f490ad81f' });
    expect(answer).toMatchObject({ status: 200, json: { status: 'accepted' } });
    expect((await app.events())[0]).toMatchObject({ type: 'appointment.booked', repName: 'Bruno Lima', occurredAt: Date.parse('2026-11-19T13:27:44.915Z'), customerName: 'Mariana Araújo' });
    expect(await app.points('Bruno Lima')).toBe(15);
    expect((await app.post(cancelled, calcomHeaders(cancelled))).json.status).toBe('accepted');
    expect(await app.points('Bruno Lima')).toBe(0);
    expect((await app.events())[0]).toMatchObject({ type: 'appointment.canceled', occurredAt: Date.parse('2026-11-20T09:02:13.377Z'), points: -15 });
  });

  it('a reschedule continues the booking instead of counting a second one', async () => {
    await app.post(created, calcomHeaders(created));
    const json = JSON.parse(created.toString('utf8'));
    json.triggerEvent = 'BOOKING_RESCHEDULED';
    json.payload.rescheduleUid = json.payload.uid;
    json.payload.uid = 'nW3pQ8xK2mV7cR4tY9sLbE';
    const moved = Buffer.from(JSON.stringify(json));
    expect((await app.post(moved, calcomHeaders(moved))).json.status).toBe('already_counted');
    const cancel = JSON.parse(cancelled.toString('utf8'));
    cancel.payload.uid = 'nW3pQ8xK2mV7cR4tY9sLbE';
    const cancelMoved = Buffer.from(JSON.stringify(cancel));
    await app.post(cancelMoved, calcomHeaders(cancelMoved));
    expect(await app.points('Bruno Lima')).toBe(0);
  });

  it('refuses a forged signature (401, logged); a redelivery is a duplicate', async () => {
    expect((await app.post(created, calcomHeaders(created, 'another-secret'))).status).toBe(401);
    expect((await app.post(created, {})).json.error.message).toMatch(/X-Cal-Signature-256 header is missing/);
    await app.post(created, calcomHeaders(created));
    expect((await app.post(created, calcomHeaders(created))).json.status).toBe('duplicate');
    expect((await app.deliveries()).map((d) => d.outcome)).toEqual(['duplicate', 'accepted', 'rejected', 'rejected']);
  });

  it('answers a malformed body with 400 naming the field', async () => {
    const json = JSON.parse(created.toString('utf8'));
    delete json.payload.organizer.email;
    const body = Buffer.from(JSON.stringify(json));
    expect((await app.post(body, calcomHeaders(body))).json.error).toMatchObject({ code: 'invalid_input', message: 'payload.organizer.email: is required' });
  });
});
