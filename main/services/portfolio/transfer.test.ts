import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledger } from '../../../db/schema';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { dayPoints, deliver, yearPoints } from '../../../tests/support/portfolio';
import { createRep, updateRep } from '../reps';
import { createSource } from '../sources';
import { getRanking } from '../gamification/rankings';
import { previewTransfer, transferCustomers } from './transfer';
import { listPortfolioCustomers, portfolioHistory } from './views';

let ctx: TestContext;
let sourceId: string;
let ana: { id: number };
let bruno: { id: number };
let carla: { id: number };

const customerId = (name: string) => listPortfolioCustomers(ctx, { owner: { kind: 'all' }, limit: 100, offset: 0 }).customers.find((c) => c.name === name)?.id as number;
const ownerOf = (name: string) => listPortfolioCustomers(ctx, { owner: { kind: 'all' }, limit: 100, offset: 0 }).customers.find((c) => c.name === name)?.ownerName;
const ledgerRows = () => ctx.db.select().from(ledger).all().length;
const acme = { id: 'c-acme', name: 'Acme' };
const brl = (value: string) => ({ value, currency: 'BRL' });

beforeEach(() => {
  ctx = createTestContext({ now: '2026-11-24T15:00:00Z' });
  sourceId = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
  bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' });
  carla = createRep(ctx, { name: 'Carla Dias', email: 'carla@example.com' });
  // Ana works Acme all month; her CRM keeps naming her on every event.
  deliver(ctx, sourceId, [
    { id: 'w1', type: 'deal.won', occurredAt: '2026-11-10T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme, amount: brl('1000.00') },
    { id: 'p1', type: 'payment.confirmed', occurredAt: '2026-11-18T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme, amount: brl('500.00') },
    { id: 'w2', type: 'deal.won', occurredAt: '2026-11-20T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme, amount: brl('2000.00') },
    { id: 'p2', type: 'payment.confirmed', occurredAt: '2026-11-21T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme, amount: brl('1000.00') },
    { id: 'r1', type: 'payment.refunded', occurredAt: '2026-11-22T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme, amount: brl('500.00'), reverses: 'p2' },
  ]);
});
afterEach(() => ctx.dispose());

describe('transfer with an effective date', () => {
  it('moves revenue and deals won with the points, refunds included, so every leaderboard metric agrees', () => {
    const revenue = (name: string) => getRanking(ctx, { metric: 'revenue', period: 'month', groupBy: 'rep' }).rows.find((r) => r.name === name)?.value;
    const deals = (name: string) => getRanking(ctx, { metric: 'deals_won', period: 'month', groupBy: 'rep' }).rows.find((r) => r.name === name)?.value;
    // Revenue is what was won (payments collect it, they do not add to it): 1000 + 2000.
    expect([revenue('Ana Souza'), deals('Ana Souza')]).toEqual([300_000, 2]);
    transferCustomers(ctx, { customerIds: [customerId('Acme')], toRepId: bruno.id, effective: { kind: 'day', day: '2026-11-19' }, reason: 'Territory change' });
    // From 19 Nov, w2 (2000) follows Acme to Bruno; w1 stays with Ana.
    expect([revenue('Ana Souza'), deals('Ana Souza')]).toEqual([100_000, 1]);
    expect([revenue('Bruno Lima'), deals('Bruno Lima')]).toEqual([200_000, 1]);
  });

  it('moves the points of events after the date to the new owner and leaves earlier ones with the old', () => {
    // 60 + 25 + 70 + 30 - 15 = 170, all Ana's; Acme joined her portfolio with its first event.
    expect(yearPoints(ctx, 'Ana Souza')).toBe(170);
    expect(ownerOf('Acme')).toBe('Ana Souza');

    const input = { customerIds: [customerId('Acme')], toRepId: bruno.id, effective: { kind: 'day' as const, day: '2026-11-19' } };
    const before = ledgerRows();
    const preview = previewTransfer(ctx, input);
    expect(preview).toMatchObject({ customers: 1, movedEvents: 2, movedPoints: 85 });
    expect(preview.balance.map((b) => [b.name, b.before, b.after])).toEqual([
      ['Ana Souza', 1, 0],
      ['Bruno Lima', 0, 1],
    ]);
    // The preview wrote nothing.
    expect(ledgerRows()).toBe(before);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(0);

    const done = transferCustomers(ctx, { ...input, reason: 'Territory change' });
    expect(done).toMatchObject({ customers: 1, movedEvents: 2, movedPoints: 85 });
    // Before 19 Nov: 60 + 25 stay with Ana. From 19 Nov: 70 + (30 - 15) go to Bruno.
    expect(yearPoints(ctx, 'Ana Souza')).toBe(85);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(85);
    expect(dayPoints(ctx, 'Ana Souza', '2026-11-20T12:00:00-03:00')).toBe(0);
    expect(dayPoints(ctx, 'Bruno Lima', '2026-11-20T12:00:00-03:00')).toBe(70);
    expect(dayPoints(ctx, 'Ana Souza', '2026-11-10T12:00:00-03:00')).toBe(60);
    expect(ownerOf('Acme')).toBe('Bruno Lima');

    // The rest of the refund arrives after the transfer: it takes back from Bruno, who holds the payment now.
    deliver(ctx, sourceId, [{ id: 'r2', type: 'payment.refunded', occurredAt: '2026-11-24T09:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme, amount: brl('500.00'), reverses: 'p2' }]);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(70);
    expect(yearPoints(ctx, 'Ana Souza')).toBe(85);

    // A new event still naming Ana scores for the owner.
    deliver(ctx, sourceId, [{ id: 'q1', type: 'quote.sent', occurredAt: '2026-11-24T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme }]);
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(80);

    expect(portfolioHistory(ctx, { limit: 10 })).toMatchObject([{ kind: 'transfer', toRepName: 'Bruno Lima', fromRepNames: ['Ana Souza'], reason: 'Territory change', movedEvents: 2, movedPoints: 85, customerNames: ['Acme'] }]);
  });

  it('schedules a transfer for a later date: events before it score for the current owner, events from it for the next', () => {
    transferCustomers(ctx, { customerIds: [customerId('Acme')], toRepId: carla.id, effective: { kind: 'day', day: '2026-12-01' }, reason: 'Ana moves to key accounts in December' });
    expect(ownerOf('Acme')).toBe('Ana Souza');
    deliver(ctx, sourceId, [{ id: 'nov', type: 'quote.sent', occurredAt: '2026-11-30T23:59:00-03:00', rep: { email: 'bruno@example.com' }, customer: acme }]);
    expect(yearPoints(ctx, 'Ana Souza')).toBe(180);
    ctx.setNow('2026-12-02T15:00:00Z');
    deliver(ctx, sourceId, [{ id: 'dec', type: 'quote.sent', occurredAt: '2026-12-01T00:00:00-03:00', rep: { email: 'ana@example.com' }, customer: acme }]);
    expect(yearPoints(ctx, 'Carla Dias')).toBe(10);
    expect(ownerOf('Acme')).toBe('Carla Dias');
  });

  it('refuses a date before a later change of owner, naming the customer, and changes nothing', () => {
    transferCustomers(ctx, { customerIds: [customerId('Acme')], toRepId: bruno.id, effective: { kind: 'day', day: '2026-11-19' }, reason: 'First move' });
    expect(() => transferCustomers(ctx, { customerIds: [customerId('Acme')], toRepId: carla.id, effective: { kind: 'day', day: '2026-11-15' }, reason: 'Too early' })).toThrow(
      /Acme \(changed owner on 2026-11-19\)/,
    );
    expect(ownerOf('Acme')).toBe('Bruno Lima');
    expect(yearPoints(ctx, 'Carla Dias')).toBe(0);
    // Moving it back to its owner is nothing to do, and says so.
    expect(() => transferCustomers(ctx, { customerIds: [customerId('Acme')], toRepId: bruno.id, effective: { kind: 'day', day: '2026-11-24' }, reason: 'Again' })).toThrow(/already belongs to Bruno Lima/);
  });

  it('hands a whole portfolio over and never sends customers to an inactive rep', () => {
    deliver(ctx, sourceId, [
      { id: 'g1', type: 'quote.sent', occurredAt: '2026-11-23T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: { id: 'c-globex', name: 'Globex' } },
      { id: 'i1', type: 'quote.sent', occurredAt: '2026-11-23T10:00:00-03:00', rep: { email: 'carla@example.com' }, customer: { id: 'c-initech', name: 'Initech' } },
    ]);
    const done = transferCustomers(ctx, { fromRepId: ana.id, toRepId: bruno.id, effective: { kind: 'day', day: '2026-11-25' }, reason: 'Ana leaves' });
    expect(done.customers).toBe(2);
    ctx.setNow('2026-11-25T12:00:00Z');
    expect(listPortfolioCustomers(ctx, { owner: { kind: 'rep', repId: bruno.id }, limit: 10, offset: 0 }).customers.map((c) => c.name).sort()).toEqual(['Acme', 'Globex']);
    expect(ownerOf('Initech')).toBe('Carla Dias');
    expect(() => transferCustomers(ctx, { fromRepId: ana.id, toRepId: bruno.id, effective: { kind: 'day', day: '2026-11-26' }, reason: 'again' })).toThrow(/Ana Souza has no customers to hand over/);
    updateRep(ctx, { id: carla.id, active: false });
    expect(() => transferCustomers(ctx, { fromRepId: bruno.id, toRepId: carla.id, effective: { kind: 'day', day: '2026-11-26' }, reason: 'no' })).toThrow(/Carla Dias is not active/);
  });
});
