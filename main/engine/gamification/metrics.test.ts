import { describe, expect, it } from 'vitest';
import { eventMetrics, priorReversal, reversalMetrics, type MeteredEvent } from './metrics';

const deal: MeteredEvent = { type: 'deal.won', amountMinor: 1_200_000, currency: 'BRL' };
const reopen = (amountMinor: number | null): MeteredEvent => ({ type: 'deal.reopened', amountMinor, currency: amountMinor === null ? null : 'BRL' });
const asMap = (deltas: { metric: string; delta: number }[]) => Object.fromEntries(deltas.map((d) => [d.metric, d.delta]));

describe('event metrics', () => {
  it('a won deal counts as a deal, revenue in the base currency, an active day and its type', () => {
    expect(asMap(eventMetrics(deal, 'BRL'))).toEqual({ 'type:deal.won': 1, active: 1, deals_won: 1, revenue: 1_200_000 });
  });

  it('revenue in another currency waits for an exchange rate; payments are not revenue again', () => {
    expect(asMap(eventMetrics({ ...deal, currency: 'USD' }, 'BRL'))).toEqual({ 'type:deal.won': 1, active: 1, deals_won: 1 });
    expect(asMap(eventMetrics({ type: 'payment.confirmed', amountMinor: 500, currency: 'BRL' }, 'BRL'))).toEqual({ 'type:payment.confirmed': 1, active: 1 });
  });

  it('a manual award is not activity', () => {
    expect(asMap(eventMetrics({ type: 'points.manual', amountMinor: null, currency: null }, 'BRL'))).toEqual({ 'type:points.manual': 1 });
  });

  it('partial reopenings take back revenue in parts and the deal once, when it is whole', () => {
    const first = reopen(400_000);
    const second = reopen(800_000);
    expect(asMap(reversalMetrics(deal, first, priorReversal(deal, []), 'BRL'))).toEqual({ 'type:deal.reopened': 1, revenue: -400_000 });
    expect(asMap(reversalMetrics(deal, second, priorReversal(deal, [first]), 'BRL'))).toEqual({ 'type:deal.reopened': 1, revenue: -800_000, deals_won: -1 });
    // A third one finds nothing left to take.
    expect(asMap(reversalMetrics(deal, reopen(null), priorReversal(deal, [first, second]), 'BRL'))).toEqual({ 'type:deal.reopened': 1 });
  });

  it('a reversal without amount takes the whole rest back', () => {
    expect(asMap(reversalMetrics(deal, reopen(null), priorReversal(deal, [reopen(200_000)]), 'BRL'))).toEqual({ 'type:deal.reopened': 1, revenue: -1_000_000, deals_won: -1 });
  });

  it('never takes back more revenue than the sale brought', () => {
    expect(asMap(reversalMetrics(deal, reopen(9_999_999), priorReversal(deal, []), 'BRL'))).toEqual({ 'type:deal.reopened': 1, revenue: -1_200_000, deals_won: -1 });
  });
});
