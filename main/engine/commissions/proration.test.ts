// Worked examples for partial periods and ramps. Full-period terms: revenue quota
// 90,000.00, target incentive 9,000.00, draw 3,000.00. Tiers on attainment: 5% up to 100%,
// 10% above.
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import { periodTerms } from './proration';
import { toText } from './rational';
import { amounts, assignment, component, deal, minor, month, plan, tiers } from './test-plans';

const NOV = month('2026-11-01', '2026-11-30', 0);
const PLAN = plan({ components: [component({ table: { measure: 'attainment', tiers: tiers(['0', '5'], ['100', '10']) } })] });
const FULL_TERMS = {
  quotas: [{ componentId: 'revenue', quota: String(minor('90000.00')) }],
  targetIncentiveMinor: minor('9000.00'),
  draw: { kind: 'recoverable' as const, amountMinor: minor('3000.00'), periods: null },
};

describe('proration for a partial period', () => {
  it('a new hire starting on 11 November works 20 of 30 days: quota, target incentive and draw are 2/3', () => {
    const terms = periodTerms(assignment({ ...FULL_TERMS, startDay: '2026-11-11' }), NOV);
    expect(terms.proration).toEqual({ activeDays: 20, periodDays: 30, rampPercent: '100' });
    expect(toText(terms.quota('revenue')!)).toBe(String(minor('60000.00'))); // 90,000 x 20/30
    expect(toText(terms.targetIncentive!)).toBe(String(minor('6000.00'))); // 9,000 x 20/30
    expect(toText(terms.draw!)).toBe(String(minor('2000.00'))); //            3,000 x 20/30
  });

  it('ten days of leave in December (31 days) leave 21 active days: quota 90,000 x 21/31', () => {
    const terms = periodTerms(assignment({ ...FULL_TERMS, leaves: [{ firstDay: '2026-12-01', lastDay: '2026-12-10' }] }), month('2026-12-01', '2026-12-31', 1));
    expect(terms.proration.activeDays).toBe(21);
    expect(toText(terms.quota('revenue')!)).toBe('189000000/31'); // 60,967.74... kept exact
  });

  it('a rep leaving on 15 November (last day included) works 15 of 30 days', () => {
    expect(periodTerms(assignment({ ...FULL_TERMS, endDay: '2026-11-15' }), NOV).proration.activeDays).toBe(15);
  });
});

describe('ramped quotas', () => {
  it('a 50% ramp in the first month on top of a 20/30 start makes the quota 90,000 x 50% x 2/3 = 30,000.00', () => {
    const rep = assignment({ ...FULL_TERMS, startDay: '2026-11-11', ramp: ['50', '75'] });
    const result = calculateEarnings({ plan: PLAN, assignment: rep, period: NOV, events: [deal('Acme', '2026-11-20', '40000.00', { id: 1 })], reversals: [] });
    // 40,000 against a 30,000 quota: 30,000 x 5% = 1,500.00 + 10,000 x 10% = 1,000.00
    expect(amounts(result)).toEqual({ 'c:revenue:1:t1': '1500.00', 'c:revenue:1:t2': '1000.00' });
    expect(result.components[0]?.attainmentPercent).toBe('400/3'); // 133.33...%
  });

  it('the second month uses the next ramp step (75%) and the third the full quota', () => {
    const rep = assignment({ ...FULL_TERMS, startDay: '2026-11-11', ramp: ['50', '75'] });
    expect(toText(periodTerms(rep, month('2026-12-01', '2026-12-31', 1)).quota('revenue')!)).toBe(String(minor('67500.00'))); // 90,000 x 75%
    expect(toText(periodTerms(rep, month('2027-01-01', '2027-01-31', 2)).quota('revenue')!)).toBe(String(minor('90000.00')));
  });
});

describe('overlapping leave', () => {
  it('counts a day of leave once even when two leaves cover it: 1-10 and 5-15 December leave 16 of 31 days', () => {
    const rep = assignment({ ...FULL_TERMS, leaves: [{ firstDay: '2026-12-01', lastDay: '2026-12-10' }, { firstDay: '2026-12-05', lastDay: '2026-12-15' }] });
    expect(periodTerms(rep, month('2026-12-01', '2026-12-31', 1)).proration.activeDays).toBe(16);
  });

  it('counts leave only while the rep is on the plan: starting on the 11th with leave 1-15 leaves 15 of 30 days', () => {
    const rep = assignment({ ...FULL_TERMS, startDay: '2026-11-11', leaves: [{ firstDay: '2026-11-01', lastDay: '2026-11-15' }] });
    expect(periodTerms(rep, NOV).proration.activeDays).toBe(15);
  });
});
