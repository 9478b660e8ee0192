// Worked example: pay on booking vs pay on payment collected. Deal Acme, 12,000.00, won on
// 3 November, paid in three instalments of 4,000.00 (3 Nov, 3 Dec, 3 Jan). Rate 8%.
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import type { CreditOn } from './plan';
import { amounts, assignment, event, lineTotal, month, plan } from './test-plans';

const EVENTS = [
  event('Acme', '2026-11-03', '12000.00', { id: 1, type: 'deal.won' }),
  event('Acme', '2026-11-03', '4000.00', { id: 2, type: 'payment.confirmed' }),
  event('Acme', '2026-12-03', '4000.00', { id: 3, type: 'payment.confirmed' }),
  event('Acme', '2027-01-03', '4000.00', { id: 4, type: 'payment.confirmed' }),
];

const PERIODS = [month('2026-11-01', '2026-11-30'), month('2026-12-01', '2026-12-31'), month('2027-01-01', '2027-01-31')];

function byMonth(creditOn: CreditOn): string[] {
  return PERIODS.map((period) => {
    const inPeriod = EVENTS.filter((e) => e.event.day >= period.firstDay && e.event.day <= period.lastDay);
    return lineTotal(calculateEarnings({ plan: plan({ creditOn }), assignment: assignment(), period, events: inPeriod, reversals: [] }).lines);
  });
}

describe('when commission is paid', () => {
  it('on booking: the whole 12,000 x 8% = 960.00 in November, when the deal is won', () => {
    expect(byMonth('booking')).toEqual(['960.00', '0.00', '0.00']);
  });

  it('on collection: 4,000 x 8% = 320.00 each month, as each instalment arrives', () => {
    expect(byMonth('collection')).toEqual(['320.00', '320.00', '320.00']);
    const november = calculateEarnings({ plan: plan({ creditOn: 'collection' }), assignment: assignment(), period: PERIODS[0]!, events: EVENTS.slice(0, 2), reversals: [] });
    expect(amounts(november)).toEqual({ 'c:revenue:2:t1': '320.00' }); // the payment, not the deal
  });
});
