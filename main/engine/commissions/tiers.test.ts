// Worked examples: one rate table, the same three deals, each tier mode and basis.
// Tiers (on amount): tier 1 from 0 at 5%, tier 2 from 50,000.00 at 8%, tier 3 from 100,000.00 at 10%.
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import type { RateTable } from './plan';
import { amounts, assignment, component, deal, lineTotal, minor, NOVEMBER, plan, tiers } from './test-plans';

const TABLE = tiers(['0', '5'], [String(minor('50000.00')), '8'], [String(minor('100000.00')), '10']);

const DEALS = [
  deal('Acme', '2026-11-03', '30000.00', { id: 1 }),
  deal('Beta', '2026-11-10', '35000.00', { id: 2 }),
  deal('Gamma', '2026-11-20', '45000.00', { id: 3 }),
];

function earn(table: Partial<RateTable>, events = DEALS) {
  return calculateEarnings({
    plan: plan({ components: [component({ table: { tiers: TABLE, ...table } })] }),
    assignment: assignment(),
    period: NOVEMBER,
    events,
    reversals: [],
  });
}

describe('marginal vs retroactive on the same deals (cumulative within the period)', () => {
  it('marginal: each slice of the running total at its own tier, a deal straddling a threshold is split', () => {
    const result = earn({ mode: 'marginal', basis: 'cumulative' });
    expect(amounts(result)).toEqual({
      // Acme: running total 0 -> 30,000: 30,000 x 5% = 1,500.00
      'c:revenue:1:t1': '1500.00',
      // Beta: 30,000 -> 65,000 crosses 50,000: 20,000 x 5% = 1,000.00 + 15,000 x 8% = 1,200.00
      'c:revenue:2:t1': '1000.00',
      'c:revenue:2:t2': '1200.00',
      // Gamma: 65,000 -> 110,000 crosses 100,000: 35,000 x 8% = 2,800.00 + 10,000 x 10% = 1,000.00
      'c:revenue:3:t2': '2800.00',
      'c:revenue:3:t3': '1000.00',
    });
    // Check by tier: 50,000 x 5% + 50,000 x 8% + 10,000 x 10% = 2,500 + 4,000 + 1,000 = 7,500.00
    expect(lineTotal(result.lines)).toBe('7500.00');
    const straddle = result.lines.find((l) => l.key === 'c:revenue:2:t2')?.trace;
    expect(straddle).toMatchObject({ kind: 'commission', base: String(minor('15000.00')), credited: String(minor('35000.00')), tier: 2, rate: '8', reachedBy: 'running_total' });
  });

  it('retroactive: the period total reaches tier 3, so every deal is paid at 10%', () => {
    const result = earn({ mode: 'retroactive', basis: 'cumulative' });
    // Total 30,000 + 35,000 + 45,000 = 110,000 >= 100,000: tier 3 (10%) for all.
    expect(amounts(result)).toEqual({
      'c:revenue:1:t3': '3000.00', // 30,000 x 10%
      'c:revenue:2:t3': '3500.00', // 35,000 x 10%
      'c:revenue:3:t3': '4500.00', // 45,000 x 10%
    });
    expect(lineTotal(result.lines)).toBe('11000.00'); // 110,000 x 10%
  });
});

describe('per transaction: each deal is tiered on its own', () => {
  const big = [deal('Acme', '2026-11-03', '30000.00', { id: 1 }), deal('Delta', '2026-11-04', '60000.00', { id: 4 })];

  it('marginal: a 60,000 deal pays its first 50,000 at 5% and the rest at 8%; earlier deals do not count', () => {
    const result = earn({ mode: 'marginal', basis: 'per_transaction' }, big);
    expect(amounts(result)).toEqual({
      'c:revenue:1:t1': '1500.00', // 30,000 x 5%
      'c:revenue:4:t1': '2500.00', // 50,000 x 5%
      'c:revenue:4:t2': '800.00', //  10,000 x 8%
    });
  });

  it('retroactive: the 60,000 deal reaches tier 2 by itself and is paid 8% on all of it', () => {
    const result = earn({ mode: 'retroactive', basis: 'per_transaction' }, big);
    expect(amounts(result)).toEqual({
      'c:revenue:1:t1': '1500.00', // 30,000 x 5%
      'c:revenue:4:t2': '4800.00', // 60,000 x 8%
    });
  });
});

describe('boundary inclusivity: a total exactly on a threshold', () => {
  // Two deals of 50,000.00: the total is exactly 100,000.00, the start of tier 3.
  const exact = [deal('Acme', '2026-11-03', '50000.00', { id: 1 }), deal('Beta', '2026-11-10', '50000.00', { id: 2 })];

  it('retroactive, threshold belongs to the upper tier: 100,000 x 10% = 10,000.00', () => {
    expect(lineTotal(earn({ mode: 'retroactive', boundary: 'upper_tier' }, exact).lines)).toBe('10000.00');
  });

  it('retroactive, threshold belongs to the lower tier: 100,000 stays in tier 2, x 8% = 8,000.00', () => {
    const result = earn({ mode: 'retroactive', boundary: 'lower_tier' }, exact);
    expect(lineTotal(result.lines)).toBe('8000.00');
    expect(result.lines.every((l) => l.trace.kind === 'commission' && l.trace.tier === 2)).toBe(true);
  });

  it('marginal: a threshold point has no width, so both rules pay 50,000 x 5% + 50,000 x 8% = 6,500.00', () => {
    expect(lineTotal(earn({ mode: 'marginal', boundary: 'upper_tier' }, exact).lines)).toBe('6500.00');
    expect(lineTotal(earn({ mode: 'marginal', boundary: 'lower_tier' }, exact).lines)).toBe('6500.00');
  });
});
