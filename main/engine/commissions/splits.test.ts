// Worked examples for split credit. Deal Acme, 10,000.00: Ana 60% and Bruno 40% as account
// executives (direct), Carla 20% as sales engineer (overlay, on top of the 100%).
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import type { CreditRoles } from './plan';
import { validateSplit } from './splits';
import { amounts, assignment, component, deal, NOVEMBER, plan, tiers } from './test-plans';
import type { CreditShare } from './statement-types';

const share = (percent: string, overlay = false): CreditShare => ({ percent, role: overlay ? 'Sales engineer' : 'Account executive', overlay, split: true });

function earn(s: CreditShare, creditRoles: CreditRoles, rate = '10') {
  return calculateEarnings({
    plan: plan({ creditRoles, components: [component({ table: { tiers: tiers(['0', rate]) } })] }),
    assignment: assignment(),
    period: NOVEMBER,
    events: [deal('Acme', '2026-11-05', '10000.00', { id: 1, share: s })],
    reversals: [],
  });
}

describe('split credit', () => {
  it('credits each rep their share of the deal: 60% and 40% of 10,000.00 at 10%', () => {
    expect(amounts(earn(share('60'), 'direct'))).toEqual({ 'c:revenue:1:t1': '600.00' }); // 6,000 x 10%
    expect(amounts(earn(share('40'), 'direct'))).toEqual({ 'c:revenue:1:t1': '400.00' }); // 4,000 x 10%
    const trace = earn(share('60'), 'direct').lines[0]?.trace;
    expect(trace).toMatchObject({ kind: 'commission', credited: '600000', share: { percent: '60', split: true } });
  });

  it('pays an overlay share only under a plan that pays overlay credit: 20% of 10,000.00 at 2% = 40.00', () => {
    expect(earn(share('20', true), 'direct').lines).toEqual([]);
    expect(amounts(earn(share('20', true), 'overlay', '2'))).toEqual({ 'c:revenue:1:t1': '40.00' });
    expect(amounts(earn(share('20', true), 'both', '2'))).toEqual({ 'c:revenue:1:t1': '40.00' });
    expect(earn(share('60'), 'overlay').lines).toEqual([]);
  });
});

describe('split validation', () => {
  const ana = { repId: 1, percent: '60', role: 'Account executive', overlay: false };
  const bruno = { repId: 2, percent: '40', role: 'Account executive', overlay: false };

  it('accepts direct shares up to 100% plus overlays on top', () => {
    expect(validateSplit([ana, bruno, { repId: 3, percent: '20', role: 'Sales engineer', overlay: true }])).toEqual([]);
    expect(validateSplit([ana])).toEqual([]); // 60%: the other 40% is credited to nobody (house account)
  });

  it('rejects direct shares over 100% and says how to fix it', () => {
    expect(validateSplit([ana, { ...bruno, percent: '50' }])).toEqual([
      { path: 'shares', message: 'the direct shares add up to 110%, more than 100%: lower them, or mark the extra people as overlay (credited on top)' },
    ]);
  });

  it('rejects a rep twice, an empty role and a share that is not a percentage', () => {
    const problems = validateSplit([ana, { ...ana, percent: '10' }, { repId: 4, percent: '0', role: ' ', overlay: true }]);
    expect(problems.map((p) => p.path)).toEqual(['shares[1].repId', 'shares[2].role', 'shares[2].percent']);
  });
});
