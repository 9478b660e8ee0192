import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.stop();
});

describe('rep pictures', () => {
  it('stores an uploaded picture, serves it where the rep is shown, and drops the old link when it is replaced', async () => {
    const ana = await t.call('reps.create', { name: 'Ana Souza' });
    const first = await t.call('reps.setAvatar', { id: ana.id, dataUrl: `data:image/png;base64,${PNG_1x1}` });
    const served = await fetch(`${t.url}${first.avatarUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(PNG_1x1, 'base64'))).toBe(true);
    expect((await t.call('reps.list'))[0]?.avatarUrl).toBe(first.avatarUrl);
    expect((await t.call('leaderboard.get', { period: 'week' })).rows[0]?.avatarUrl).toBe(first.avatarUrl);

    const second = await t.call('reps.setAvatar', { id: ana.id, dataUrl: `data:image/png;base64,${PNG_1x1}` });
    expect(second.avatarUrl).not.toBe(first.avatarUrl);
    expect((await fetch(`${t.url}${first.avatarUrl}`)).status).toBe(404);
    await t.call('reps.removeAvatar', { id: ana.id });
    expect((await t.call('reps.list'))[0]?.avatarUrl).toBeNull();
    expect((await fetch(`${t.url}${second.avatarUrl}`)).status).toBe(404);
  });

  it('refuses what is not a picture, whatever the upload claims, and pictures that are too large', async () => {
    const ana = await t.call('reps.create', { name: 'Ana Souza' });
    const html = await t.api('reps.setAvatar', { id: ana.id, dataUrl: `data:image/png;base64,${Buffer.from('<script>alert(1)</script>').toString('base64')}` });
    expect(html.ok ? null : html.error.message).toMatch(/not a PNG, JPEG or WebP/);
    const big = await t.api('reps.setAvatar', { id: ana.id, dataUrl: `data:image/png;base64,${Buffer.alloc(600 * 1024, 1).toString('base64')}` });
    expect(big.ok ? null : big.error.message).toMatch(/too large: use one under 512 KB/);
    const huge = Buffer.concat([Buffer.from(PNG_1x1, 'base64'), Buffer.alloc(520 * 1024)]).toString('base64');
    const tooLarge = await t.api('reps.setAvatar', { id: ana.id, dataUrl: `data:image/png;base64,${huge}` });
    expect(tooLarge.ok ? null : tooLarge.error.message).toMatch(/use one under 512 KB/);
  });
});
