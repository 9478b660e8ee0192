import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type RuleSet } from './rules';
import { reversalTake, scoreEvent } from './score';

const set = (over: Partial<RuleSet> = {}): RuleSet => ({
  version: 3,
  baseCurrency: 'BRL',
  timeZone: 'America/Sao_Paulo',
  rules: DEFAULT_RULES.map((r, i) => ({ ...r, id: i + 1 })),
  rates: [],
  products: [],
  groups: [],
  focus: [],
  ...over,
});
const ruleId = (type: string) => set().rules.find((r) => r.eventType === type)?.id;
// 2026-11-24 12:00 in São Paulo.
const at = Date.parse('2026-11-24T15:00:00Z');

describe('scoreEvent', () => {
  it('gives fixed points plus whole steps of the amount in the base currency', () => {
    // deal.won: 50 + 1 per 100.00 BRL; 12,345.67 BRL -> 123 steps.
    const awards = scoreEvent({ type: 'deal.won', occurredAt: at, amountMinor: 1_234_567, currency: 'BRL', customerName: 'Acme' }, set());
    expect(awards).toEqual([
      {
        ruleId: ruleId('deal.won'),
        points: 173,
        explanation: {
          kind: 'award',
          eventType: 'deal.won',
          fixedPoints: 50,
          amountPoints: { pointsPerStep: 1, stepMinor: 10_000, amountMinor: 1_234_567, currency: 'BRL', points: 123 },
          customer: 'Acme',
          ruleVersion: 3,
        },
      },
    ]);
  });

  it('counts only the fixed points when the amount is in another currency without a rate', () => {
    const [award] = scoreEvent({ type: 'payment.confirmed', occurredAt: at, amountMinor: 500_000, currency: 'USD' }, set());
    expect(award?.points).toBe(20);
    expect(award?.explanation).toMatchObject({ amountSkipped: { currency: 'USD', reason: 'no_rate' } });
  });

  it("converts with the manager's rate in force on the event's local day, exactly", () => {
    const rates = [
      { currency: 'USD', rate: '5', validFrom: null },
      { currency: 'USD', rate: '5.4321', validFrom: '2026-11-01' },
      { currency: 'USD', rate: '6', validFrom: '2026-12-01' },
    ];
    // 2,499.00 USD x 5.4321 = 13,574.8179 -> 13,574.82 BRL -> 135 steps + 20.
    const [award] = scoreEvent({ type: 'payment.confirmed', occurredAt: at, amountMinor: 249_900, currency: 'USD' }, set({ rates }));
    expect(award?.points).toBe(155);
    expect(award?.explanation).toMatchObject({ amountPoints: { amountMinor: 249_900, currency: 'USD', points: 135, converted: { baseMinor: 1_357_482, baseCurrency: 'BRL', rate: '5.4321' } } });
    // Before November the undated rate applies: 2,499.00 x 5 = 12,495.00 -> 124 steps.
    const [october] = scoreEvent({ type: 'payment.confirmed', occurredAt: Date.parse('2026-10-20T15:00:00Z'), amountMinor: 249_900, currency: 'USD' }, set({ rates }));
    expect(october?.points).toBe(144);
  });

  it('converts a zero-decimal currency by its own exponent: ¥48,000 at 0.0352 BRL = R$ 1,689.60', () => {
    const [award] = scoreEvent({ type: 'payment.confirmed', occurredAt: at, amountMinor: 48_000, currency: 'JPY' }, set({ rates: [{ currency: 'JPY', rate: '0.0352', validFrom: null }] }));
    expect(award?.explanation).toMatchObject({ amountPoints: { converted: { baseMinor: 168_960 } } });
    expect(award?.points).toBe(20 + 16);
  });

  it('adds product points per unit, from the product or else its group', () => {
    const catalog = set({
      groups: [{ id: 1, name: 'Add-ons', points: 8 }],
      products: [
        { id: 1, sku: 'DASH', name: 'Dashboard add-on', groupId: 1, points: null },
        { id: 2, sku: 'SUITE', name: 'Analytics Suite', groupId: 1, points: 40 },
      ],
    });
    const [grouped] = scoreEvent({ type: 'catalog.sale', occurredAt: at, amountMinor: null, currency: null, product: 'DASH', quantity: 3 }, catalog);
    expect(grouped?.points).toBe(15 + 24);
    expect(grouped?.explanation).toMatchObject({ product: { sku: 'DASH', quantity: 3, perUnit: 8, points: 24, from: 'group', group: 'Add-ons' } });
    const [own] = scoreEvent({ type: 'catalog.sale', occurredAt: at, amountMinor: null, currency: null, product: 'SUITE' }, catalog);
    expect(own?.points).toBe(15 + 40);
    const [unknown] = scoreEvent({ type: 'catalog.sale', occurredAt: at, amountMinor: null, currency: null, product: 'NOPE' }, catalog);
    expect(unknown?.points).toBe(15);
  });

  it('multiplies by the focus factors in force on the local day, rounding once', () => {
    const focused = set({
      products: [{ id: 7, sku: 'X', name: 'Product X', groupId: null, points: 10 }],
      focus: [
        { id: 1, name: 'December push', factor: '2', fromDay: '2026-12-01', toDay: '2026-12-31', eventType: null, productId: 7, groupId: null, enabled: true },
        { id: 2, name: 'Q4 deals', factor: '1.5', fromDay: '2026-10-01', toDay: '2026-12-31', eventType: 'deal.won', productId: null, groupId: null, enabled: true },
        { id: 3, name: 'Paused', factor: '10', fromDay: '2026-01-01', toDay: '2026-12-31', eventType: null, productId: null, groupId: null, enabled: false },
      ],
    });
    // 1 Dec 01:00 in São Paulo is still 1 Dec locally (04:00 UTC).
    const december = Date.parse('2026-12-01T04:00:00Z');
    const [both] = scoreEvent({ type: 'deal.won', occurredAt: december, amountMinor: 123_400, currency: 'BRL', product: 'X' }, focused);
    // (50 + 12 + 10) x 2 x 1.5 = 216
    expect(both?.points).toBe(216);
    expect(both?.explanation).toMatchObject({ subtotal: 72, focus: [{ name: 'December push', factor: '2' }, { name: 'Q4 deals', factor: '1.5' }] });
    // 30 Nov 23:30 in São Paulo is 1 Dec UTC, but still November locally: only x1.5; 72 x 1.5 = 108.
    const [november] = scoreEvent({ type: 'deal.won', occurredAt: Date.parse('2026-12-01T02:30:00Z'), amountMinor: 123_400, currency: 'BRL', product: 'X' }, focused);
    expect(november?.points).toBe(108);
    // A quote sent (5 x 1.5 would round) is outside both scopes.
    const [quote] = scoreEvent({ type: 'quote.sent', occurredAt: december, amountMinor: null, currency: null }, focused);
    expect(quote?.points).toBe(10);
  });

  it('rounds a fractional focus result half away from zero: 5 x 1.5 = 7.5 -> 8', () => {
    const half = set({ focus: [{ id: 1, name: 'Busy week', factor: '1.5', fromDay: '2026-11-23', toDay: '2026-11-29', eventType: 'activity', productId: null, groupId: null, enabled: true }] });
    expect(scoreEvent({ type: 'activity', occurredAt: at, amountMinor: null, currency: null, activityName: 'Demo' }, half)[0]?.points).toBe(8);
  });

  it('gives nothing for a disabled rule or a zero-point type', () => {
    const disabled = set({ rules: set().rules.map((r) => (r.eventType === 'quote.sent' ? { ...r, enabled: false } : r)) });
    expect(scoreEvent({ type: 'quote.sent', occurredAt: at, amountMinor: null, currency: null }, disabled)).toEqual([]);
    expect(scoreEvent({ type: 'deal.lost', occurredAt: at, amountMinor: 100, currency: 'BRL' }, set())).toEqual([]);
  });

  it('a manual award carries its own points and reason', () => {
    expect(scoreEvent({ type: 'points.manual', occurredAt: at, amountMinor: null, currency: null, manualPoints: 30, reason: 'Helped onboard Jonas' }, set())).toEqual([
      { ruleId: ruleId('points.manual'), points: 30, explanation: { kind: 'manual', reason: 'Helped onboard Jonas' } },
    ]);
  });
});

describe('reversalTake', () => {
  it('takes everything back on a full reversal (no amount or the whole amount)', () => {
    expect(reversalTake({ awardPoints: 170, originalAmountMinor: 1_200_000, reversalAmounts: [null], alreadyTaken: 0 })).toBe(170);
    expect(reversalTake({ awardPoints: 170, originalAmountMinor: 1_200_000, reversalAmounts: [1_200_000], alreadyTaken: 0 })).toBe(170);
  });

  it('takes back a proportional share on a partial refund: 300 of 1,200 -> 25%', () => {
    expect(reversalTake({ awardPoints: 170, originalAmountMinor: 120_000, reversalAmounts: [30_000], alreadyTaken: 0 })).toBe(43); // 42.5 -> 43
  });

  it('three partial refunds adding up to the whole take back exactly the original points', () => {
    let taken = 0;
    const amounts: number[] = [];
    for (const amount of [40_000, 40_000, 40_000]) {
      amounts.push(amount);
      taken += reversalTake({ awardPoints: 170, originalAmountMinor: 120_000, reversalAmounts: amounts, alreadyTaken: taken });
    }
    expect(taken).toBe(170);
  });

  it('never takes back more than was awarded, and is idempotent', () => {
    expect(reversalTake({ awardPoints: 170, originalAmountMinor: 120_000, reversalAmounts: [999_999], alreadyTaken: 170 })).toBe(0);
  });
});
