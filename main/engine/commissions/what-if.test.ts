// Worked examples for the what-if calculator. The rep has sold 45,000.00 this month; tiers:
// 5% from 0, 8% from 50,000.00. The hypothetical deal is 12,000.00.
import { describe, expect, it } from 'vitest';
import type { TierMode } from './plan';
import { assignment, component, deal, major, minor, NOVEMBER, plan, tiers } from './test-plans';
import { whatIf } from './what-if';

function ask(mode: TierMode) {
  const input = {
    plan: plan({ components: [component({ table: { mode, tiers: tiers(['0', '5'], [String(minor('50000.00')), '8']) } })] }),
    assignment: assignment(),
    period: NOVEMBER,
    events: [deal('Acme', '2026-11-03', '45000.00', { id: 1 })],
    reversals: [],
  };
  return whatIf(input, deal('Hypothetical', '2026-11-24', '12000.00', { id: -1 }));
}

describe('what-if at the current attainment', () => {
  it('marginal: the deal straddles 50,000: 5,000 x 5% + 7,000 x 8% = 250 + 560 = 810.00', () => {
    const answer = ask('marginal');
    expect(major(answer.added)).toBe('810.00');
    expect(answer.lines.map((l) => [l.key, major(l.after)])).toEqual([
      ['c:revenue:-1:t1', '250.00'],
      ['c:revenue:-1:t2', '560.00'],
    ]);
  });

  it('retroactive: the total of 57,000 lifts every deal to 8%: 57,000 x 8% - 45,000 x 5% = 4,560 - 2,250 = 2,310.00', () => {
    const answer = ask('retroactive');
    expect(answer.addedMinor).toBe(minor('2310.00'));
    // It shows the uplift on the existing deal (2,250 -> 3,600) and the new deal's 960.00.
    expect(answer.lines.map((l) => [l.key, major(l.before), major(l.after)])).toEqual([
      ['c:revenue:1:t2', '0.00', '3600.00'],
      ['c:revenue:-1:t2', '0.00', '960.00'],
      ['c:revenue:1:t1', '2250.00', '0.00'],
    ]);
    expect(answer.after[0]?.credited).toBe(String(minor('57000.00')));
  });
});
