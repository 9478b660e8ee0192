// Worked examples for clawbacks. Deal Acme, 12,000.00, won on 1 January 2026, was paid
// 960.00 (8%) in January's statement. The plan claws back refunds within 90 days.
// Day count: 1 Jan + 90 days = 1 April (January 31 + February 28 + March 31 = 90).
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import type { ClawbackPolicy } from './plan';
import { fromText, scale, toDecimal } from './rational';
import { calculateStatement } from './statement';
import type { Reversal, StatementInput } from './statement-types';
import { amounts, assignment, deal, major, minor, month, plan, refund } from './test-plans';

const ACME = deal('Acme', '2026-01-01', '12000.00', { id: 1 });
const PAID = String(minor('960.00'));
const FULL: ClawbackPolicy = { windowDays: 90, mode: 'full', termDays: null };
const APRIL = month('2026-04-01', '2026-04-30', 3);

function clawback(reversal: Reversal, policy: ClawbackPolicy = FULL) {
  return calculateEarnings({ plan: plan({ clawback: policy }), assignment: assignment(), period: APRIL, events: [], reversals: [reversal] });
}

describe('the clawback window (inclusive day count)', () => {
  it('claws back a refund on the last day of the window (day 90, 1 April) at the rate paid: -960.00', () => {
    const result = clawback(refund(ACME, '2026-04-01', '12000.00', { paid: PAID }));
    expect(result.lines.map((l) => major(l.amount))).toEqual(['-960.00']);
    expect(result.lines[0]?.trace).toMatchObject({ kind: 'clawback', daysAfter: 90, windowDays: 90, outsideWindow: false });
  });

  it('takes nothing back the day after (day 91, 2 April), and the line says why', () => {
    const result = clawback(refund(ACME, '2026-04-02', '12000.00', { paid: PAID }));
    expect(result.lines.map((l) => major(l.amount))).toEqual(['0.00']);
    expect(result.lines[0]?.trace).toMatchObject({ kind: 'clawback', daysAfter: 91, outsideWindow: true });
  });
});

describe('at the rate originally paid', () => {
  it('takes back the refunded part of what was paid: 3,000 of 12,000 refunded -> 960 x 1/4 = -240.00', () => {
    const result = clawback(refund(ACME, '2026-02-10', '3000.00', { paid: PAID }));
    expect(result.lines.map((l) => major(l.amount))).toEqual(['-240.00']);
  });

  it('never takes back more than was sold: after 10,000 refunded, a refund of 5,000 takes only the last 2,000 (960 x 2/12 = -160.00)', () => {
    const result = clawback(refund(ACME, '2026-02-10', '5000.00', { paid: PAID, reversedBeforeMinor: minor('10000.00') }));
    expect(result.lines.map((l) => major(l.amount))).toEqual(['-160.00']);
  });

  it('uses what the deal earned in this period when it is refunded in the same period', () => {
    const january = month('2026-01-01', '2026-01-31', 0);
    const result = calculateEarnings({ plan: plan({ clawback: FULL }), assignment: assignment(), period: january, events: [ACME], reversals: [refund(ACME, '2026-01-20', '12000.00')] });
    // Paid 12,000 x 8% = 960.00 and clawed back -960.00 on the same statement.
    expect(Object.values(amounts(result))).toEqual(['960.00', '-960.00']);
  });
});

describe('prorated by unused service term', () => {
  it('claws back only the unused part of a 365-day term: cancelled after 73 days -> 960 x 292/365 = -768.00', () => {
    // 1 Jan + 73 days = 15 March (31 + 28 + 14). Unused: 365 - 73 = 292 days = 80%.
    const result = clawback(refund(ACME, '2026-03-15', null, { paid: PAID }), { windowDays: 365, mode: 'prorated', termDays: 365 });
    expect(result.lines.map((l) => major(l.amount))).toEqual(['-768.00']);
    expect(result.lines[0]?.trace).toMatchObject({ daysAfter: 73, prorate: { unusedDays: 292, termDays: 365 } });
  });

  it('uses the deal\'s own term when the manager entered one: 180-day term, 73 used -> 960 x 107/180 = -570.67 (exact -570.666...)', () => {
    const result = clawback(refund(ACME, '2026-03-15', null, { paid: PAID, termDays: 180 }), { windowDays: 365, mode: 'prorated', termDays: 365 });
    expect(result.lines[0]?.amount).toBe('-171200/3'); // 96,000 x 107 / 180 = 57,066.66... minor units, kept exact
    expect(toDecimal(scale(fromText(result.lines[0]?.amount ?? '0'), -2), 2)).toEqual({ text: '-570.67', exact: false });
  });
});

describe('negative balances carry forward', () => {
  const base = (over: Partial<StatementInput>): StatementInput => ({
    plan: plan({ clawback: FULL }),
    assignment: assignment(),
    period: APRIL,
    events: [],
    reversals: [],
    adjustments: [],
    corrections: [],
    opening: { carryMinor: 0, carryFrom: null, drawOutstandingMinor: 0 },
    ...over,
  });

  it('pays 0 and carries -560.00 when April earns 400.00 and claws back 960.00', () => {
    const april = calculateStatement(base({ events: [deal('Beta', '2026-04-10', '5000.00')], reversals: [refund(ACME, '2026-04-01', null, { paid: PAID })] }));
    // 5,000 x 8% = 400.00; clawback -960.00; total -560.00
    expect(april.totals).toMatchObject({ payoutMinor: 0, carryOutMinor: minor('-560.00') });
  });

  it('opens May with the -560.00 and pays 1,000.00 - 560.00 = 440.00', () => {
    const may = calculateStatement(
      base({ period: month('2026-05-01', '2026-05-31', 4), events: [deal('Gamma', '2026-05-05', '12500.00')], opening: { carryMinor: minor('-560.00'), carryFrom: { firstDay: '2026-04-01', lastDay: '2026-04-30' }, drawOutstandingMinor: 0 } }),
    );
    // 12,500 x 8% = 1,000.00; carried -560.00
    expect(amounts(may)).toMatchObject({ carry: '-560.00' });
    expect(may.totals).toMatchObject({ payoutMinor: minor('440.00'), carryOutMinor: 0 });
  });
});
