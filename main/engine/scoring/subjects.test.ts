import { describe, expect, it } from 'vitest';
import type { EventType } from '../event-types';
import { decide, replaySubject, type SubjectEvent } from './subjects';

/** Feeds events one by one as ingest does: each stored with the decision made on arrival. */
function arrive(sequence: { type: EventType; amountMinor?: number | null }[]): { events: SubjectEvent[]; decisions: string[] } {
  const events: SubjectEvent[] = [];
  const decisions: string[] = [];
  sequence.forEach((e, i) => {
    const d = decide(replaySubject(events), e.type);
    decisions.push(d.kind === 'repeats' || d.kind === 'reverses' ? `${d.kind} ${d.eventId}` : d.kind);
    events.push({ id: i + 1, type: e.type, amountMinor: e.amountMinor ?? null, reversesEventId: d.kind === 'reverses' ? d.eventId : null, repeatsEventId: d.kind === 'repeats' ? d.eventId : null });
  });
  return { events, decisions };
}

describe('a won deal is a transition', () => {
  it('won twice in a row counts once; won, reopened, won again counts twice', () => {
    expect(arrive([{ type: 'deal.won' }, { type: 'deal.won' }]).decisions).toEqual(['counts', 'repeats 1']);
    expect(arrive([{ type: 'deal.won' }, { type: 'deal.reopened' }, { type: 'deal.won' }, { type: 'deal.won' }]).decisions).toEqual(['counts', 'reverses 1', 'counts', 'repeats 3']);
  });

  it('a reopening that arrives first waits, and takes back the win that follows', () => {
    const { events, decisions } = arrive([{ type: 'deal.reopened' }, { type: 'deal.won' }]);
    expect(decisions).toEqual(['waits', 'counts']);
    const state = replaySubject(events);
    expect(state.reversalsOf.get(2)).toEqual([1]);
    expect(state.open.size).toBe(0);
  });
});

describe('one payment, several events', () => {
  it('counts the money once and keeps it open through a partial refund', () => {
    const { events, decisions } = arrive([
      { type: 'payment.confirmed', amountMinor: 120_000 },
      { type: 'payment.confirmed', amountMinor: 120_000 },
      { type: 'payment.refunded', amountMinor: 30_000 },
      { type: 'payment.confirmed', amountMinor: 120_000 },
      { type: 'payment.refunded', amountMinor: 90_000 },
    ]);
    expect(decisions).toEqual(['counts', 'repeats 1', 'reverses 1', 'repeats 1', 'reverses 1']);
    const state = replaySubject(events);
    expect(state.reversalsOf.get(1)).toEqual([3, 5]);
    expect(state.open.size).toBe(0); // 30,000 + 90,000 = the whole
  });

  it('a refund only takes back what it may reverse: a cancellation does not touch a payment', () => {
    expect(arrive([{ type: 'payment.confirmed', amountMinor: 100 }, { type: 'appointment.canceled' }]).decisions).toEqual(['counts', 'waits']);
  });
});
