import { describe, expect, it } from 'vitest';
import { validateAssignment, validatePlan } from './validate-plan';
import { assignment, component, minor, plan, tiers } from './test-plans';

describe('plan validation', () => {
  it('accepts a realistic plan: tiers, accelerator on attainment, SPIF and clawback', () => {
    const realistic = plan({
      fxRates: [{ currency: 'USD', rate: '5.10' }],
      components: [component({ table: { measure: 'attainment', tiers: tiers(['0', '5'], ['100', '8'], ['150', '12']) } })],
      spifs: [{ id: 'cloud', name: 'Cloud push', eventType: 'deal.won', products: ['cloud'], firstDay: '2026-11-01', lastDay: '2026-11-30', amountMinor: 20000, payout: 'every_time', minQuantity: 1 }],
      clawback: { windowDays: 90, mode: 'full', termDays: null },
    });
    expect(validatePlan(realistic)).toEqual([]);
  });

  it('names every problem with its field and how to fix it', () => {
    const broken = plan({
      currency: 'BRR',
      components: [component({ table: { tiers: tiers(['100', '5'], ['50', 'x']) } })],
      clawback: { windowDays: 90, mode: 'prorated', termDays: null },
    });
    expect(validatePlan(broken)).toEqual([
      { path: 'currency', message: '"BRR" is not an ISO 4217 currency code; use one like BRL, USD or EUR' },
      { path: 'components[0].table.tiers[0].from', message: 'the first tier must start at 0' },
      { path: 'components[0].table.tiers[1].rate', message: 'Tier 2 rate "x" is not a number like 8 or 12.5 (no sign, dot for decimals)' },
      { path: 'components[0].table.tiers[1].from', message: 'tier 2 must start above tier 1 (100)' },
      { path: 'clawback.termDays', message: 'a prorated clawback needs the service term in days (e.g. 365)' },
    ]);
  });

  it('requires weighted target-incentive components to add up to 100%', () => {
    const weighted = plan({
      components: [
        component({ id: 'revenue', payout: { kind: 'target_incentive', weightPercent: '60' }, table: { measure: 'attainment' } }),
        component({ id: 'logos', metric: 'count', payout: { kind: 'target_incentive', weightPercent: '30' }, table: { measure: 'attainment' } }),
      ],
    });
    expect(validatePlan(weighted)).toEqual([
      { path: 'components', message: 'the weights of the target-incentive components add up to 90%; they must add up to 100% (e.g. 60 + 40)' },
    ]);
  });
});

describe('assignment validation', () => {
  const onTarget = plan({ components: [component({ payout: { kind: 'target_incentive', weightPercent: '100' }, table: { measure: 'attainment' } })] });

  it('asks for the quota and the target incentive a target-incentive plan needs', () => {
    expect(validateAssignment(onTarget, assignment())).toEqual([
      { path: 'quotas', message: '"Revenue" needs a quota per period for this rep' },
      { path: 'targetIncentiveMinor', message: "this plan pays against a target incentive: enter the rep's variable pay at 100% for a full period" },
    ]);
    expect(validateAssignment(onTarget, assignment({ quotas: [{ componentId: 'revenue', quota: String(minor('100000.00')) }], targetIncentiveMinor: minor('10000.00') }))).toEqual([]);
  });

  it('rejects an unknown component, a ramp above 100% and a leave that ends before it starts', () => {
    const problems = validateAssignment(
      plan(),
      assignment({ quotas: [{ componentId: 'logos', quota: '4' }], ramp: ['150'], leaves: [{ firstDay: '2026-12-10', lastDay: '2026-12-01' }] }),
    );
    expect(problems.map((p) => p.path)).toEqual(['quotas[0].componentId', 'ramp[0]', 'leaves[0].lastDay']);
  });
});
