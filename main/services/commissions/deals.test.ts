// The credited deals of a period and the reads behind statements, at sizes and in shapes the
// small worlds of the other tests do not reach: more deals in a month than SQLite binds
// variables, and split credit read for one rep alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commissionWorld, won, type CommissionWorld } from '../../../tests/support/commissions';
import { periodDeals, saveDealTerm, saveSplit } from './deals';
import { periodStatements, repStatement } from './statements';

let w: CommissionWorld;
const ANA = 'ana@example.com';

beforeEach(() => {
  w = commissionWorld();
});
afterEach(() => w.ctx.dispose());

describe('the deals of a period', () => {
  it('lists a month with more deals than SQLite binds variables (32,766), with their terms', () => {
    w.deliver([won('acme', ANA, '2026-11-05', '60000.00')]);
    const sourceId = w.ctx.db.$client.prepare('SELECT id FROM sources').pluck().get() as string;
    const start = Date.parse('2026-11-02T12:00:00Z');
    // One statement, not 33,000 deliveries: the test is about the read.
    w.ctx.db.$client
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 33000)
         INSERT INTO events (source_id, external_id, type, rep_id, occurred_at, received_at, amount_minor, currency, payload_json)
         SELECT ?, 'bulk-' || i, 'deal.won', ?, ? + i * 60000, ? + i * 60000, 1000, 'BRL', '{}' FROM n`,
      )
      .run(sourceId, w.bruno, start, start);
    const acme = periodDeals(w.ctx, { planId: w.planId, firstDay: '2026-11-01' }).find((d) => d.event.externalId === 'acme');
    saveDealTerm(w.ctx, { eventId: acme!.event.eventId, termDays: 30 });

    const deals = periodDeals(w.ctx, { planId: w.planId, firstDay: '2026-11-01' });
    expect(deals).toHaveLength(33001);
    expect(deals.find((d) => d.event.externalId === 'acme')?.termDays).toBe(30);
  });
});

describe('one rep read alone', () => {
  it('gets the statement the whole team read gives it: split credit on a colleague\'s deal and its clawback', () => {
    w.deliver([
      won('acme', ANA, '2026-10-10', '60000.00'),
      won('beta', ANA, '2026-11-05', '30000.00'),
      { id: 'acme-reopened', type: 'deal.reopened', occurredAt: '2026-11-20T09:00:00-03:00', rep: { email: ANA }, reverses: 'acme', amount: { value: '15000.00', currency: 'BRL' } },
    ]);
    const acme = periodDeals(w.ctx, { planId: w.planId, firstDay: '2026-10-01' })[0]!;
    saveSplit(w.ctx, { eventId: acme.event.eventId, shares: [{ repId: w.ana, percent: '60', role: 'Owner', overlay: false }, { repId: w.bruno, percent: '40', role: 'Helper', overlay: false }] });

    for (const firstDay of ['2026-10-01', '2026-11-01']) {
      const team = periodStatements(w.ctx, { planId: w.planId, firstDay }).statements;
      for (const repId of [w.ana, w.bruno]) {
        expect(repStatement(w.ctx, { planId: w.planId, repId, firstDay }).totals).toEqual(team.find((s) => s.repId === repId)?.totals);
      }
    }
    // Bruno was paid 40% of 60,000.00 x 5% = 1,200.00 for Acme in October; a quarter is taken back.
    const bruno = repStatement(w.ctx, { planId: w.planId, repId: w.bruno, firstDay: '2026-11-01' });
    expect(bruno.lines.map((l) => [l.section, l.amountMinor])).toEqual([['clawback', -30000]]);
  });
});
