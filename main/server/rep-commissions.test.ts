// A rep's commission statements through their private link, over real HTTP: their own
// statement only, flagging a line, what-if and the PDF; never another rep's numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REALISTIC_PLAN } from '../../tests/support/commissions';
import { startTestApp, type TestApp } from '../../tests/support/app';

let t: TestApp;
let planId: number;
let firstDay: string;
let anaLink: { url: string };
let brunoLink: { url: string };
let carlaLink: { url: string };

const rep = async (link: { url: string }, name: string, input: unknown = {}) => {
  const response = await fetch(`${link.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: response.status, json: (await response.json()) as any };
};

beforeEach(async () => {
  t = await startTestApp({ now: () => Date.parse('2026-11-24T15:00:00Z') });
  await t.call('workspace.update', { timeZone: 'America/Sao_Paulo', baseCurrency: 'BRL', locale: 'en' });
  const ana = await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  const bruno = await t.call('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
  const carla = await t.call('reps.create', { name: 'Carla Mendes', email: 'carla@example.com' });
  planId = (await t.call('commissions.createPlan', { plan: REALISTIC_PLAN })).id;
  const terms = { startDay: '2026-11-01', endDay: null, quotas: [{ componentId: 'revenue', quota: '10000000' }], targetIncentiveMinor: null, ramp: [], leaves: [], draw: null };
  await t.call('commissions.saveAssignment', { planId, repId: ana.id, terms });
  await t.call('commissions.saveAssignment', { planId, repId: bruno.id, terms });
  const source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
  const deal = (id: string, email: string, customer: string, value: string) => ({ id, type: 'deal.won', occurredAt: '2026-11-10T10:00:00-03:00', rep: { email }, customer: { name: customer }, amount: { value, currency: 'BRL' } });
  await t.postGeneric(source.id, source.secret, JSON.stringify([deal('a1', 'ana@example.com', 'Acme', '20000.00'), deal('b1', 'bruno@example.com', 'Secret Bruno Client', '80000.00')]));
  anaLink = await t.call('repLinks.create', { repId: ana.id });
  brunoLink = await t.call('repLinks.create', { repId: bruno.id });
  carlaLink = await t.call('repLinks.create', { repId: carla.id });
  firstDay = '2026-11-01';
});
afterEach(async () => {
  await t.stop();
});

describe('commission statements by rep link', () => {
  it('lists the rep\'s plans and periods and shows their own statement line by line', async () => {
    const periods = await rep(anaLink, 'me.commissionPeriods');
    expect(periods.json.value).toMatchObject([{ planId, planName: 'Account executives', periods: [{ firstDay, status: 'open', current: true, payoutMinor: 100000 }] }]);
    const statement = await rep(anaLink, 'me.commissionStatement', { planId, firstDay });
    expect(statement.json.value.repName).toBe('Ana Souza');
    expect(statement.json.value.lines.map((l: any) => l.description)).toEqual(['Revenue · Deal Acme (Nov 10, 2026): 20,000.00 × 5% (tier 1 of 3) = 1,000.00']);
  });

  it('never shows another rep\'s numbers, whatever the request says', async () => {
    for (const [name, input] of [
      ['me.commissionPeriods', {}],
      ['me.commissionStatement', { planId, firstDay }],
      ['me.commissionDisputes', {}],
    ] as const) {
      const answer = await rep(anaLink, name, input);
      expect(JSON.stringify(answer.json)).not.toContain('Secret Bruno Client');
      expect(JSON.stringify(answer.json)).not.toContain('Bruno');
    }
    const sneaky = await rep(anaLink, 'me.commissionStatement', { planId, firstDay, repId: 2 });
    expect(sneaky.status).toBe(400);
    expect(sneaky.json.error.code).toBe('invalid_input');
  });

  it('a rep not on any plan is told so, and cannot open a plan\'s statement', async () => {
    expect((await rep(carlaLink, 'me.commissionPeriods')).json.value).toEqual([]);
    const answer = await rep(carlaLink, 'me.commissionStatement', { planId, firstDay });
    expect(answer.status).toBe(404);
    expect(answer.json.error.message).toBe('Carla Mendes has no statement on "Account executives" for November 2026: they were not on the plan then.');
  });

  it('flags a line for the manager, who sees it in the disputes queue', async () => {
    const statement = await rep(anaLink, 'me.commissionStatement', { planId, firstDay });
    const line = statement.json.value.lines[0];
    const flagged = await rep(anaLink, 'me.flagLine', { planId, firstDay, lineKey: line.key, comment: 'Acme was 25,000' });
    expect(flagged.json.value).toMatchObject({ status: 'open', repName: 'Ana Souza', comment: 'Acme was 25,000' });
    expect(await t.call('commissions.listDisputes', { status: 'open' })).toMatchObject([{ repName: 'Ana Souza', line: { key: line.key } }]);
    expect((await rep(brunoLink, 'me.commissionDisputes')).json.value).toEqual([]);
  });

  it('answers what-if and prints the statement for the rep', async () => {
    const answer = await rep(anaLink, 'me.whatIf', { planId, amount: '40000.00', currency: 'BRL' });
    // 20,000 -> 60,000: 30,000 x 5% + 10,000 x 8% = 1,500 + 800
    expect(answer.json.value.addedMinor).toBe(230000);
    const pdf = await rep(anaLink, 'me.statementPdf', { planId, firstDay });
    expect(Buffer.from(pdf.json.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
