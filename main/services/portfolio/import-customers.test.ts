import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { inTransaction } from '../../../db/transaction';
import { createRep } from '../reps';
import { createSource } from '../sources';
import { ImportCustomers } from './import-customers';

let ctx: TestContext;
let source: string;
beforeEach(() => {
  ctx = createTestContext();
  source = createSource(ctx, { kind: 'generic', name: 'CRM export' }).id;
});
afterEach(() => ctx.dispose());

const at = (day: number) => Date.UTC(2025, 9, day);

function storeEvent(id: string, customerId: number | null, repId: number | null, occurredAt: number): number {
  const result = ctx.db.$client
    .prepare("insert into events (source_id, external_id, type, rep_id, occurred_at, received_at, payload_json, customer_id, subject_key) values (?, ?, 'deal.won', ?, ?, 0, '{}', ?, ?)")
    .run(source, id, repId, occurredAt, customerId, id);
  return Number(result.lastInsertRowid);
}

const customers = () =>
  ctx.db.$client.prepare('select name, first_seen_at as first, last_activity_at as last from customers order by id').all() as { name: string; first: number; last: number }[];
const owners = () =>
  ctx.db.$client.prepare('select c.name, r.name as owner from customer_ownership o join customers c on c.id = o.customer_id join reps r on r.id = o.rep_id order by c.id').all();

describe("an import's customers", () => {
  it('are one customer per name however it is spelled, active over all their rows, owned by the rep of their earliest scored row', () => {
    const ana = createRep(ctx, { name: 'Ana', email: 'ana@example.com' }).id;
    const bruno = createRep(ctx, { name: 'Bruno', email: 'bruno@example.com' }).id;
    const run = new ImportCustomers(ctx, source);
    inTransaction(ctx.db, () => {
      // File order is not time order: Bruno's row comes first in the file, Ana's deal is earlier.
      const acme = run.customerOf('Acme Ltd', at(20));
      run.scoredFor(acme, storeEvent('1', acme, bruno, at(20)), at(20), bruno);
      expect(run.customerOf('  acme   LTD ', at(5))).toBe(acme);
      run.scoredFor(acme, storeEvent('2', acme, ana, at(5)), at(5), ana);
      // A row nobody is mapped for yet names the customer but claims nothing.
      const globex = run.customerOf('Globex', at(3));
      storeEvent('3', globex, null, at(3));
      expect(run.customerOf(null, at(3))).toBeNull();
    });
    inTransaction(ctx.db, () => run.customerOf('Acme Ltd', at(28)));
    inTransaction(ctx.db, () => run.finish('Owner named by a CSV import'));

    expect(customers()).toEqual([
      { name: 'Acme Ltd', first: at(5), last: at(28) },
      { name: 'Globex', first: at(3), last: at(3) },
    ]);
    expect(owners()).toEqual([{ name: 'Acme Ltd', owner: 'Ana' }]);
  });

  it('that a cancelled import created go again, unless a live event names them', () => {
    const kept = new ImportCustomers(ctx, source);
    inTransaction(ctx.db, () => storeEvent('live', kept.customerOf('Initech', at(1)), null, at(1)));

    const cancelled = new ImportCustomers(ctx, source);
    inTransaction(ctx.db, () => {
      storeEvent('a', cancelled.customerOf('Initech', at(2)), null, at(2));
      storeEvent('b', cancelled.customerOf('Umbrella', at(2)), null, at(2));
    });
    // What rolling the batch back does to its events: they are withdrawn, not deleted.
    ctx.db.$client.prepare("update events set retracted_at = 1 where external_id in ('a', 'b')").run();
    inTransaction(ctx.db, () => cancelled.forgetCreated());

    expect(customers().map((c) => c.name)).toEqual(['Initech']);
  });
});
