import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/support/context';
import { parseGenericBody } from '../ingest/generic/parse';
import { listIdentityMappings, listUnmapped, mapIdentity } from './identities';
import { ingestEvents } from './ingest';
import { getLeaderboard } from './leaderboard';
import { createRep } from './reps';
import { createSource, requireSource } from './sources';

let ctx: TestContext;
let sourceId: string;

function deliver(events: object[]) {
  const parsed = parseGenericBody(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
}

const at = '2026-11-24T10:00:00-03:00';
const points = (name: string) => getLeaderboard(ctx, 'week').rows.find((r) => r.name === name)?.points;

beforeEach(() => {
  ctx = createTestContext();
  sourceId = createSource(ctx, { kind: 'generic', name: 'Pipedrive via Zapier' }).id;
});
afterEach(() => ctx.dispose());

describe('identity mapping', () => {
  it('holds events of an unknown vendor user and scores them once when the manager maps the identity', () => {
    deliver([
      { id: 'a', type: 'quote.sent', occurredAt: at, rep: { id: 21954378 } },
      { id: 'b', type: 'quote.sent', occurredAt: at, rep: { id: 21954378 } },
    ]);
    const [group] = listUnmapped(ctx);
    expect(group).toMatchObject({ sourceId, kind: 'external_id', value: '21954378', count: 2, sample: { type: 'quote.sent' } });

    const ana = createRep(ctx, { name: 'Ana Souza' });
    expect(mapIdentity(ctx, { sourceId, kind: 'external_id', value: ' 21954378 ', repId: ana.id }).scoredEvents).toBe(2);
    expect(points('Ana Souza')).toBe(20);
    expect(listUnmapped(ctx)).toEqual([]);

    // Mapping again scores nothing twice; new events of that user score directly.
    expect(mapIdentity(ctx, { sourceId, kind: 'external_id', value: '21954378', repId: ana.id }).scoredEvents).toBe(0);
    deliver([{ id: 'c', type: 'quote.sent', occurredAt: at, rep: { id: '21954378' } }]);
    expect(points('Ana Souza')).toBe(30);
    expect(listIdentityMappings(ctx, {})).toMatchObject([{ value: '21954378', repName: 'Ana Souza', sourceName: 'Pipedrive via Zapier' }]);
  });

  it('auto-matches on e-mail: adding the rep later scores what was held for that address', () => {
    deliver([{ id: 'w1', type: 'deal.won', occurredAt: at, rep: { email: 'Bruno@Example.com' }, amount: { value: '1000.00', currency: 'BRL' } }]);
    expect(listUnmapped(ctx)).toHaveLength(1);
    createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' });
    expect(points('Bruno Lima')).toBe(60);
    expect(listUnmapped(ctx)).toEqual([]);
  });

  it('a refund held before its payment was mapped takes its points back when the payment scores', () => {
    deliver([
      { id: 'p1', type: 'payment.confirmed', occurredAt: at, rep: { id: 'u9' }, amount: { value: '1000.00', currency: 'BRL' } },
      { id: 'r1', type: 'payment.refunded', occurredAt: at, rep: { id: 'u9' }, reverses: 'p1', amount: { value: '1000.00', currency: 'BRL' } },
    ]);
    const carla = createRep(ctx, { name: 'Carla Mendes' });
    mapIdentity(ctx, { sourceId, kind: 'external_id', value: 'u9', repId: carla.id });
    expect(points('Carla Mendes')).toBe(0);
  });

  it('refuses to map to a rep or a source that does not exist', () => {
    expect(() => mapIdentity(ctx, { sourceId, kind: 'email', value: 'x@example.com', repId: 999 })).toThrow(/no rep with id 999/);
    expect(() => mapIdentity(ctx, { sourceId: 'nope', kind: 'email', value: 'x@example.com', repId: 1 })).toThrow(/no source "nope"/);
  });
});
