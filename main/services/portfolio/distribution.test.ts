import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { deliver, yearPoints } from '../../../tests/support/portfolio';
import { bulkUpdateReps, createGrouping } from '../organisation/groupings';
import { createRep, updateRep } from '../reps';
import { createSource } from '../sources';
import { applyDistribution, previewDistribution } from './distribution';
import { transferCustomers } from './transfer';
import { listPortfolioCustomers, portfolioHistory, portfolioSummary } from './views';

let ctx: TestContext;
let source: string;
const at = '2026-11-24T10:00:00-03:00';

function leads(count: number, from = 0, region?: string) {
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    deliver(
      ctx,
      source,
      Array.from({ length: size }, (_, i) => {
        const n = from + start + i;
        return { id: `lead-${n}`, type: 'appointment.booked', occurredAt: at, customer: { id: `c-${n}`, name: `Lead ${n}`, ...(region ? { region } : {}) } };
      }),
    );
  }
}

const counts = () => new Map(portfolioSummary(ctx).reps.map((r) => [r.name, r.customerCount]));

beforeEach(() => {
  ctx = createTestContext();
  source = createSource(ctx, { kind: 'generic', name: 'Website forms' }).id;
});
afterEach(() => ctx.dispose());

describe('distributing unowned customers', () => {
  it('previews the balance per rep, then applies exactly that plan', () => {
    for (const name of ['Ana', 'Bruno', 'Carla']) createRep(ctx, { name });
    leads(7);
    const input = { strategy: 'round_robin' as const, pool: { kind: 'all' as const }, fallback: 'leave' as const };
    const preview = previewDistribution(ctx, input);
    expect(preview.balance.map((b) => [b.name, b.before, b.added, b.after])).toEqual([
      ['Ana', 0, 3, 3],
      ['Bruno', 0, 2, 2],
      ['Carla', 0, 2, 2],
    ]);
    expect(portfolioSummary(ctx).unownedCount).toBe(7);
    const applied = applyDistribution(ctx, { ...input, assignments: preview.assignments.map(({ customerId, repId }) => ({ customerId, repId })) });
    expect(applied.assigned).toBe(7);
    // Each lead's held appointment scored for its new owner (15 points each).
    expect(yearPoints(ctx, 'Ana')).toBe(45);
    expect(portfolioSummary(ctx).unownedCount).toBe(0);
    expect(portfolioHistory(ctx, { limit: 5 })[0]).toMatchObject({ kind: 'distribute', strategy: 'round_robin', customerCount: 7, toRepId: null });
  });

  it('refuses a plan that is no longer what Fanfare would do (a rep left after the preview)', () => {
    const [ana, bruno] = ['Ana', 'Bruno'].map((name) => createRep(ctx, { name }));
    leads(4);
    const input = { strategy: 'round_robin' as const, pool: { kind: 'all' as const }, fallback: 'leave' as const };
    const preview = previewDistribution(ctx, input);
    updateRep(ctx, { id: (bruno as { id: number }).id, active: false });
    expect(() => applyDistribution(ctx, { ...input, assignments: preview.assignments.map(({ customerId, repId }) => ({ customerId, repId })) })).toThrow(/changed since this preview/);
    expect(portfolioSummary(ctx).unownedCount).toBe(4);
    expect(ana).toBeDefined();
  });

  it('keeps round-robin fair over 1,000 leads distributed in ten rounds', () => {
    const names = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elisa', 'Farid', 'Gabi'];
    for (const name of names) createRep(ctx, { name });
    const input = { strategy: 'round_robin' as const, pool: { kind: 'all' as const }, fallback: 'leave' as const };
    for (let round = 0; round < 10; round += 1) {
      leads(100, round * 100);
      const preview = previewDistribution(ctx, input);
      applyDistribution(ctx, { ...input, assignments: preview.assignments.map(({ customerId, repId }) => ({ customerId, repId })) });
      const sizes = [...counts().values()];
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect([...counts().values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect([...counts().values()].sort()).toEqual([142, 143, 143, 143, 143, 143, 143]);
  });

  it('routes leads to the territory covering their region, only among that territory\u2019s reps', () => {
    const reps = ['Ana', 'Bruno', 'Carla'].map((name) => createRep(ctx, { name }));
    const sp = createGrouping(ctx, { kind: 'territory', name: 'São Paulo', regions: ['SP'] });
    const mg = createGrouping(ctx, { kind: 'territory', name: 'Minas', regions: ['MG'] });
    bulkUpdateReps(ctx, { repIds: [reps[0]?.id as number, reps[1]?.id as number], addGroupingIds: [sp.id], removeGroupingIds: [] });
    bulkUpdateReps(ctx, { repIds: [reps[2]?.id as number], addGroupingIds: [mg.id], removeGroupingIds: [] });
    leads(4, 0, 'sp');
    leads(2, 100, 'MG');
    leads(1, 200, 'RS');
    const input = { strategy: 'territory' as const, pool: { kind: 'all' as const }, fallback: 'leave' as const };
    const preview = previewDistribution(ctx, input);
    expect(preview.unassigned).toEqual([{ customerId: expect.any(Number), customerName: 'Lead 200', reason: 'no_territory' }]);
    applyDistribution(ctx, { ...input, assignments: preview.assignments.map(({ customerId, repId }) => ({ customerId, repId })) });
    expect(Object.fromEntries(counts())).toEqual({ Ana: 2, Bruno: 2, Carla: 2 });
    expect(portfolioSummary(ctx).unownedCount).toBe(1);
  });

  it('leaves out an unowned customer already promised to a rep from a later day', () => {
    const ana = createRep(ctx, { name: 'Ana' });
    createRep(ctx, { name: 'Bruno' });
    leads(3);
    const promised = listPortfolioCustomers(ctx, { owner: { kind: 'unowned' }, limit: 10, offset: 0 }).customers[0] as { id: number };
    transferCustomers(ctx, { customerIds: [promised.id], toRepId: ana.id, effective: { kind: 'day', day: '2026-12-01' }, reason: 'Starts with Ana next month' });
    expect(portfolioSummary(ctx).unownedCount).toBe(2);
    const preview = previewDistribution(ctx, { strategy: 'round_robin', pool: { kind: 'all' }, fallback: 'leave' });
    expect(preview.assignments.map((a) => a.customerId)).not.toContain(promised.id);
    expect(preview.assignments).toHaveLength(2);
  });

  it('weights by capacity and leaves full reps out', () => {
    const ana = createRep(ctx, { name: 'Ana' });
    const bruno = createRep(ctx, { name: 'Bruno' });
    updateRep(ctx, { id: ana.id, capacity: 6 });
    updateRep(ctx, { id: bruno.id, capacity: 3 });
    leads(10);
    const input = { strategy: 'capacity' as const, pool: { kind: 'all' as const }, fallback: 'leave' as const };
    const preview = previewDistribution(ctx, input);
    expect(preview.balance.map((b) => [b.name, b.after, b.capacity])).toEqual([
      ['Ana', 6, 6],
      ['Bruno', 3, 3],
    ]);
    expect(preview.unassigned.map((u) => u.reason)).toEqual(['all_full']);
  });
});
