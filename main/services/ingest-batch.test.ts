// Group commit: several deliveries in one transaction. What gamification reads about a rep
// is reused from one delivery to the next within it; these tests hold that to what one
// delivery at a time would do, also when a failing delivery makes the batch start over.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/support/context';
import { badgeAwards, events, levelUps, notifications } from '../../db/schema';
import { parseGenericBody } from '../ingest/generic/parse';
import { ingestBatch, type Submission } from './ingest';
import { createRep } from './reps';
import { createSource, requireSource } from './sources';

let ctx: TestContext;
let sourceId: string;

beforeEach(() => {
  ctx = createTestContext();
  createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' });
  sourceId = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
});
afterEach(() => ctx.dispose());

const won = (id: string) => ({ id, type: 'deal.won', occurredAt: '2026-11-24T10:00:00-03:00', rep: { email: 'ana@x.com' }, amount: { value: '2500.00', currency: 'BRL' } });

function delivery(id: string, source = requireSource(ctx, sourceId)): Submission {
  const parsed = parseGenericBody(won(id));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { source, events: parsed.value };
}

const eventIdOf = (externalId: string) => ctx.db.select().from(events).all().find((e) => e.externalId === externalId)?.id;
const badgeEvents = () => Object.fromEntries(ctx.db.select().from(badgeAwards).all().map((a) => [a.badgeId, a.eventId]));
const levels = () => ctx.db.select().from(levelUps).all().map((l) => l.level);
const told = (kind: string) => ctx.db.select().from(notifications).all().filter((n) => n.kind === kind).length;

it('eleven deliveries committed together award each badge to the event that earned it, and each level once', () => {
  const results = ingestBatch(ctx, Array.from({ length: 11 }, (_, i) => delivery(`d${i + 1}`)));

  expect(results.every((r) => !('error' in r))).toBe(true);
  expect(badgeEvents()).toEqual({ first_sale: eventIdOf('d1'), deals_10: eventIdOf('d10') });
  expect(told('badge_earned')).toBe(2);
  const reached = levels();
  expect(reached.length).toBeGreaterThan(0);
  expect(new Set(reached).size).toBe(reached.length);
  expect(told('level_up')).toBeGreaterThan(0);
});

it('a failing delivery in the batch fails alone; the others earn their badges and levels once, as one by one', () => {
  const ghost = { ...requireSource(ctx, sourceId), id: 'no-such-source' };
  const batch = [delivery('d1'), delivery('d2'), delivery('x', ghost), ...Array.from({ length: 8 }, (_, i) => delivery(`d${i + 3}`))];

  const results = ingestBatch(ctx, batch);

  expect(results.map((r) => 'error' in r)).toEqual(batch.map((s) => s.source.id === 'no-such-source'));
  expect(badgeEvents()).toEqual({ first_sale: eventIdOf('d1'), deals_10: eventIdOf('d10') });
  expect(told('badge_earned')).toBe(2);
  const reached = levels();
  expect(new Set(reached).size).toBe(reached.length);

  // The same deliveries one at a time reach the same levels.
  const alone = createTestContext();
  try {
    createRep(alone, { name: 'Ana Souza', email: 'ana@x.com' });
    const source = requireSource(alone, createSource(alone, { kind: 'generic', name: 'CRM' }).id);
    for (const s of batch.filter((b) => b.source.id !== 'no-such-source')) ingestBatch(alone, [{ ...s, source }]);
    expect(alone.db.select().from(levelUps).all().map((l) => l.level)).toEqual(reached);
  } finally {
    alone.dispose();
  }
});
