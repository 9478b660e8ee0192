import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app';
import { openSse, type SseClient } from '../../tests/support/sse';

let t: TestApp;
let source: { id: string; secret: string };
let display: { id: number; token: string; url: string };
let ana: { id: number };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5fa3a2d0000000049454e44ae426082', 'hex');
const streams: SseClient[] = [];

const won = (id: string, value = '1250.00') =>
  JSON.stringify({ id, type: 'deal.won', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' }, amount: { value, currency: 'USD' }, customer: { name: 'Acme' } });

async function stream(query = ''): Promise<SseClient> {
  const client = await openSse(`${display.url}/stream${query}`);
  streams.push(client);
  return client;
}

beforeEach(async () => {
  t = await startTestApp();
  await t.call('workspace.update', { baseCurrency: 'USD', timeZone: 'UTC' });
  ana = await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
  display = await t.call('displays.create', { name: 'Office TV' });
});
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  await t.stop();
});

describe('the wallboard stream', () => {
  it('sends the playlist’s scenes, then a celebration for each won deal after it is committed', async () => {
    const tv = await stream();
    const first = await tv.next('snapshot');
    expect(first.scenes.map((s: any) => s.kind)).toEqual(['leaderboard', 'wins', 'leaderboard']);
    expect(JSON.stringify(first)).not.toContain('ana@example.com');
    await tv.next('cursor');

    const { avatarUrl } = await t.call('reps.setAvatar', { id: ana.id, dataUrl: `data:image/png;base64,${PNG.toString('base64')}` });
    expect((await t.postGeneric(source.id, source.secret, won('w1'))).status).toBe(200);
    const { celebration, cursor } = await tv.next('celebrate');
    expect(celebration).toMatchObject({ id: expect.stringMatching(/^event:\d+$/), name: 'Ana Souza', avatarUrl, amountMinor: 125_000, currency: 'USD', points: 62, sound: 'fanfare', volume: 0.7 });
    // The picture is reachable from the TV without any admin credential.
    expect((await fetch(`${t.url}${avatarUrl}`)).headers.get('content-type')).toBe('image/png');
    expect(cursor).toMatch(/:1$/);
    const after = await tv.next('snapshot', (s) => s.scenes[0].rows[0].value === 62);
    expect(after.scenes[1].items[0]).toMatchObject({ name: 'Ana Souza', amountMinor: 125_000 });
  });

  it('resends the celebrations a TV missed while it was disconnected, and none twice', async () => {
    const tv = await stream();
    await tv.next('snapshot');
    const { cursor } = await tv.next('cursor');
    tv.close();
    await t.postGeneric(source.id, source.secret, won('missed-1'));
    await t.postGeneric(source.id, source.secret, won('missed-2'));
    const back = await stream(`?after=${encodeURIComponent(cursor)}`);
    const one = await back.next('celebrate');
    const two = await back.next('celebrate');
    expect([one.celebration.amountMinor, two.celebration.amountMinor]).toEqual([125_000, 125_000]);
    expect(one.celebration.id).not.toBe(two.celebration.id);
    // A TV that already saw everything gets nothing again.
    const again = await stream(`?after=${encodeURIComponent(two.cursor)}`);
    await again.next('cursor');
    expect(again.events.filter((e) => e.event === 'celebrate')).toEqual([]);
  });

  it('follows the display’s settings: celebrations off, or silent in quiet hours', async () => {
    const tv = await stream();
    await tv.next('snapshot');
    await t.call('wallboard.updateDisplay', { displayId: display.id, settings: { quietHours: { from: '00:00', to: '23:59' } } });
    await t.postGeneric(source.id, source.secret, won('quiet'));
    expect((await tv.next('celebrate')).celebration.sound).toBeNull();
    await t.call('wallboard.updateDisplay', { displayId: display.id, settings: { celebrations: false } });
    await t.postGeneric(source.id, source.secret, won('off'));
    await tv.next('snapshot', (s) => s.scenes[1].items.length === 2);
    expect(tv.events.filter((e) => e.event === 'celebrate')).toHaveLength(1);
    // The editor's test still reaches the TV, marked as a test.
    const test = await t.call('wallboard.testCelebration', { displayId: display.id });
    expect(test.viewers).toBe(1);
    const tested = await tv.next('celebrate');
    expect(tested).toMatchObject({ cursor: null, celebration: { kind: 'test', name: 'Fanfare' } });
  });
});

describe('what a display token can reach', () => {
  it('cannot call the admin API, open a rep link, or read the logo once revoked', async () => {
    const api = await fetch(`${t.url}/api/reps.list`, { method: 'POST', headers: { authorization: `Bearer ${display.token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    const me = await fetch(`${t.url}/me/${display.token}`);
    expect(me.status).toBe(404);
    expect(await me.text()).not.toContain('Ana Souza');

    const png = PNG;
    await t.call('wallboard.updateLook', { logo: { type: 'image/png', base64: png.toString('base64') } });
    const snapshot = await (await stream()).next('snapshot');
    expect(snapshot.look.logoUrl).toMatch(new RegExp(`^/wall/${display.token}/logo\\?v=1$`));
    const logo = await fetch(`${t.url}${snapshot.look.logoUrl}`);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(logo.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await logo.arrayBuffer()).equals(png)).toBe(true);

    await t.call('displays.revoke', { id: display.id });
    expect((await fetch(`${t.url}${snapshot.look.logoUrl}`)).status).toBe(404);
    expect((await fetch(`${display.url}/stream`)).status).toBe(403);
  });

  it('refuses a logo whose bytes are not the image type it claims', async () => {
    const result = await t.api('wallboard.updateLook', { logo: { type: 'image/png', base64: Buffer.from('<svg onload="x"/>').toString('base64') } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('not a valid PNG') } });
  });

  it('lets only the preview page be framed, and only by this origin', async () => {
    expect((await fetch(`${t.url}/wall-preview`)).headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect((await fetch(display.url)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
