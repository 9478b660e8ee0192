import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/support/context';
import { deliverGeneric } from '../../tests/support/ingest';
import { getLeaderboard } from './leaderboard';
import { applyRecompute, previewRecompute } from './recompute';
import { createRep } from './reps';
import { listRules, ruleHistory, updateRule } from './rules';
import { setRate } from './rates';
import { createSource } from './sources';
import { listEvents } from './events';

let ctx: TestContext;
let sourceId: string;

const deliver = (events: object[]) => deliverGeneric(ctx, sourceId, events);
const points = (name: string, at = '2026-11-20T12:00:00Z') => getLeaderboard(ctx, 'month', Date.parse(at)).rows.find((r) => r.name === name)?.points ?? 0;
const ruleId = (type: string) => listRules(ctx).find((r) => r.eventType === type)?.id ?? 0;

beforeEach(() => {
  ctx = createTestContext({ now: '2026-11-24T15:00:00Z' });
  sourceId = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
  createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
  createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' });
  deliver([
    { id: 'w1', type: 'payment.confirmed', occurredAt: '2026-11-10T10:00:00-03:00', rep: { email: 'ana@example.com' }, amount: { value: '1200.00', currency: 'BRL' } },
    { id: 'r1', type: 'payment.refunded', reverses: 'w1', occurredAt: '2026-11-12T10:00:00-03:00', rep: { email: 'ana@example.com' }, amount: { value: '300.00', currency: 'BRL' } },
    { id: 'p1', type: 'payment.confirmed', occurredAt: '2026-11-11T10:00:00-03:00', rep: { email: 'bruno@example.com' }, amount: { value: '250.00', currency: 'USD' } },
    { id: 'q1', type: 'quote.sent', occurredAt: '2026-10-30T10:00:00-03:00', rep: { email: 'bruno@example.com' } },
  ]);
});
afterEach(() => ctx.dispose());

describe('recompute', () => {
  it('previews the change per rep under the current rules, then writes adjustment rows that explain themselves', async () => {
    // Under the initial rules: payment 20 + 12 = 32, the refund of 300 of 1,200 takes 8; the USD payment 20 (no rate yet).
    expect(points('Ana Souza')).toBe(24);
    expect(points('Bruno Lima')).toBe(20);
    updateRule(ctx, { id: ruleId('payment.confirmed'), points: 100 });
    setRate(ctx, { currency: 'USD', rate: '5', validFrom: null });

    const plan = await previewRecompute(ctx, { fromDay: '2026-11-01', toDay: '2026-11-30' });
    // 100 + 12 = 112, the refund now takes 28 -> 84; the USD payment 100 + 12 (250.00 x 5 = 1,250.00 BRL) = 112.
    expect(plan).toMatchObject({ events: 3, adjustments: 3, ruleVersion: 2 });
    expect(plan.reps).toEqual([
      { repId: 2, name: 'Bruno Lima', before: 20, after: 112 },
      { repId: 1, name: 'Ana Souza', before: 24, after: 84 },
    ]);
    expect(points('Ana Souza')).toBe(24); // nothing written by the preview

    expect(applyRecompute(ctx, { planId: plan.planId }).adjustments).toBe(3);
    expect(points('Ana Souza')).toBe(84);
    expect(points('Bruno Lima')).toBe(112);
    // October is outside the range: the quote keeps its points.
    expect(points('Bruno Lima', '2026-10-30T12:00:00Z')).toBe(10);

    const won = listEvents(ctx, { limit: 50, unmappedOnly: false }).events.find((e) => e.externalId === 'w1');
    expect(won?.points).toBe(112);
    expect(won?.explanations.map((e) => e.explanation.kind)).toEqual(['award', 'adjustment']);
    expect(won?.explanations[1]).toMatchObject({ points: 80, explanation: { kind: 'adjustment', before: 32, after: 112, ruleVersion: 2, now: { kind: 'award', fixedPoints: 100 } } });
    const refund = listEvents(ctx, { limit: 50, unmappedOnly: false }).events.find((e) => e.externalId === 'r1');
    expect(refund?.explanations.map((e) => e.points)).toEqual([-8, -20]);

    // Recomputing again under the same rules changes nothing.
    expect((await previewRecompute(ctx, { fromDay: '2026-11-01', toDay: '2026-11-30' })).adjustments).toBe(0);
  });

  it('refuses to apply a preview when events or rules moved since', async () => {
    updateRule(ctx, { id: ruleId('payment.confirmed'), points: 100 });
    const plan = await previewRecompute(ctx, { fromDay: '2026-11-01', toDay: '2026-11-30' });
    updateRule(ctx, { id: ruleId('payment.confirmed'), points: 90 });
    expect(() => applyRecompute(ctx, { planId: plan.planId })).toThrow(/changed since the preview/);
    expect(points('Ana Souza')).toBe(24);
    expect(() => applyRecompute(ctx, { planId: 'nope' })).toThrow(/preview the recompute again/);
  });

  it('pushes progress while it works through the events', async () => {
    const seen: number[] = [];
    ctx.bus.subscribe((e) => {
      if (e.name === 'progress') seen.push(e.payload.done);
    });
    await previewRecompute(ctx, { fromDay: '2026-10-01', toDay: '2026-11-30' });
    expect(seen).toEqual([0, 4]);
  });

  it("a rep's history lists the events that moved their points, a refund of their sale included", () => {
    expect(listEvents(ctx, { limit: 50, unmappedOnly: false, repId: 1 }).events.map((e) => e.externalId)).toEqual(['r1', 'w1']);
    expect(listEvents(ctx, { limit: 50, unmappedOnly: false, repId: 2 }).events.map((e) => e.externalId)).toEqual(['q1', 'p1']);
  });

  it('versions every rule change', () => {
    updateRule(ctx, { id: ruleId('quote.sent'), points: 12 });
    updateRule(ctx, { id: ruleId('quote.sent'), points: 12 }); // no change, no version
    setRate(ctx, { currency: 'usd', rate: '5.40', validFrom: '2026-11-01' });
    const history = ruleHistory(ctx, { limit: 10 });
    expect(history.current).toBe(2);
    expect(history.versions.map((v) => v.change)).toEqual([
      { kind: 'rate', action: 'added', currency: 'USD', rate: '5.4', validFrom: '2026-11-01', baseCurrency: 'BRL' },
      { kind: 'rule', eventType: 'quote.sent', before: { points: 10, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true }, after: { points: 12, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true } },
    ]);
  });
});
