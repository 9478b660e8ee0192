import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signGeneric, verifyGeneric } from '../ingest/generic/signature';
import { startTestApp, type TestApp } from '../../tests/support/app';

let t: TestApp;
let source: { id: string; secret: string };

const event = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'crm-123-won',
    type: 'deal.won',
    occurredAt: '2026-11-24T14:05:00-03:00',
    rep: { email: 'ana@example.com' },
    amount: { value: '1250.00', currency: 'BRL' },
    customer: { id: 'c-9', name: 'Acme' },
    ...over,
  });

async function eventCount(): Promise<number> {
  return (await t.call('events.list', { limit: 500 })).events.length;
}

beforeEach(async () => {
  t = await startTestApp();
  await t.call('workspace.update', { baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo' });
  await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
});
afterEach(async () => {
  await t.stop();
});

describe('generic webhook signature', () => {
  it('matches a known HMAC-SHA256 vector', () => {
    const body = '{"id":"vector-1","type":"quote.sent","occurredAt":"2026-11-24T14:05:00-03:00","rep":{"email":"ana@example.com"}}';
    const expected = 'sha256=a612d5740d9c27e85c7bbd01b82f15988969adbca0d96c290b32e0fa56182a15';
    expect(signGeneric('fsk_known_vector_secret', body)).toBe(expected);
    expect(verifyGeneric('fsk_known_vector_secret', Buffer.from(body), expected)).toEqual({ ok: true });
    expect(verifyGeneric('fsk_known_vector_secret', Buffer.from(`${body} `), expected).ok).toBe(false);
  });
});

describe('POST /hooks/generic/<sourceId>', () => {
  it('stores and scores a signed event, then answers 200', async () => {
    const response = await t.postGeneric(source.id, source.secret, event());
    expect(response).toEqual({ status: 200, json: { ok: true, id: 'crm-123-won', status: 'accepted', duplicate: false } });
    const board = await t.call('leaderboard.get', { period: 'week', at: '2026-11-24T18:00:00-03:00' });
    // deal.won: 50 + 12 steps of 100.00 BRL
    // New this week (no previous week to move from): no movement arrow.
    expect(board.rows).toEqual([{ rank: 1, repId: 1, name: 'Ana Souza', avatarUrl: null, points: 62, movement: null }]);
  });

  it('answers 2xx only once the event is committed: another connection already sees it', async () => {
    const response = await t.postGeneric(source.id, source.secret, event());
    expect(response.status).toBe(200);
    const reader = new Database(t.app.dataDir.dbFile, { readonly: true });
    const row = reader.prepare('select type, amount_minor, currency from events where external_id = ?').get('crm-123-won');
    reader.close();
    expect(row).toEqual({ type: 'deal.won', amount_minor: 125000, currency: 'BRL' });
  });

  it('does not acknowledge when the database cannot commit, and stores nothing', async () => {
    const blocker = new Database(t.app.dataDir.dbFile);
    blocker.exec('BEGIN IMMEDIATE');
    const response = await t.postGeneric(source.id, source.secret, event());
    blocker.exec('ROLLBACK');
    blocker.close();
    expect(response.status).toBe(500);
    expect(response.json.error.code).toBe('internal');
    expect(await eventCount()).toBe(0);
  });

  it('answers a repeated id with duplicate: true and changes nothing', async () => {
    await t.postGeneric(source.id, source.secret, event());
    const again = await t.postGeneric(source.id, source.secret, event({ amount: { value: '9999.00', currency: 'BRL' } }));
    expect(again).toEqual({ status: 200, json: { ok: true, id: 'crm-123-won', status: 'duplicate', duplicate: true } });
    expect(await eventCount()).toBe(1);
    const board = await t.call('leaderboard.get', { period: 'week', at: '2026-11-24T18:00:00-03:00' });
    expect(board.rows[0]?.points).toBe(62);
  });

  it('accepts an array and reports each event', async () => {
    const body = `[${event({ id: 'a' })},${event({ id: 'b', type: 'quote.sent', amount: undefined })}]`;
    const response = await t.postGeneric(source.id, source.secret, body);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ ok: true, accepted: 2, duplicates: 0 });
  });

  it('401 without a signature, with a wrong one, or signed with another secret', async () => {
    const missing = await fetch(`${t.url}/hooks/generic/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: event() });
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as any).error).toMatchObject({ code: 'bad_signature', message: expect.stringContaining('missing') });
    const malformed = await t.postGeneric(source.id, source.secret, event(), { 'x-fanfare-signature': 'abc' });
    expect(malformed.status).toBe(401);
    const forged = await t.postGeneric(source.id, source.secret, event(), { 'x-fanfare-signature': signGeneric('another-secret', event()) });
    expect(forged).toMatchObject({ status: 401, json: { error: { code: 'bad_signature' } } });
    expect(await eventCount()).toBe(0);
  });

  it('400 on invalid JSON', async () => {
    const response = await t.postGeneric(source.id, source.secret, '{"id": ');
    expect(response).toMatchObject({ status: 400, json: { error: { code: 'invalid_json' } } });
  });

  it('400 names the field that is wrong', async () => {
    const badAmount = await t.postGeneric(source.id, source.secret, event({ amount: { value: '12,50', currency: 'BRL' } }));
    expect(badAmount.status).toBe(400);
    expect(badAmount.json.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^amount: "12,50" is not a decimal/) });
    const badType = await t.postGeneric(source.id, source.secret, event({ type: 'deal.maybe' }));
    expect(badType.json.error.message).toMatch(/^type: must be one of deal.won/);
    const noTime = await t.postGeneric(source.id, source.secret, event({ occurredAt: '2026-11-24 14:05' }));
    expect(noTime.json.error.message).toMatch(/^occurredAt: .*offset/);
    const noId = await t.postGeneric(source.id, source.secret, event({ id: undefined }));
    expect(noId.json.error.message).toBe('id: is required');
  });

  it('rejects the whole array when one element is bad, storing none of it', async () => {
    const body = `[${event({ id: 'ok-1' })},${event({ id: 'bad', rep: {} })},${event({ id: 'ok-2' })}]`;
    const response = await t.postGeneric(source.id, source.secret, body);
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/^\[1\]\.rep: needs "email" or "id"/);
    expect(await eventCount()).toBe(0);
  });

  it('refuses more than 1,000 events in one delivery', async () => {
    const body = JSON.stringify(Array.from({ length: 1001 }, (_, i) => JSON.parse(event({ id: `e${i}` }))));
    const response = await t.postGeneric(source.id, source.secret, body);
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/at most 1000 events/);
  });

  it('404 for a source that does not exist (or of another kind)', async () => {
    const unknown = await t.postGeneric('generic-nope', source.secret, event());
    expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'not_found' } } });
    const wrongKind = await fetch(`${t.url}/hooks/stripe/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: event() });
    expect(wrongKind.status).toBe(404);
  });

  it('413 for a body over 1 MiB', async () => {
    const big = event({ customer: { id: 'c', name: 'x'.repeat(1024 * 1024) } });
    const response = await t.postGeneric(source.id, source.secret, big);
    expect(response).toMatchObject({ status: 413, json: { error: { code: 'payload_too_large' } } });
  });

  it('415 for a body that is not JSON', async () => {
    const response = await t.postGeneric(source.id, source.secret, event(), { 'content-type': 'text/plain' });
    expect(response).toMatchObject({ status: 415, json: { error: { code: 'unsupported_media_type' } } });
  });

  it('holds events of an unknown rep in Unmapped instead of dropping them', async () => {
    const response = await t.postGeneric(source.id, source.secret, event({ rep: { email: 'newbie@example.com' } }));
    expect(response.json).toMatchObject({ status: 'held' });
    const list = await t.call('events.list', { unmappedOnly: true });
    expect(list.unmappedCount).toBe(1);
    expect(list.events[0]).toMatchObject({ identity: 'newbie@example.com', repId: null, points: 0 });
  });

  it('logs every delivery with its outcome and reason', async () => {
    await t.postGeneric(source.id, source.secret, event());
    await t.postGeneric(source.id, source.secret, event());
    await t.postGeneric(source.id, 'wrong', event());
    const log = await t.call('sources.deliveries', { sourceId: source.id });
    expect(log.map((d) => [d.outcome, d.httpStatus])).toEqual([
      ['rejected', 401],
      ['duplicate', 200],
      ['accepted', 200],
    ]);
    expect(log[0]?.reason).toMatch(/does not match/);
  });

  it('takes points back when a refund reverses a payment, partially', async () => {
    await t.postGeneric(source.id, source.secret, event({ id: 'pay-1', type: 'payment.confirmed', amount: { value: '1200.00', currency: 'BRL' } }));
    const before = await t.call('leaderboard.get', { period: 'week', at: '2026-11-24T18:00:00-03:00' });
    expect(before.rows[0]?.points).toBe(32); // 20 + 12
    await t.postGeneric(source.id, source.secret, event({ id: 'refund-1', type: 'payment.refunded', reverses: 'pay-1', amount: { value: '300.00', currency: 'BRL' } }));
    const after = await t.call('leaderboard.get', { period: 'week', at: '2026-11-24T18:00:00-03:00' });
    expect(after.rows[0]?.points).toBe(24); // 32 - round(32 x 0.25)
  });
});
