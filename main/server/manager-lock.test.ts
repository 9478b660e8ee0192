import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app';
import { isSettingsChange } from '../services/manager-lock';
import { procedures } from '../../preload/contract';

let t: TestApp;

/** A browser signed in with the admin token: every call carries its session cookie. */
async function browser() {
  const login = await fetch(`${t.url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: t.app.adminToken }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (name: string, input: unknown = {}) => {
    const response = await fetch(`${t.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(input) });
    return { status: response.status, json: (await response.json()) as any };
  };
}

beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.stop();
});

describe('manager PIN', () => {
  it('locks settings changes in every other window until the PIN is entered; reading stays open', async () => {
    const office = await browser();
    const laptop = await browser();
    expect((await office('lock.status')).json.value).toEqual({ pinSet: false, unlocked: true, retryAt: null });
    expect((await office('lock.setPin', { newPin: '12ab' })).status).toBe(400);
    expect((await office('lock.setPin', { newPin: '2468' })).json.value).toMatchObject({ pinSet: true, unlocked: true });

    // The laptop is locked: changes are refused with 423, reads work.
    const refused = await laptop('reps.create', { name: 'Ana' });
    expect(refused.status).toBe(423);
    expect(refused.json.error.message).toMatch(/Unlock/);
    expect((await laptop('reps.list')).status).toBe(200);
    expect((await laptop('leaderboard.get', { period: 'week' })).status).toBe(200);
    expect((await laptop('audit.list', {})).status).toBe(200);

    const wrong = await laptop('lock.unlock', { pin: '1111' });
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.message).toMatch(/4 tries left/);
    expect((await laptop('lock.unlock', { pin: '2468' })).json.value).toMatchObject({ unlocked: true });
    expect((await laptop('reps.create', { name: 'Ana' })).status).toBe(200);
    await laptop('lock.lock');
    expect((await laptop('reps.create', { name: 'Bruno' })).status).toBe(423);

    // Scripts with the admin token are not asked for the PIN.
    expect((await t.api('reps.create', { name: 'Carla' })).ok).toBe(true);
    // The PIN is never stored or logged in clear.
    const stored = t.app.ctx.db.$client.prepare('select pin_hash from manager_lock').pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain('2468');
    const audit = await t.call('audit.list', { search: 'PIN' });
    expect(audit.entries.map((e) => e.action)).toEqual(['pin.set']);
    expect(JSON.stringify(audit)).not.toContain('2468');
  });

  it('makes a guesser wait after five wrong PINs', async () => {
    const office = await browser();
    await office('lock.setPin', { newPin: '2468' });
    const guesser = await browser();
    for (let i = 0; i < 5; i += 1) await guesser('lock.unlock', { pin: '0000' });
    const waiting = await guesser('lock.unlock', { pin: '2468' });
    expect(waiting.status).toBe(423);
    expect(waiting.json.error.message).toMatch(/Too many wrong PINs/);
    expect((await guesser('lock.status')).json.value.retryAt).toBeGreaterThan(Date.now());
  });

  it('changing or removing the PIN needs the current one', async () => {
    const office = await browser();
    await office('lock.setPin', { newPin: '2468' });
    expect((await office('lock.setPin', { newPin: '1357' })).json.error.message).toMatch(/current PIN/);
    expect((await office('lock.clearPin', { currentPin: '9999' })).status).toBe(403);
    expect((await office('lock.clearPin', { currentPin: '2468' })).json.value).toEqual({ pinSet: false, unlocked: true, retryAt: null });
  });

  it('classifies every procedure: reads stay open, everything else is a settings change', () => {
    const reads = Object.keys(procedures).filter((name) => !isSettingsChange(name)).sort();
    expect(reads).toEqual(
      [
        'app.info', 'audit.exportCsv', 'audit.list', 'desktop.screens', 'displays.list', 'displays.openKiosk', 'events.list', 'groupings.list', 'identities.list',
        'leaderboard.get', 'lock.clearPin', 'lock.lock', 'lock.setPin', 'lock.status', 'lock.unlock', 'portfolio.customer', 'portfolio.customers', 'portfolio.getSettings',
        'portfolio.history', 'portfolio.previewTransfer', 'portfolio.summary', 'distribution.preview', 'repLinks.list', 'reps.employment', 'reps.list', 'rules.list',
        'sources.deliveries', 'sources.list', 'teams.list', 'unmapped.list', 'workspace.get',
        'commissions.listPlans', 'commissions.listAssignments', 'commissions.listPeriods', 'commissions.periodStatements', 'commissions.statement',
        'commissions.listDisputes', 'commissions.periodDeals', 'commissions.whatIf', 'commissions.exportCsv', 'commissions.statementPdf',
        'wallboard.getAutostart', 'wallboard.getCelebrations', 'wallboard.getDisplay', 'wallboard.getLook', 'wallboard.preview',
        'leaderboard.query', 'leaderboard.chart', 'levels.list', 'game.settings', 'badges.list', 'badges.ofRep', 'goals.list', 'notifications.list',
        'notifications.markRead', 'recognition.feed', 'dashboard.widget',
        'catalog.list', 'focus.list', 'rates.list', 'recompute.preview', 'rules.history',
      ].sort(),
    );
  });
});
