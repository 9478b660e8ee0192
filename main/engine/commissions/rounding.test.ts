// Worked examples for multi-currency and rounding only at the final line. The plan pays in
// BRL at 8% and states its rates: 1 EUR = 5.4321 BRL, 1 JPY = 0.0351 BRL.
import { describe, expect, it } from 'vitest';
import { calculateStatement } from './statement';
import type { RepEvent, StatementInput } from './statement-types';
import { assignment, component, deal, major, minor, NOVEMBER, plan, tiers } from './test-plans';

function statement(events: RepEvent[], rate = '8'): ReturnType<typeof calculateStatement> {
  const input: StatementInput = {
    plan: plan({ fxRates: [{ currency: 'EUR', rate: '5.4321' }, { currency: 'JPY', rate: '0.0351' }], components: [component({ table: { tiers: tiers(['0', rate]) } })] }),
    assignment: assignment(),
    period: NOVEMBER,
    events,
    reversals: [],
    adjustments: [],
    corrections: [],
    opening: { carryMinor: 0, carryFrom: null, drawOutstandingMinor: 0 },
  };
  return calculateStatement(input);
}

describe('multi-currency with the plan\'s stated rates', () => {
  it('converts 1,000.00 EUR at 5.4321 into 5,432.10 BRL and pays 8% of it: 434.568 BRL, kept exact', () => {
    const result = statement([deal('Berlin GmbH', '2026-11-05', '1000.00', { id: 1, currency: 'EUR' })]);
    expect(result.lines[0]).toMatchObject({ amount: '217284/5', trace: { conversion: { fromMinor: 100000, fromCurrency: 'EUR', rate: '5.4321' }, credited: '543210' } });
    expect(major(result.lines[0]!.amount)).toBe('434.568');
  });

  it('converts a zero-decimal currency: 999 JPY x 0.0351 = 35.0649 BRL', () => {
    const result = statement([deal('Tokyo KK', '2026-11-05', '999', { id: 1, currency: 'JPY' })]);
    expect(result.lines[0]?.trace).toMatchObject({ credited: '350649/100' });
  });

  it('warns about a currency the plan has no rate for, and credits nothing for it', () => {
    const result = statement([deal('London Ltd', '2026-11-05', '1000.00', { id: 7, currency: 'GBP' })]);
    expect(result.lines).toEqual([]);
    expect(result.warnings).toEqual([{ kind: 'no_fx_rate', eventId: 7, currency: 'GBP' }]);
  });
});

describe('rounding only at the final line, 2 decimals half-up', () => {
  it('sums three lines of 434.568 exactly (1,303.704) and rounds once to 1,303.70, not 3 x 434.57 = 1,303.71', () => {
    const result = statement([1, 2, 3].map((id) => deal(`Client ${id}`, '2026-11-05', '1000.00', { id, currency: 'EUR' })));
    expect(major(result.totals.total)).toBe('1303.704');
    expect(result.totals.payoutMinor).toBe(minor('1303.70'));
  });

  it('rounds an exact half up: 12,345.00 x 0.5% = 61.725 -> 61.73 (banker\'s rounding would give 61.72)', () => {
    const result = statement([deal('Acme', '2026-11-05', '12345.00', { id: 1 })], '0.5');
    expect(major(result.totals.total)).toBe('61.725');
    expect(result.totals.payoutMinor).toBe(minor('61.73'));
  });
});
