import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { deliver, yearPoints } from '../../../tests/support/portfolio';
import { createRep } from '../reps';
import { createSource } from '../sources';
import { ensurePortfolio } from './adopt';
import { listPortfolioCustomers } from './views';

let ctx: TestContext;
beforeEach(() => {
  ctx = createTestContext();
});
afterEach(() => ctx.dispose());

describe('a database from before the portfolio', () => {
  it('gets its customers from the events on first start, each owned by the first rep its events scored for, without moving a point', () => {
    createRep(ctx, { name: 'Ana', email: 'ana@example.com' });
    createRep(ctx, { name: 'Bruno', email: 'bruno@example.com' });
    const source = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
    deliver(ctx, source, [
      { id: '1', type: 'quote.sent', occurredAt: '2026-11-20T10:00:00Z', rep: { email: 'ana@example.com' }, customer: { id: 'acme', name: 'Acme' } },
      { id: '2', type: 'quote.sent', occurredAt: '2026-11-21T10:00:00Z', rep: { email: 'bruno@example.com' }, customer: { id: 'acme', name: 'Acme' } },
      { id: '3', type: 'quote.sent', occurredAt: '2026-11-21T10:00:00Z', rep: { email: 'bruno@example.com' }, customer: { name: 'Globex' } },
    ]);
    const before = { ana: yearPoints(ctx, 'Ana'), bruno: yearPoints(ctx, 'Bruno') };
    // What the database looked like before this version: no portfolio at all.
    const client = ctx.db.$client;
    client.exec('delete from customer_ownership; delete from ownership_change_items; delete from ownership_changes; update events set customer_id = null, attributed_by = null; delete from customers; delete from portfolio_settings;');

    ensurePortfolio(ctx);
    const customers = listPortfolioCustomers(ctx, { owner: { kind: 'all' }, limit: 10, offset: 0 }).customers;
    expect(customers.map((c) => [c.name, c.ownerName]).sort()).toEqual([
      ['Acme', 'Ana'],
      ['Globex', 'Bruno'],
    ]);
    expect({ ana: yearPoints(ctx, 'Ana'), bruno: yearPoints(ctx, 'Bruno') }).toEqual(before);
    expect(client.prepare('select count(*) from events where attributed_by is null and rep_id is not null').pluck().get()).toBe(0);
    // Running again changes nothing.
    ensurePortfolio(ctx);
    expect(listPortfolioCustomers(ctx, { owner: { kind: 'all' }, limit: 10, offset: 0 }).total).toBe(2);
  });
});
