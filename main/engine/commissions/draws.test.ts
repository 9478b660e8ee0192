// Worked examples for draws. The plan pays 10% of revenue; the rep has a draw of 3,000.00 a
// month. Earned: January 1,000.00 (10,000 sold), February 4,000.00 (40,000), March 6,000.00 (60,000).
import { describe, expect, it } from 'vitest';
import type { Draw } from './plan';
import { calculateStatement } from './statement';
import type { Opening, PeriodWindow, Statement } from './statement-types';
import { assignment, component, deal, minor, month, plan, tiers } from './test-plans';

const MONTHS: [PeriodWindow, string][] = [
  [month('2026-01-01', '2026-01-31', 0), '10000.00'],
  [month('2026-02-01', '2026-02-28', 1), '40000.00'],
  [month('2026-03-01', '2026-03-31', 2), '60000.00'],
];

/** Runs the three months in order, each opening with what the previous one left. */
function run(draw: Draw): Statement[] {
  let opening: Opening = { carryMinor: 0, carryFrom: null, drawOutstandingMinor: 0 };
  return MONTHS.map(([period, sold]) => {
    const statement = calculateStatement({
      plan: plan({ components: [component({ table: { tiers: tiers(['0', '10']) } })] }),
      assignment: assignment({ draw }),
      period,
      events: [deal('Client', period.firstDay, sold)],
      reversals: [],
      adjustments: [],
      corrections: [],
      opening,
    });
    opening = { carryMinor: statement.totals.carryOutMinor, carryFrom: period, drawOutstandingMinor: statement.totals.drawOutstandingMinor };
    return statement;
  });
}

const summary = (s: Statement) => ({ payout: s.totals.payoutMinor, outstanding: s.totals.drawOutstandingMinor });

describe('a recoverable draw, recovered over several periods', () => {
  it('tops January up to the draw and recovers the advance from what February and March earn above it', () => {
    const [jan, feb, mar] = run({ kind: 'recoverable', amountMinor: minor('3000.00'), periods: null });
    // January: earned 1,000; top-up 3,000 - 1,000 = 2,000 -> pays 3,000.00; outstanding 2,000.00
    expect(summary(jan!)).toEqual({ payout: minor('3000.00'), outstanding: minor('2000.00') });
    // February: earned 4,000; above the draw: 4,000 - 3,000 = 1,000 recovered -> pays 3,000.00; outstanding 1,000.00
    expect(summary(feb!)).toEqual({ payout: minor('3000.00'), outstanding: minor('1000.00') });
    // March: earned 6,000; above the draw 3,000, of which the last 1,000 outstanding is recovered -> pays 5,000.00
    expect(summary(mar!)).toEqual({ payout: minor('5000.00'), outstanding: 0 });
    expect(mar!.lines.find((l) => l.key === 'draw:recovery')).toMatchObject({ amount: String(-minor('1000.00')) });
  });

  it('recovers what is still outstanding from all earnings once the draw period is over', () => {
    const [, feb, mar] = run({ kind: 'recoverable', amountMinor: minor('3000.00'), periods: 1 });
    // January as above (outstanding 2,000). February has no draw: 4,000 earned, 2,000 recovered -> pays 2,000.00
    expect(summary(feb!)).toEqual({ payout: minor('2000.00'), outstanding: 0 });
    expect(summary(mar!)).toEqual({ payout: minor('6000.00'), outstanding: 0 });
  });
});

describe('a non-recoverable draw (a guarantee)', () => {
  it('tops January up to 3,000.00 and never takes it back', () => {
    const [jan, feb, mar] = run({ kind: 'non_recoverable', amountMinor: minor('3000.00'), periods: null });
    expect(summary(jan!)).toEqual({ payout: minor('3000.00'), outstanding: 0 });
    expect(summary(feb!)).toEqual({ payout: minor('4000.00'), outstanding: 0 });
    expect(summary(mar!)).toEqual({ payout: minor('6000.00'), outstanding: 0 });
    expect(jan!.lines.find((l) => l.key === 'draw:top-up')?.trace).toMatchObject({ kind: 'draw_top_up', drawKind: 'non_recoverable', drawAmount: String(minor('3000.00')) });
  });
});
