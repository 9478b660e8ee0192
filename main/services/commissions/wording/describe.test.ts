// The sentence of each kind of statement line, in both languages: the arithmetic a rep
// checks a line by must be on the line.
import { describe, expect, it } from 'vitest';
import type { EventRef, LineTrace, StatementLine } from '../../../engine/commissions/statement-types';
import { describeLine } from './describe';
import { docFormat } from './format';

const acme: EventRef = { eventId: 1, externalId: 'acme', type: 'deal.won', day: '2026-11-03', at: 0, customer: 'Acme', product: null, amountMinor: 1200000, currency: 'BRL' };
const base = { componentId: 'revenue', componentName: 'Revenue', metric: 'amount' as const, event: acme, conversion: null, tierCount: 3, payout: 'percent_of_amount' as const, baseRate: null, reachedBy: 'running_total' as const };
const direct = { percent: '100', role: '', overlay: false, split: false };
const line = (amount: string, trace: LineTrace): StatementLine => ({ key: 'k', section: 'commission', amount, trace });

const en = docFormat('en');
const pt = docFormat('pt-BR');

describe('statement line wording', () => {
  it('says event, amount, rate and tier: "Deal Acme 12,000 x 8% (tier 2) = 960.00"', () => {
    const l = line('96000', { kind: 'commission', ...base, share: direct, base: '1200000', credited: '1200000', tier: 2, rate: '8' });
    expect(describeLine(l, 'BRL', 'month', en)).toBe('Revenue · Deal Acme (Nov 3, 2026): 12,000.00 × 8% (tier 2 of 3) = 960.00');
    expect(describeLine(l, 'BRL', 'month', pt)).toBe('Revenue · Negócio Acme (3 de nov. de 2026): 12.000,00 × 8% (faixa 2 de 3) = 960,00');
  });

  it('shows a conversion at the plan rate and a split share', () => {
    const l = line('651852/25', {
      kind: 'commission',
      ...base,
      share: { percent: '60', role: 'Account executive', overlay: false, split: true },
      conversion: { fromMinor: 100000, fromCurrency: 'EUR', rate: '5.4321' },
      base: '325926',
      credited: '325926',
      tier: 1,
      rate: '8',
    });
    expect(describeLine(l, 'BRL', 'month', en)).toBe(
      'Revenue · Deal Acme (Nov 3, 2026): 1,000.00 EUR at 5.4321 = 5,432.10 × 60% split as Account executive = 3,259.26 × 8% (tier 1 of 3) = ≈260.74',
    );
  });

  it('shows the base rate and the multiplier of a target-incentive component, and a period-total tier', () => {
    const l = line('180000', { kind: 'commission', ...base, share: direct, base: '2000000', credited: '2000000', tier: 3, rate: '1.5', payout: 'target_incentive', baseRate: '3/50', reachedBy: 'period_total' });
    expect(describeLine(l, 'BRL', 'month', en)).toBe('Revenue · Deal Acme (Nov 3, 2026): 20,000.00 × 9% (base 6% × 1.5) (tier 3 of 3, reached by the period total) = 1,800.00');
  });

  it('words caps, gates, prorated clawbacks and draws', () => {
    const cap = line('-450000', { kind: 'cap', componentId: 'revenue', componentName: 'Revenue', computed: '1350000', cap: '900000' });
    expect(describeLine(cap, 'BRL', 'month', en)).toBe('Revenue capped: computed 13,500.00, cap 9,000.00; the difference is not paid');
    const gate = line('-100000', { kind: 'gate', componentId: 'logos', componentName: 'New logos', gateComponentName: 'Revenue', attainmentPercent: '40', thresholdPercent: '50', comparison: 'at_least' });
    expect(describeLine(gate, 'BRL', 'month', pt)).toBe('New logos retido: atingimento de Revenue 40% não está em pelo menos 50%');
    const clawback = line('-76800', {
      kind: 'clawback',
      original: acme,
      reversal: { ...acme, eventId: 2, type: 'deal.reopened', day: '2027-01-15' },
      share: direct,
      paid: '96000',
      fraction: '1',
      daysAfter: 73,
      windowDays: 365,
      prorate: { unusedDays: 292, termDays: 365 },
      outsideWindow: false,
    });
    expect(describeLine(clawback, 'BRL', 'month', en)).toBe('Clawback Deal Acme (Nov 3, 2026): 100% taken back 73 days after the sale (window 365 days), of 960.00 paid × 292/365 days of the term unused');
    const draw = line('200000', { kind: 'draw_top_up', drawKind: 'recoverable', drawAmount: '300000', earned: '100000' });
    expect(describeLine(draw, 'BRL', 'month', pt)).toBe('Adiantamento recuperável de 3.000,00: ganho 1.000,00, complementado');
  });
});
