import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type ScoringRule } from './rules';
import { reversePoints, scoreEvent } from './score';

const rules: ScoringRule[] = DEFAULT_RULES.map((r, i) => ({ ...r, id: i + 1 }));
const ruleId = (type: string) => rules.find((r) => r.eventType === type)?.id;

describe('scoreEvent', () => {
  it('gives fixed points plus whole steps of the amount in the base currency', () => {
    // deal.won: 50 + 1 per 100.00 BRL; 12,345.67 BRL -> 123 steps.
    const awards = scoreEvent({ type: 'deal.won', amountMinor: 1_234_567, currency: 'BRL', customerName: 'Acme' }, rules, 'BRL');
    expect(awards).toEqual([
      {
        ruleId: ruleId('deal.won'),
        points: 173,
        explanation: {
          kind: 'award',
          eventType: 'deal.won',
          fixedPoints: 50,
          amountPoints: { pointsPerStep: 1, stepMinor: 10_000, amountMinor: 1_234_567, currency: 'BRL' },
          customer: 'Acme',
        },
      },
    ]);
  });

  it('counts only the fixed points when the amount is in another currency', () => {
    const [award] = scoreEvent({ type: 'payment.confirmed', amountMinor: 500_000, currency: 'USD' }, rules, 'BRL');
    expect(award?.points).toBe(20);
    expect(award?.explanation).toMatchObject({ amountSkipped: { currency: 'USD', reason: 'no_rate' } });
  });

  it('gives nothing for a disabled rule or a zero-point type', () => {
    const disabled = rules.map((r) => (r.eventType === 'quote.sent' ? { ...r, enabled: false } : r));
    expect(scoreEvent({ type: 'quote.sent', amountMinor: null, currency: null }, disabled, 'BRL')).toEqual([]);
    expect(scoreEvent({ type: 'deal.lost', amountMinor: 100, currency: 'BRL' }, rules, 'BRL')).toEqual([]);
  });

  it('a manual award carries its own points and reason', () => {
    expect(scoreEvent({ type: 'points.manual', amountMinor: null, currency: null, manualPoints: 30, reason: 'Helped onboard Jonas' }, rules, 'BRL')).toEqual([
      { ruleId: ruleId('points.manual'), points: 30, explanation: { kind: 'manual', reason: 'Helped onboard Jonas' } },
    ]);
  });
});

describe('reversePoints', () => {
  const award = { ledgerId: 7, ruleId: 1, points: 170, alreadyReversed: 0 };

  it('takes everything back on a full reversal (no amount or the whole amount)', () => {
    expect(reversePoints([award], { amountMinor: null, previouslyReversedMinor: 0, originalAmountMinor: 1_200_000 })).toEqual([
      { reversesLedgerId: 7, ruleId: 1, points: -170 },
    ]);
    expect(reversePoints([award], { amountMinor: 1_200_000, previouslyReversedMinor: 0, originalAmountMinor: 1_200_000 })).toEqual([
      { reversesLedgerId: 7, ruleId: 1, points: -170 },
    ]);
  });

  it('takes back a proportional share on a partial refund: 300 of 1,200 -> 25%', () => {
    expect(reversePoints([award], { amountMinor: 30_000, previouslyReversedMinor: 0, originalAmountMinor: 120_000 })).toEqual([
      { reversesLedgerId: 7, ruleId: 1, points: -43 }, // 170 x 0.25 = 42.5 -> 43
    ]);
  });

  it('three partial refunds adding up to the whole take back exactly the original points', () => {
    let reversed = 0;
    let refunded = 0;
    for (const amount of [40_000, 40_000, 40_000]) {
      const [row] = reversePoints([{ ...award, alreadyReversed: reversed }], { amountMinor: amount, previouslyReversedMinor: refunded, originalAmountMinor: 120_000 });
      reversed -= row?.points ?? 0;
      refunded += amount;
    }
    expect(reversed).toBe(170);
  });

  it('never takes back more than was awarded, and is idempotent', () => {
    expect(reversePoints([{ ...award, alreadyReversed: 170 }], { amountMinor: 999_999, previouslyReversedMinor: 0, originalAmountMinor: 120_000 })).toEqual([]);
  });
});
