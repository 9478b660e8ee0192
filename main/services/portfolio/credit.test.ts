import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { deliver, yearPoints } from '../../../tests/support/portfolio';
import { listUnmapped } from '../identities';
import { createRep } from '../reps';
import { createSource } from '../sources';
import { updatePortfolioSettings } from './settings';
import { transferCustomers } from './transfer';
import { listPortfolioCustomers, portfolioSummary } from './views';

let ctx: TestContext;
let crm: string;
let asaas: string;

const at = '2026-11-24T10:00:00-03:00';
const customers = () => listPortfolioCustomers(ctx, { owner: { kind: 'all' }, limit: 100, offset: 0 }).customers;
const find = (name: string) => customers().find((c) => c.name === name);

beforeEach(() => {
  ctx = createTestContext();
  crm = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
  asaas = createSource(ctx, { kind: 'generic', name: 'Payments' }).id;
  createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
  createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' });
});
afterEach(() => ctx.dispose());

describe('customers from events', () => {
  it('creates a customer per source id (or per name when there is no id) and gives it to the rep its first event names', () => {
    deliver(ctx, crm, [
      { id: '1', type: 'quote.sent', occurredAt: at, rep: { email: 'ana@example.com' }, customer: { id: 'c-9', name: 'Acme' } },
      { id: '2', type: 'quote.sent', occurredAt: at, rep: { email: 'bruno@example.com' }, customer: { id: 'c-9', name: 'Acme Inc.' } },
      { id: '3', type: 'quote.sent', occurredAt: at, rep: { email: 'bruno@example.com' }, customer: { name: '  Padaria   São João ' } },
      { id: '4', type: 'quote.sent', occurredAt: at, rep: { email: 'ana@example.com' }, customer: { name: 'padaria são joão' } },
    ]);
    expect(customers().map((c) => [c.name, c.ownerName]).sort()).toEqual([
      ['Acme Inc.', 'Ana Souza'],
      ['Padaria São João', 'Bruno Lima'],
    ]);
    // Under the default "customer's owner" policy, event 2 scored for Ana, event 4 for Bruno.
    expect(yearPoints(ctx, 'Ana Souza')).toBe(20);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(20);
  });

  it('credits the rep the source names under the "named rep" policy, keeping the portfolio for events that name nobody', () => {
    updatePortfolioSettings(ctx, { creditTo: 'named' });
    deliver(ctx, crm, [
      { id: '1', type: 'quote.sent', occurredAt: at, rep: { email: 'ana@example.com' }, customer: { id: 'c-9', name: 'Acme' } },
      { id: '2', type: 'quote.sent', occurredAt: at, rep: { email: 'bruno@example.com' }, customer: { id: 'c-9', name: 'Acme' } },
      { id: '3', type: 'payment.confirmed', occurredAt: at, customer: { id: 'c-9' }, amount: { value: '100.00', currency: 'BRL' } },
    ]);
    expect(yearPoints(ctx, 'Ana Souza')).toBe(10 + 21);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(10);
  });

  it('holds a payment that names only a payment-system customer, and scores it for the rep the customer is assigned to', () => {
    deliver(ctx, asaas, [{ id: 'pay_1', type: 'payment.confirmed', occurredAt: at, customer: { id: 'cus_000006412309', name: 'Padaria São João' }, amount: { value: '1890.50', currency: 'BRL' } }]);
    expect(yearPoints(ctx, 'Ana Souza')).toBe(0);
    expect(portfolioSummary(ctx).unownedCount).toBe(1);
    expect(listUnmapped(ctx)).toHaveLength(1);
    const ana = createRep(ctx, { name: 'Ana Costa' });
    const result = transferCustomers(ctx, { customerIds: [find('Padaria São João')?.id as number], toRepId: ana.id, effective: { kind: 'start' }, reason: 'Her customer' });
    expect(result).toMatchObject({ customers: 1, movedEvents: 1, movedPoints: 20 + 18 });
    expect(yearPoints(ctx, 'Ana Costa')).toBe(38);
    expect(listUnmapped(ctx)).toEqual([]);
    // The next payment of that customer scores for her at once.
    deliver(ctx, asaas, [{ id: 'pay_2', type: 'payment.confirmed', occurredAt: at, customer: { id: 'cus_000006412309' }, amount: { value: '100.00', currency: 'BRL' } }]);
    expect(yearPoints(ctx, 'Ana Costa')).toBe(38 + 21);
  });

  it('resolves a payment whose only identity is the buyer’s id through the customer’s owner, under either policy', () => {
    const asaasLike = (id: string) => ({ id, type: 'payment.confirmed', occurredAt: at, rep: { id: 'cus_000006418774' }, customer: { id: 'cus_000006418774' }, amount: { value: '450.00', currency: 'BRL' } });
    deliver(ctx, asaas, [asaasLike('pay_1')]);
    const bruno = createRep(ctx, { name: 'Bruno Costa' });
    transferCustomers(ctx, { customerIds: [find('cus_000006418774')?.id as number], toRepId: bruno.id, effective: { kind: 'start' }, reason: 'His customer' });
    expect(yearPoints(ctx, 'Bruno Costa')).toBe(24);
    updatePortfolioSettings(ctx, { creditTo: 'named' });
    deliver(ctx, asaas, [asaasLike('pay_2')]);
    expect(yearPoints(ctx, 'Bruno Costa')).toBe(48);
  });

  it('places new leads automatically, round-robin, when automatic distribution is on', () => {
    updatePortfolioSettings(ctx, { autoStrategy: 'round_robin', claimOnFirstEvent: true });
    deliver(
      ctx,
      crm,
      ['Lead A', 'Lead B', 'Lead C', 'Lead D'].map((name, i) => ({ id: `l${i}`, type: 'appointment.booked', occurredAt: at, customer: { id: `lead-${i}`, name } })),
    );
    expect(customers().map((c) => [c.name, c.ownerName]).sort()).toEqual([
      ['Lead A', 'Ana Souza'],
      ['Lead B', 'Bruno Lima'],
      ['Lead C', 'Ana Souza'],
      ['Lead D', 'Bruno Lima'],
    ]);
    expect(yearPoints(ctx, 'Ana Souza')).toBe(30);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(30);
  });

  it('gives a customer to the rep its held events named once that rep is known', () => {
    deliver(ctx, crm, [{ id: '1', type: 'quote.sent', occurredAt: at, rep: { email: 'diego@example.com' }, customer: { id: 'c-1', name: 'Acme' } }]);
    expect(find('Acme')?.ownerName).toBeNull();
    createRep(ctx, { name: 'Diego Alves', email: 'diego@example.com' });
    expect(find('Acme')?.ownerName).toBe('Diego Alves');
    expect(yearPoints(ctx, 'Diego Alves')).toBe(10);
  });

  it('does not let a rep claim customers when claiming is off: they wait unowned', () => {
    updatePortfolioSettings(ctx, { claimOnFirstEvent: false });
    deliver(ctx, crm, [{ id: '1', type: 'quote.sent', occurredAt: at, rep: { email: 'ana@example.com' }, customer: { id: 'c-1', name: 'Acme' } }]);
    expect(find('Acme')?.ownerName).toBeNull();
    expect(yearPoints(ctx, 'Ana Souza')).toBe(10);
  });

  it('rejects a generic event that names neither a rep nor a customer', () => {
    expect(() => deliver(ctx, crm, [{ id: '1', type: 'quote.sent', occurredAt: at }])).toThrow(/unless the event names a customer/);
  });
});
