// Worked examples for quota attainment plans. The rep's target incentive (TI) is 10,000.00 a
// month: 60% on revenue (quota 100,000.00) and 40% on new logos (quota 4 deals).
//   Revenue base rate = 60% x 10,000 / 100,000 = 6% of revenue.
//   Revenue tiers on attainment: below 50% x0.5 (decelerator, 3%), 50-100% x1 (6%), from 100% x1.5 (accelerator, 9%).
//   Logo base rate = 40% x 10,000 / 4 = 1,000.00 per new logo; from 100% x2.
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import type { Cap, Gate, PlanComponent } from './plan';
import { amounts, assignment, component, deal, lineTotal, major, minor, NOVEMBER, plan, tiers } from './test-plans';
import type { RepEvent } from './statement-types';

function revenue(cap: Cap | null = null): PlanComponent {
  return component({
    id: 'revenue',
    name: 'Revenue',
    payout: { kind: 'target_incentive', weightPercent: '60' },
    table: { measure: 'attainment', mode: 'marginal', basis: 'cumulative', tiers: tiers(['0', '0.5'], ['50', '1'], ['100', '1.5']) },
    cap,
  });
}

function logos(gate: Gate | null = null): PlanComponent {
  return component({
    id: 'logos',
    name: 'New logos',
    metric: 'count',
    payout: { kind: 'target_incentive', weightPercent: '40' },
    table: { measure: 'attainment', mode: 'marginal', basis: 'cumulative', tiers: tiers(['0', '1'], ['100', '2']) },
    gate,
  });
}

const REP = assignment({
  targetIncentiveMinor: minor('10000.00'),
  quotas: [
    { componentId: 'revenue', quota: String(minor('100000.00')) },
    { componentId: 'logos', quota: '4' },
  ],
});

function earn(components: PlanComponent[], events: RepEvent[]) {
  return calculateEarnings({ plan: plan({ components }), assignment: REP, period: NOVEMBER, events, reversals: [] });
}

const GATE: Gate = { componentId: 'revenue', comparison: 'at_least', attainmentPercent: '50' };

describe('accelerators and decelerators on attainment', () => {
  it('pays the slice below 50% at half rate, up to 100% at the base rate and beyond at 1.5x', () => {
    const result = earn([revenue()], [deal('Acme', '2026-11-05', '40000.00', { id: 1 }), deal('Beta', '2026-11-12', '50000.00', { id: 2 }), deal('Gamma', '2026-11-19', '30000.00', { id: 3 })]);
    expect(amounts(result)).toEqual({
      'c:revenue:1:t1': '1200.00', // 0 -> 40,000 (40%): 40,000 x 6% x 0.5 = 1,200.00
      'c:revenue:2:t1': '300.00', //  40,000 -> 50,000: 10,000 x 3% = 300.00
      'c:revenue:2:t2': '2400.00', // 50,000 -> 90,000: 40,000 x 6% = 2,400.00
      'c:revenue:3:t2': '600.00', //  90,000 -> 100,000: 10,000 x 6% = 600.00
      'c:revenue:3:t3': '1800.00', // 100,000 -> 120,000: 20,000 x 6% x 1.5 = 1,800.00
    });
    // 50,000 x 3% + 50,000 x 6% + 20,000 x 9% = 1,500 + 3,000 + 1,800 = 6,300.00
    expect(lineTotal(result.lines)).toBe('6300.00');
    expect(result.components[0]).toMatchObject({ attainmentPercent: '120', quota: String(minor('100000.00')) });
    // The line carries the base rate (6% = 6/100 per minor unit) so the statement can show it.
    expect(result.lines[0]?.trace).toMatchObject({ payout: 'target_incentive', baseRate: '3/50', rate: '0.5' });
  });
});

describe('weighted components against one target incentive', () => {
  it('at exactly 100% on both components pays exactly the target incentive: 6,000 + 4,000', () => {
    const flat = component({ ...revenue(), table: { ...revenue().table, tiers: tiers(['0', '1'], ['100', '1.5']) } });
    const events = [1, 2, 3, 4].map((id) => deal(`Client ${id}`, `2026-11-0${id}`, '25000.00', { id }));
    const result = earn([flat, logos()], events);
    // Revenue: 4 x 25,000 = 100,000 = 100% of quota, all below the accelerator: 100,000 x 6% = 6,000.00
    // Logos: 4 of 4 = 100%; the 4th logo is the slice from 3 to 4, still x1: 4 x 1,000.00 = 4,000.00
    expect(result.components.map((c) => [c.componentId, c.attainmentPercent, major(c.paid)])).toEqual([
      ['revenue', '100', '6000.00'],
      ['logos', '100', '4000.00'],
    ]);
    expect(lineTotal(result.lines)).toBe('10000.00'); // = the target incentive
  });

  it('weights the same attainment differently: 120% revenue and 3 of 4 logos', () => {
    const events = [deal('Acme', '2026-11-05', '40000.00', { id: 1 }), deal('Beta', '2026-11-12', '50000.00', { id: 2 }), deal('Gamma', '2026-11-19', '30000.00', { id: 3 })];
    const result = earn([revenue(), logos()], events);
    // Revenue 6,300.00 (worked above) + logos 3 x 1,000.00 = 3,000.00 (75%, below the x2 tier)
    expect(result.components.map((c) => major(c.paid))).toEqual(['6300.00', '3000.00']);
    expect(lineTotal(result.lines)).toBe('9300.00');
  });
});

describe('caps: the capped amount is reported, not dropped', () => {
  it('caps revenue at 150% of its target (1.5 x 6,000 = 9,000.00) and shows the 4,500.00 not paid', () => {
    const result = earn([revenue({ kind: 'percent_of_target', percent: '150' })], [deal('Acme', '2026-11-05', '200000.00', { id: 1 })]);
    // Computed: 50,000 x 3% + 50,000 x 6% + 100,000 x 9% = 1,500 + 3,000 + 9,000 = 13,500.00
    expect(amounts(result)['cap:revenue']).toBe('-4500.00'); // 9,000 - 13,500
    expect(result.lines.find((l) => l.key === 'cap:revenue')?.trace).toMatchObject({ kind: 'cap', computed: String(minor('13500.00')), cap: String(minor('9000.00')) });
    expect(lineTotal(result.lines)).toBe('9000.00');
    // Paid 9,000 of 13,500 computed: the deal's paid rate (for a later clawback) is scaled to 2/3.
    expect(major(result.paidByEvent['1'] ?? '0')).toBe('9000.00');
  });

  it('caps a plain percent component at a fixed amount', () => {
    const capped = component({ table: { tiers: tiers(['0', '10']) }, cap: { kind: 'amount', amountMinor: minor('5000.00') } });
    const result = earn([capped], [deal('Acme', '2026-11-05', '80000.00', { id: 1 })]);
    // 80,000 x 10% = 8,000.00, cap 5,000.00: -3,000.00 reported on its own line.
    expect(amounts(result)).toEqual({ 'c:revenue:1:t1': '8000.00', 'cap:revenue': '-3000.00' });
  });
});

describe('gates: a component pays only if another one passes a threshold', () => {
  it('withholds new-logo pay when revenue attainment is 40% (< 50%), on a line of its own', () => {
    const result = earn([revenue(), logos(GATE)], [deal('Acme', '2026-11-05', '40000.00', { id: 1 })]);
    expect(amounts(result)).toEqual({
      'c:revenue:1:t1': '1200.00', // 40,000 x 3%
      'c:logos:1:t1': '1000.00', //   1 logo x 1,000.00 ...
      'gate:logos': '-1000.00', //    ... withheld: revenue at 40% is below 50%
    });
    expect(result.lines.find((l) => l.key === 'gate:logos')?.trace).toMatchObject({ kind: 'gate', gateComponentName: 'Revenue', attainmentPercent: '40', thresholdPercent: '50' });
  });

  it('pays when revenue reaches the threshold; "at least" includes exactly 50%, "above" does not', () => {
    const events = [deal('Acme', '2026-11-05', '50000.00', { id: 1 })]; // exactly 50% of 100,000
    expect(amounts(earn([revenue(), logos(GATE)], events))['gate:logos']).toBeUndefined();
    expect(amounts(earn([revenue(), logos({ ...GATE, comparison: 'above' })], events))['gate:logos']).toBe('-1000.00');
  });
});

describe('tiers on attainment for a plain percent plan', () => {
  it('pays 5% up to 100% of quota and 10% above, the threshold being quota x 100%', () => {
    const pct = component({ table: { measure: 'attainment', tiers: tiers(['0', '5'], ['100', '10']) } });
    const rep = assignment({ quotas: [{ componentId: 'revenue', quota: String(minor('50000.00')) }] });
    const result = calculateEarnings({ plan: plan({ components: [pct] }), assignment: rep, period: NOVEMBER, events: [deal('Acme', '2026-11-05', '70000.00', { id: 1 })], reversals: [] });
    // 50,000 x 5% = 2,500.00 + 20,000 x 10% = 2,000.00
    expect(amounts(result)).toEqual({ 'c:revenue:1:t1': '2500.00', 'c:revenue:1:t2': '2000.00' });
    expect(result.components[0]?.attainmentPercent).toBe('140');
  });

  it('warns instead of guessing when the quota the tiers need is missing', () => {
    const pct = component({ table: { measure: 'attainment', tiers: tiers(['0', '5'], ['100', '10']) } });
    const result = calculateEarnings({ plan: plan({ components: [pct] }), assignment: assignment(), period: NOVEMBER, events: [deal('Acme', '2026-11-05', '1000.00', { id: 1 })], reversals: [] });
    expect(result.lines).toEqual([]);
    expect(result.warnings).toEqual([{ kind: 'no_quota', componentId: 'revenue' }]);
  });
});
