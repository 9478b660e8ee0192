// An import feeds every domain that reads the log, as a webhook would: leaderboard metrics
// (revenue, deals won), badges and levels, and the customer portfolio; undo takes it back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { createReps, importFile, procedures } from '../../../tests/support/imports';

let ctx: TestContext;
let call: ReturnType<typeof procedures>;

beforeEach(() => {
  ctx = createTestContext({ now: '2025-11-20T12:00:00Z' });
  createReps(ctx);
  call = procedures(ctx);
});
afterEach(() => ctx.dispose());

const OCTOBER = '2025-10-15T12:00:00-03:00';
const ranking = async (metric: 'revenue' | 'deals_won') =>
  Object.fromEntries((await call('leaderboard.query', { metric, period: 'month', at: OCTOBER, groupBy: 'rep' })).rows.map((r) => [r.name, r.value]));

describe('a CSV import across domains', () => {
  it('counts in revenue and deals won, earns badges, fills portfolios, and undo takes the numbers back', async () => {
    const { job } = await importFile(ctx, 'pipedrive_deals_en.csv');
    expect(job.state).toBe('done');
    const deals = await ranking('deals_won');
    expect(Object.values(deals).reduce((sum, n) => sum + n, 0)).toBe(9);
    const revenue = await ranking('revenue');
    expect(Object.values(revenue).some((v) => v > 0)).toBe(true);

    // A first won deal is a milestone badge for the reps who won one.
    const winners = Object.entries(deals).filter(([, n]) => n > 0).length;
    const badges = await call('badges.list', {});
    expect(badges.find((b) => b.id === 'first_sale')?.holders).toBe(winners);

    // Each imported deal's customer is in the portfolio of the rep the file names.
    const portfolio = await call('portfolio.customers', { owner: { kind: 'all' }, limit: 500, offset: 0 });
    expect(portfolio.customers.filter((c) => c.dealsWon > 0).length).toBeGreaterThan(0);
    expect(portfolio.customers.every((c) => c.ownerName !== null)).toBe(true);
    // Owned by the rep of the customer's earliest deal in the file, active over its deals' span,
    // all claimed in one change of owner that names the import.
    const client = ctx.db.$client;
    const expected = client
      .prepare(
        `select c.id, c.first_seen_at as first, c.last_activity_at as last, min(e.occurred_at) as earliest, max(e.occurred_at) as latest,
           (select e2.rep_id from events e2 where e2.customer_id = c.id and e2.rep_id is not null order by e2.occurred_at, e2.id limit 1) as firstRep,
           (select o.rep_id from customer_ownership o where o.customer_id = c.id and o.to_at is null) as owner
         from customers c join events e on e.customer_id = c.id group by c.id`,
      )
      .all() as { first: number; last: number; earliest: number; latest: number; firstRep: number; owner: number }[];
    expect(expected.length).toBe(portfolio.total);
    for (const c of expected) expect([c.first, c.last, c.owner]).toEqual([c.earliest, c.latest, c.firstRep]);
    expect(client.prepare('select reason, customer_count as n from ownership_changes').all()).toEqual([{ reason: 'Owner named by a CSV import', n: portfolio.total }]);

    await call('imports.undo', { batchId: job.batchId ?? 0 });
    expect(Object.values(await ranking('deals_won')).reduce((sum, n) => sum + n, 0)).toBe(0);
    expect(Object.values(await ranking('revenue')).reduce((sum, n) => sum + n, 0)).toBe(0);
  });
});
