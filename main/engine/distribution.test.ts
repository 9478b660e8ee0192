import { describe, expect, it } from 'vitest';
import { planDistribution, type DistributionRep } from './distribution';
import { seededRandom } from '../services/demo/generator';

const reps = (n: number, extra: Partial<DistributionRep> = {}): DistributionRep[] =>
  Array.from({ length: n }, (_, i) => ({ id: (i + 1) * 10, load: 0, capacity: null, territoryIds: [], ...extra }));
const customers = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: from + i, region: null }));
const counts = (assignments: { repId: number }[]) => {
  const map = new Map<number, number>();
  for (const a of assignments) map.set(a.repId, (map.get(a.repId) ?? 0) + 1);
  return map;
};

describe('round-robin distribution', () => {
  it('spreads 1,000 leads over 7 reps with at most one lead of difference', () => {
    const plan = planDistribution({ strategy: 'round_robin', reps: reps(7), customers: customers(1000), cursors: new Map() });
    const perRep = [...counts(plan.assignments).values()];
    expect(plan.assignments).toHaveLength(1000);
    expect(perRep).toHaveLength(7);
    expect(Math.max(...perRep) - Math.min(...perRep)).toBeLessThanOrEqual(1);
    // 1,000 = 7 x 142 + 6: the first six in the rotation get the extra lead.
    expect(perRep.sort()).toEqual([142, 143, 143, 143, 143, 143, 143]);
  });

  it('stays fair over 1,000 assignments made in many small batches (the rotation resumes where it stopped)', () => {
    const random = seededRandom(42);
    let cursors = new Map<string, number>();
    const total = new Map<number, number>();
    let placed = 0;
    while (placed < 1000) {
      const size = Math.min(1000 - placed, 1 + Math.floor(random() * 17));
      const plan = planDistribution({ strategy: 'round_robin', reps: reps(9), customers: customers(size, placed + 1), cursors });
      cursors = new Map([...cursors, ...plan.cursors]);
      for (const [repId, n] of counts(plan.assignments)) total.set(repId, (total.get(repId) ?? 0) + n);
      placed += size;
      const perRep = [...total.values()];
      // At every point, nobody is more than one lead ahead of anyone else.
      expect(Math.max(...perRep) - (perRep.length < 9 ? 0 : Math.min(...perRep))).toBeLessThanOrEqual(1);
    }
    expect([...total.values()].reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('keeps everyone else\u2019s turn when a rep joins the rotation, and skips reps at capacity', () => {
    const first = planDistribution({ strategy: 'round_robin', reps: reps(3), customers: customers(2), cursors: new Map() });
    expect(first.assignments.map((a) => a.repId)).toEqual([10, 20]);
    // Rep 15 joins between 10 and 20: after 20 comes 30, then 10, then the newcomer.
    const team = [...reps(3), { id: 15, load: 0, capacity: null, territoryIds: [] }];
    const next = planDistribution({ strategy: 'round_robin', reps: team, customers: customers(4, 3), cursors: first.cursors });
    expect(next.assignments.map((a) => a.repId)).toEqual([30, 10, 15, 20]);
    const full = planDistribution({ strategy: 'round_robin', reps: [{ id: 1, load: 5, capacity: 5, territoryIds: [] }, { id: 2, load: 0, capacity: null, territoryIds: [] }], customers: customers(3), cursors: new Map() });
    expect(full.assignments.map((a) => a.repId)).toEqual([2, 2, 2]);
    const none = planDistribution({ strategy: 'round_robin', reps: [{ id: 1, load: 1, capacity: 1, territoryIds: [] }], customers: customers(1), cursors: new Map() });
    expect(none.unassigned).toEqual([{ customerId: 1, reason: 'all_full' }]);
  });
});

describe('capacity-weighted distribution', () => {
  it('fills portfolios in proportion to capacity, counting what each rep already owns', () => {
    const team = [
      { id: 1, load: 0, capacity: 40, territoryIds: [] },
      { id: 2, load: 0, capacity: 20, territoryIds: [] },
      { id: 3, load: 10, capacity: 20, territoryIds: [] },
    ];
    const plan = planDistribution({ strategy: 'capacity', reps: team, customers: customers(50), cursors: new Map() });
    // 60 customers in all (10 already with rep 3) end in the 40:20:20 ratio: 30 / 15 / 15.
    const c = counts(plan.assignments);
    expect(c.get(1)).toBe(30);
    expect(c.get(2)).toBe(15);
    expect((c.get(3) ?? 0) + 10).toBe(15);
  });

  it('says why nobody could take a customer', () => {
    const noCapacity = planDistribution({ strategy: 'capacity', reps: reps(2), customers: customers(1), cursors: new Map() });
    expect(noCapacity.unassigned).toEqual([{ customerId: 1, reason: 'no_capacity_set' }]);
    const full = planDistribution({ strategy: 'capacity', reps: [{ id: 1, load: 3, capacity: 3, territoryIds: [] }], customers: customers(1), cursors: new Map() });
    expect(full.unassigned).toEqual([{ customerId: 1, reason: 'all_full' }]);
    const nobody = planDistribution({ strategy: 'round_robin', reps: [], customers: customers(1), cursors: new Map() });
    expect(nobody.unassigned).toEqual([{ customerId: 1, reason: 'no_reps' }]);
  });
});

describe('territory distribution', () => {
  const territories = [
    { id: 100, regions: ['SP', 'RJ'] },
    { id: 200, regions: ['MG'] },
    { id: 300, regions: ['BA'] },
  ];
  const team: DistributionRep[] = [
    { id: 1, load: 0, capacity: null, territoryIds: [100] },
    { id: 2, load: 0, capacity: null, territoryIds: [100] },
    { id: 3, load: 0, capacity: null, territoryIds: [200] },
  ];

  it('routes each customer to the reps of the territory covering its region, round-robin inside the territory', () => {
    const plan = planDistribution({
      strategy: 'territory',
      reps: team,
      territories,
      customers: [
        { id: 1, region: 'SP' },
        { id: 2, region: 'RJ' },
        { id: 3, region: 'MG' },
        { id: 4, region: 'SP' },
        { id: 5, region: 'BA' },
        { id: 6, region: null },
      ],
      fallback: 'leave',
      cursors: new Map(),
    });
    expect(plan.assignments.map((a) => [a.customerId, a.repId])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 1],
    ]);
    expect(plan.unassigned).toEqual([
      { customerId: 5, reason: 'territory_without_reps' },
      { customerId: 6, reason: 'no_territory' },
    ]);
    expect(plan.cursors.get('territory:100')).toBe(1);
  });

  it('sends customers no territory covers round-robin over everyone when asked to', () => {
    const plan = planDistribution({ strategy: 'territory', reps: team, territories, customers: [{ id: 1, region: 'PR' }, { id: 2, region: null }], fallback: 'round_robin', cursors: new Map() });
    expect(plan.assignments.map((a) => a.repId)).toEqual([1, 2]);
  });
});
