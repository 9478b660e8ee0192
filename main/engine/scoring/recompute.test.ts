import { describe, expect, it } from 'vitest';
import { adjustmentsFor, desiredPoints, type RecomputeCounted } from './recompute';
import { DEFAULT_RULES, type RuleSet } from './rules';

const set: RuleSet = {
  version: 9,
  baseCurrency: 'BRL',
  timeZone: 'America/Sao_Paulo',
  rules: DEFAULT_RULES.map((r, i) => (r.eventType === 'deal.won' ? { ...r, id: i + 1, points: 100 } : { ...r, id: i + 1 })),
  rates: [],
  products: [],
  groups: [],
  focus: [],
};
const at = Date.parse('2026-11-24T15:00:00Z');
const won: RecomputeCounted = { id: 1, repId: 7, repeatsEventId: null, type: 'deal.won', occurredAt: at, amountMinor: 120_000, currency: 'BRL' };

describe('recompute', () => {
  it('brings an event to what the current rules give with one adjustment row, never an edit', () => {
    // deal.won now 100 + 12 steps; the ledger holds the 62 it got under the old rules.
    const desired = [desiredPoints({ kind: 'counted', event: won }, set)].flatMap((d) => d ?? []);
    const adjustments = adjustmentsFor(desired, new Map([['1:7', { eventId: 1, repId: 7, occurredAt: at, points: 62 }]]), 9);
    expect(adjustments).toEqual([
      { eventId: 1, repId: 7, occurredAt: at, points: 50, ruleId: 1, targetEventId: null, explanation: expect.objectContaining({ kind: 'adjustment', before: 62, after: 112, ruleVersion: 9 }) },
    ]);
    expect(adjustmentsFor(desired, new Map([['1:7', { eventId: 1, repId: 7, occurredAt: at, points: 112 }]]), 9)).toEqual([]);
  });

  it("a partial refund takes its share of the original's new points", () => {
    const refund = desiredPoints(
      {
        kind: 'reversal',
        event: { id: 2, type: 'payment.refunded', occurredAt: at, amountMinor: 30_000, currency: 'BRL', target: { event: won, inScope: true, currentPoints: 0, amountsSoFar: [30_000] } },
      },
      set,
    );
    // 112 x 25% = 28
    expect(refund).toMatchObject({ eventId: 2, repId: 7, points: -28, why: { kind: 'reversal', by: 'payment.refunded', share: { amountMinor: 30_000, ofMinor: 120_000 } } });
  });

  it('a repeat and an event waiting for its rep earn nothing', () => {
    expect(desiredPoints({ kind: 'counted', event: { ...won, repeatsEventId: 5 } }, set)?.points).toBe(0);
    expect(desiredPoints({ kind: 'counted', event: { ...won, repId: null } }, set)).toBeNull();
  });
});
