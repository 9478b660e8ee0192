import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app';

let t: TestApp;
let ana: { id: number };
let bruno: { id: number };
let anaLink: { id: number; url: string };
let brunoLink: { id: number; url: string };

const rep = async (link: { url: string }, name: string, input: unknown = {}) => {
  const response = await fetch(`${link.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: response.status, json: (await response.json()) as any };
};

beforeEach(async () => {
  t = await startTestApp();
  ana = await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  bruno = await t.call('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
  const source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
  const now = new Date().toISOString();
  await t.postGeneric(source.id, source.secret, JSON.stringify([
    { id: 'a1', type: 'deal.won', occurredAt: now, rep: { email: 'ana@example.com' }, customer: { name: 'Acme' }, amount: { value: '1000.00', currency: 'USD' } },
    { id: 'b1', type: 'deal.won', occurredAt: now, rep: { email: 'bruno@example.com' }, customer: { name: 'Secret Bruno Client' }, amount: { value: '5000.00', currency: 'USD' } },
  ]));
  anaLink = await t.call('repLinks.create', { repId: ana.id });
  brunoLink = await t.call('repLinks.create', { repId: bruno.id });
});
afterEach(async () => {
  await t.stop();
});

describe('rep links (/me/<token>)', () => {
  it("shows the rep's own history and marks only their row on the leaderboard", async () => {
    const history = await rep(anaLink, 'me.history');
    expect(history.status).toBe(200);
    expect(history.json.value.map((l: any) => l.customerName)).toEqual(['Acme']);
    const board = await rep(anaLink, 'me.leaderboard', { period: 'week' });
    expect(board.json.value.rows.filter((r: any) => r.isMe).map((r: any) => r.name)).toEqual(['Ana Souza']);
    const profile = await rep(brunoLink, 'me.profile');
    expect(profile.json.value.name).toBe('Bruno Lima');
  });

  it("never reveals another rep's private data in any rep answer", async () => {
    for (const [name, input] of [
      ['me.profile', {}],
      ['me.leaderboard', { period: 'month' }],
      ['me.history', { limit: 500 }],
      ['me.dashboard', {}],
      ['me.badges', {}],
      ['me.goals', {}],
      ['me.notifications', { limit: 100 }],
    ] as const) {
      const answer = await rep(anaLink, name, input);
      expect(JSON.stringify(answer.json)).not.toContain('Secret Bruno Client');
      expect(JSON.stringify(answer.json)).not.toContain('bruno@example.com');
    }
    // Trying to pass someone else's id changes nothing: the rep is the link's rep.
    const sneaky = await rep(anaLink, 'me.history', { limit: 10, repId: bruno.id });
    expect(sneaky.status).toBe(400);
  });

  it('a rep token cannot call the manager API, and a display token cannot open a rep link', async () => {
    const token = anaLink.url.split('/me/')[1];
    const admin = await fetch(`${t.url}/api/reps.list`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(admin.status).toBe(401);
    const display = await t.call('displays.create', { name: 'TV' });
    const asRep = await fetch(`${t.url}/me/${display.token}/api/me.profile`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(asRep.status).toBe(404);
    const wallWithRepToken = await fetch(`${t.url}/wall/${token}/status`);
    expect(await wallWithRepToken.json()).toEqual({ status: 'unknown' });
  });

  it('a revoked or replaced link stops working at once', async () => {
    await t.call('repLinks.revoke', { id: anaLink.id });
    expect((await rep(anaLink, 'me.profile')).status).toBe(403);
    const fresh = await t.call('repLinks.create', { repId: bruno.id });
    expect((await rep(brunoLink, 'me.profile')).status).toBe(403);
    expect((await rep(fresh, 'me.profile')).status).toBe(200);
    expect((await fetch(`${t.url}/me/unknown-token-0123456789/status`)).status).toBe(200);
  });

  it('gamification over the link: defaults on first open, own goals only, own notifications only', async () => {
    const goals = await rep(anaLink, 'me.goals');
    expect(goals.json.value.map((g: any) => g.measure)).toEqual(['event_count', 'response_time', 'active_days']);
    const created = await rep(anaLink, 'me.createGoal', { measure: 'revenue', period: 'month', target: 500_000, tiers: [100, 120] });
    expect(created.json.value).toMatchObject({ scope: 'rep', repId: ana.id, createdBy: 'rep' });
    // Bruno's link cannot see, pause or delete Ana's goal.
    expect((await rep(brunoLink, 'me.goals')).json.value.some((g: any) => g.id === created.json.value.id)).toBe(false);
    const pause = await rep(brunoLink, 'me.updateGoal', { id: created.json.value.id, paused: true });
    expect(pause.status).toBe(404);
    expect((await rep(brunoLink, 'me.deleteGoal', { id: created.json.value.id })).status).toBe(404);
    const paused = await rep(anaLink, 'me.updateGoal', { id: created.json.value.id, paused: true });
    expect(paused.json.value.paused).toBe(true);
    const badTiers = await rep(anaLink, 'me.updateGoal', { id: created.json.value.id, tiers: [120] });
    expect(badTiers.status).toBe(400);
    expect(badTiers.json.error.message).toMatch(/first tier must be 100/);
    // Each rep sees their own First Sale notification only.
    const mine = await rep(anaLink, 'me.notifications', { limit: 50 });
    expect(mine.json.value.items.map((n: any) => n.repName)).toEqual(['Ana Souza']);
    const badges = await rep(anaLink, 'me.badges');
    expect(badges.json.value.find((b: any) => b.id === 'first_sale').earnedAt).not.toBeNull();
    expect(badges.json.value).toHaveLength(14);
  });
});
