// A scripted attempt to read another rep's portfolio through every rep route (`/me/<token>`
// and `/me/<token>/api/<procedure>`): every answer is checked as JSON text, not on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repProcedures } from '../../preload/rep-contract';
import { startTestApp, type TestApp } from '../../tests/support/app';
import { REALISTIC_PLAN } from '../../tests/support/commissions';

let t: TestApp;
let ana: { url: string };
let bruno: { url: string };
let customerIds: number[] = [];
let statements: { planId: number; firstDay: string }[] = [];
const brunoIds: number[] = [];

/** Strings that only appear in Bruno's portfolio (names, ids, amounts, his e-mail) and in his channel's goal. */
const BRUNO_SECRETS = ['Secret Bruno Client', 'sb-1', 'Moved Corp', 'mv-1', '9876543', '98765.43', 'bruno@example.com', 'Bruno Key Accounts'];

const rep = async (link: { url: string }, name: string, input: unknown = {}) => {
  const response = await fetch(`${link.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  t = await startTestApp();
  const a = await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  const b = await t.call('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
  const source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
  const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
  const sent = await t.postGeneric(
    source.id,
    source.secret,
    JSON.stringify([
      { id: 'a1', type: 'deal.won', occurredAt: day(3), rep: { email: 'ana@example.com' }, customer: { id: 'ac-1', name: 'Acme' }, amount: { value: '1000.00', currency: 'BRL' } },
      { id: 'a2', type: 'quote.sent', occurredAt: day(3), rep: { email: 'ana@example.com' }, customer: { id: 'gx-1', name: 'Globex' } },
      { id: 'b1', type: 'deal.won', occurredAt: day(3), rep: { email: 'bruno@example.com' }, customer: { id: 'sb-1', name: 'Secret Bruno Client' }, amount: { value: '98765.43', currency: 'BRL' } },
      { id: 'b2', type: 'payment.confirmed', occurredAt: day(2), rep: { email: 'bruno@example.com' }, customer: { id: 'sb-1', name: 'Secret Bruno Client' }, amount: { value: '98765.43', currency: 'BRL' } },
      // Ana worked this customer before it moved to Bruno: her old lines must not name it any more.
      { id: 'm1', type: 'quote.sent', occurredAt: day(3), rep: { email: 'ana@example.com' }, customer: { id: 'mv-1', name: 'Moved Corp' } },
      { id: 'm2', type: 'deal.won', occurredAt: day(1), rep: { email: 'ana@example.com' }, customer: { id: 'mv-1', name: 'Moved Corp' }, amount: { value: '500.00', currency: 'BRL' } },
    ]),
  );
  expect(sent.status).toBe(200);
  const all = await t.call('portfolio.customers', { owner: { kind: 'all' } });
  customerIds = all.customers.map((c) => c.id);
  const moved = all.customers.find((c) => c.name === 'Moved Corp')?.id as number;
  const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await t.call('portfolio.transfer', { customerIds: [moved], toRepId: b.id, effective: { kind: 'day', day: yesterday }, reason: 'Bruno takes key accounts' });
  for (const c of (await t.call('portfolio.customers', { owner: { kind: 'rep', repId: b.id } })).customers) brunoIds.push(c.id);
  // Both on a commission plan, so statements have lines to leak if anything were wrong.
  const plan = await t.call('commissions.createPlan', { plan: REALISTIC_PLAN });
  const terms = { startDay: '2020-01-01', endDay: null, quotas: [{ componentId: 'revenue', quota: '10000000' }], targetIncentiveMinor: null, ramp: [], leaves: [], draw: null };
  for (const r of [a, b]) await t.call('commissions.saveAssignment', { planId: plan.id, repId: r.id, terms });
  ana = await t.call('repLinks.create', { repId: a.id });
  bruno = await t.call('repLinks.create', { repId: b.id });
  // Each rep in a channel of their own, each channel with a goal: Ana sees only hers.
  for (const [r, name] of [[a, 'Ana Direct'], [b, 'Bruno Key Accounts']] as const) {
    const channel = await t.call('groupings.create', { kind: 'channel', name });
    await t.call('reps.setGroupings', { id: r.id, groupingIds: [channel.id] });
    await t.call('goals.create', { scope: 'grouping', groupingId: channel.id, measure: 'deals_won', period: 'month', target: 1, tiers: [100] });
  }
  // Bruno opens his page once: his three default goals exist for Ana to probe.
  await rep(bruno, 'me.profile');
  const periods = JSON.parse((await rep(ana, 'me.commissionPeriods')).text).value as { planId: number; periods: { firstDay: string }[] }[];
  // The recent periods (the events are from the last few days).
  statements = periods.flatMap((p) => p.periods.slice(0, 2).map((period) => ({ planId: p.planId, firstDay: period.firstDay })));
});
afterAll(async () => {
  await t.stop();
});

/** Every rep procedure with the inputs a curious script would try. A new procedure without probes fails the test. */
const goalIds = Array.from({ length: 12 }, (_, i) => i + 1);

function probes(): Record<string, unknown[]> {
  return {
    'me.profile': [{}],
    'me.leaderboard': ['day', 'week', 'month', 'quarter', 'year'].map((period) => ({ period })),
    'me.history': [{ limit: 500 }],
    'me.portfolio': [{}, { limit: 500 }, { search: 'Secret' }, { search: 'Corp' }, { search: '%' }, { offset: 0, limit: 1 }],
    'me.customer': [...customerIds, 0, -1, Math.max(...customerIds) + 1].map((id) => ({ id })),
    'me.commissionPeriods': [{}],
    'me.commissionStatement': statements,
    // The PDF is compressed (its text is not searchable here); its content is the statement's.
    'me.statementPdf': statements.slice(0, 1),
    'me.flagLine': statements.slice(0, 1).map((s) => ({ ...s, lineKey: 'deal:b1', comment: 'is this mine?' })),
    'me.commissionDisputes': [{}],
    'me.whatIf': statements.slice(0, 1).map((s) => ({ planId: s.planId, amount: '1000.00', currency: 'USD', customer: 'Test' })),
    'me.dashboard': [{}],
    'me.badges': [{}],
    'me.goals': [{}],
    'me.createGoal': [{ measure: 'deals_won', period: 'week', target: 3 }],
    // Goal ids of both reps (Bruno's defaults exist once his page was opened in setup).
    'me.updateGoal': goalIds.map((id) => ({ id, paused: true })),
    'me.deleteGoal': goalIds.map((id) => ({ id })),
    'me.notifications': [{ limit: 100 }],
    'me.markRead': [{}],
    'me.setAlias': [{ alias: 'Probe' }, { alias: null }],
  };
}

describe("a rep link never reveals another rep's portfolio", () => {
  it('probes every rep procedure and finds nothing of Bruno in what Ana can read', async () => {
    // The probes have something to find: Ana's own statement names her own deal.
    const own = await Promise.all(statements.map((st) => rep(ana, 'me.commissionStatement', st)));
    expect(own.some((answer) => answer.text.includes('Acme'))).toBe(true);
    const table = probes();
    expect(Object.keys(table).sort()).toEqual(Object.keys(repProcedures).sort());
    for (const [name, inputs] of Object.entries(table)) {
      for (const input of inputs) {
        const answer = await rep(ana, name, input);
        for (const secret of BRUNO_SECRETS) expect(answer.text, `${name} ${JSON.stringify(input)}`).not.toContain(secret);
      }
    }
  });

  it("lists the goals of a rep's own channel and never another channel's", async () => {
    const goals = JSON.parse((await rep(ana, 'me.goals')).text).value as { scope: string; groupingName: string | null }[];
    expect(goals.filter((g) => g.scope === 'grouping').map((g) => g.groupingName)).toEqual(['Ana Direct']);
    const his = JSON.parse((await rep(bruno, 'me.goals')).text).value as { scope: string; groupingName: string | null }[];
    expect(his.filter((g) => g.scope === 'grouping').map((g) => g.groupingName)).toEqual(['Bruno Key Accounts']);
  });

  it('answers "not in your portfolio" for another rep\u2019s customer exactly as for a customer that does not exist', async () => {
    const unknown = await rep(ana, 'me.customer', { id: 999_999 });
    for (const id of brunoIds) {
      const answer = await rep(ana, 'me.customer', { id });
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(unknown.text);
    }
    // Naming another rep in the input is refused outright.
    expect((await rep(ana, 'me.portfolio', { repId: 2 })).status).toBe(400);
    expect((await rep(ana, 'me.customer', { id: brunoIds[0], repId: 2 })).status).toBe(400);
  });

  it("shows each rep their own customers, and keeps Ana's points for the moved customer without its name", async () => {
    const mine = JSON.parse((await rep(ana, 'me.portfolio')).text).value;
    expect(mine.customers.map((c: any) => c.name).sort()).toEqual(['Acme', 'Globex']);
    const his = JSON.parse((await rep(bruno, 'me.portfolio')).text).value;
    expect(his.customers.map((c: any) => c.name).sort()).toEqual(['Moved Corp', 'Secret Bruno Client']);
    const history = JSON.parse((await rep(ana, 'me.history', { limit: 50 })).text).value;
    const movedLines = history.filter((l: any) => l.customerMoved);
    expect(movedLines.length).toBeGreaterThan(0);
    expect(movedLines.every((l: any) => l.customerName === null)).toBe(true);
    // The quote from before the transfer is still Ana's 10 points.
    expect(movedLines.some((l: any) => l.type === 'quote.sent' && l.points === 10)).toBe(true);
    const acme = mine.customers.find((c: any) => c.name === 'Acme');
    const detail = JSON.parse((await rep(ana, 'me.customer', { id: acme.id })).text).value;
    expect(detail.events.map((e: any) => e.type)).toEqual(['deal.won']);
  });

  it('the page, status and live stream of a rep link carry no portfolio data', async () => {
    for (const path of ['', '/status']) {
      const text = await (await fetch(`${ana.url}${path}`)).text();
      for (const secret of BRUNO_SECRETS) expect(text).not.toContain(secret);
    }
    const controller = new AbortController();
    const stream = await fetch(`${ana.url}/events`, { signal: controller.signal });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    let seen = '';
    await reader.read();
    // A change in Bruno's portfolio reaches Ana's stream only as table names.
    const source = (await t.call('sources.list'))[0] as { id: string; secret: string };
    await t.postGeneric(source.id, source.secret, JSON.stringify({ id: 'b3', type: 'quote.sent', occurredAt: new Date().toISOString(), rep: { email: 'bruno@example.com' }, customer: { id: 'sb-1', name: 'Secret Bruno Client' } }));
    while (!seen.includes('event: changed')) seen += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    for (const secret of BRUNO_SECRETS) expect(seen).not.toContain(secret);
    expect(seen).toMatch(/"tables":\["events"/);
  });
});
