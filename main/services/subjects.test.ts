import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventsOfTypesBetween, reversalsOf } from '../../db/queries/commission-records';
import { createTestContext, type TestContext } from '../../tests/support/context';
import type { IncomingEvent } from '../ingest/incoming-event';
import { ingestEvents } from './ingest';
import { getLeaderboard } from './leaderboard';
import { createRep } from './reps';
import { createSource, requireSource } from './sources';

let ctx: TestContext;
let sourceId: string;

/** A deal event as a vendor adapter makes it: about the deal (its subject), with the vendor's own delivery id. */
function dealEvent(externalId: string, type: IncomingEvent['type'], at: string): IncomingEvent {
  return {
    externalId,
    type,
    occurredAt: Date.parse(at),
    occurredOffset: 0,
    identity: { kind: 'email', value: 'ana@example.com' },
    amount: type === 'deal.won' ? { minor: 1_250_000, currency: 'BRL' } : null,
    reversesExternalId: null,
    activityName: null,
    product: null,
    customerExternalId: null,
    customerName: 'Construtora Atlântico',
    manualPoints: null,
    reason: null,
    payloadJson: '{}',
    subjectKey: 'deal:1187',
    ...(type === 'deal.reopened' ? { onlyIfOpen: true } : {}),
  };
}
const deliver = (event: IncomingEvent) => ingestEvents(ctx, requireSource(ctx, sourceId), [event]).outcomes[0]?.status;
const points = () => getLeaderboard(ctx, 'month', Date.parse('2026-11-20T12:00:00Z')).rows[0]?.points;

beforeEach(() => {
  ctx = createTestContext({ now: '2026-11-24T15:00:00Z' });
  sourceId = createSource(ctx, { kind: 'pipedrive', name: 'Pipedrive' }).id;
  createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
});
afterEach(() => ctx.dispose());

describe('subjects in the log, as other readers see them', () => {
  it('a repeated win is in the log but is not a second sale; a reopening names the win it takes back', () => {
    expect(deliver(dealEvent('won-1', 'deal.won', '2026-11-19T17:22:05Z'))).toBe('accepted');
    expect(deliver(dealEvent('won-2', 'deal.won', '2026-11-19T17:30:00Z'))).toBe('already_counted');
    const from = Date.parse('2026-11-01T00:00:00Z');
    const to = Date.parse('2026-12-01T00:00:00Z');
    expect(eventsOfTypesBetween(ctx.db, ['deal.won'], from, to).map((e) => e.externalId)).toEqual(['won-1']);
    expect(points()).toBe(175);

    expect(deliver(dealEvent('reopen-1', 'deal.reopened', '2026-11-20T11:05:47Z'))).toBe('accepted');
    expect(reversalsOf(ctx.db, sourceId, ['won-1']).map((e) => e.externalId)).toEqual(['reopen-1']);
    expect(points()).toBe(0);
    // Nothing open any more: a second reopening takes nothing back and is not stored.
    expect(deliver(dealEvent('reopen-2', 'deal.reopened', '2026-11-20T12:00:00Z'))).toBe('ignored');
    expect(deliver(dealEvent('won-3', 'deal.won', '2026-11-21T09:00:00Z'))).toBe('accepted');
    expect(points()).toBe(175);
  });
});
