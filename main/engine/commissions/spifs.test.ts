// Worked examples for SPIFs. "Cloud push": 200.00 per deal of product "cloud" won between
// 10 and 20 November (inclusive), once the rep has at least 2 of them in the period.
import { describe, expect, it } from 'vitest';
import { calculateEarnings } from './earnings';
import type { Spif } from './plan';
import { amounts, assignment, deal, event, lineTotal, minor, NOVEMBER, plan } from './test-plans';
import type { RepEvent } from './statement-types';

const CLOUD: Spif = {
  id: 'cloud-push',
  name: 'Cloud push',
  eventType: 'deal.won',
  products: ['cloud'],
  firstDay: '2026-11-10',
  lastDay: '2026-11-20',
  amountMinor: minor('200.00'),
  payout: 'every_time',
  minQuantity: 2,
};

const EVENTS: RepEvent[] = [
  deal('Early', '2026-11-09', '1000.00', { id: 1, product: 'cloud' }), // the day before the SPIF starts
  deal('Acme', '2026-11-10', '1000.00', { id: 2, product: 'cloud' }), //  first day: counts
  deal('Beta', '2026-11-15', '1000.00', { id: 3, product: 'cloud' }),
  deal('Gamma', '2026-11-20', '1000.00', { id: 4, product: 'cloud' }), // last day: counts
  deal('Delta', '2026-11-16', '1000.00', { id: 5, product: 'on-prem' }), // another product
  deal('Late', '2026-11-21', '1000.00', { id: 6, product: 'cloud' }), //  the day after it ends
];

function spifOnly(spif: Spif, events = EVENTS) {
  return calculateEarnings({ plan: plan({ components: [], spifs: [spif] }), assignment: assignment(), period: NOVEMBER, events, reversals: [] });
}

describe('SPIF payout modes', () => {
  it('every time: 3 qualifying deals (10th, 15th, 20th) x 200.00 = 600.00', () => {
    const result = spifOnly(CLOUD);
    expect(amounts(result)).toEqual({ 'spif:cloud-push:2': '200.00', 'spif:cloud-push:3': '200.00', 'spif:cloud-push:4': '200.00' });
    expect(lineTotal(result.lines)).toBe('600.00');
  });

  it('once per period: the same 3 deals pay 200.00 once, and the line lists all three', () => {
    const result = spifOnly({ ...CLOUD, payout: 'once_per_period' });
    expect(amounts(result)).toEqual({ 'spif:cloud-push': '200.00' });
    const trace = result.lines[0]?.trace;
    expect(trace?.kind === 'spif' && trace.events.map((e) => e.customer)).toEqual(['Acme', 'Beta', 'Gamma']);
  });
});

describe('SPIF minimum quantities', () => {
  it('pays nothing below the minimum and says how many qualified: 3 of the 4 needed', () => {
    const result = spifOnly({ ...CLOUD, minQuantity: 4 });
    expect(amounts(result)).toEqual({ 'spif:cloud-push:short': '0.00' });
    expect(result.lines[0]?.trace).toMatchObject({ kind: 'spif', qualifying: 3, minQuantity: 4 });
  });

  it('pays every qualifying deal once the minimum is met, the ones before it included', () => {
    // Exactly 2 qualifying deals with a minimum of 2: both pay.
    const result = spifOnly(CLOUD, EVENTS.slice(0, 3));
    expect(lineTotal(result.lines)).toBe('400.00'); // 2 x 200.00
  });
});

describe('SPIFs on a behaviour and on split deals', () => {
  it('pays 50.00 for each appointment booked in the window, an event that earns no commission', () => {
    const meetings: Spif = { ...CLOUD, id: 'meetings', name: 'Demo week', eventType: 'appointment.booked', products: [], amountMinor: minor('50.00'), minQuantity: 1 };
    const booked = [event('Acme', '2026-11-11', null, { id: 7, type: 'appointment.booked' }), event('Beta', '2026-11-12', null, { id: 8, type: 'appointment.booked' })];
    expect(lineTotal(spifOnly(meetings, booked).lines)).toBe('100.00'); // 2 x 50.00
  });

  it('pays an every-time bonus in proportion to the rep\'s share of a split deal: 200.00 x 40% = 80.00', () => {
    const share = { percent: '40', role: 'Account executive', overlay: false, split: true };
    const result = spifOnly({ ...CLOUD, minQuantity: 1 }, [deal('Acme', '2026-11-12', '1000.00', { id: 9, product: 'cloud', share })]);
    expect(amounts(result)).toEqual({ 'spif:cloud-push:9': '80.00' });
  });
});
