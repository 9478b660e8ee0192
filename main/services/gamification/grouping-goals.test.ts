// Goals for a territory, department or channel: they sum the grouping's active members,
// whatever team each sits in, tell each member and the manager once, and appear on the
// goals lists of members only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genericSource } from '../../../tests/support/deliver';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { auditLog, notifications } from '../../../db/schema';
import { AppFailure } from '../errors';
import { createGrouping, deleteGrouping, setRepGroupings } from '../organisation/groupings';
import { createRep, updateRep } from '../reps';
import { createTeam } from '../teams';
import { desktopText } from './desktop-text';
import { createGoal, goalsForRep, listGoals, updateGoal } from './goals';
import { notificationFeed } from './notifications';

let ctx: TestContext;
let deliver: ReturnType<typeof genericSource>['deliver'];
let ana: number;
let bruno: number;
let carla: number;
let south: number;
let north: number;

// Tuesday 2026-11-24 in São Paulo.
const at = '2026-11-24T10:00:00-03:00';
const won = (id: string, email: string, value: string) => ({ id, type: 'deal.won', occurredAt: at, rep: { email }, amount: { value, currency: 'BRL' } });
const goalNotes = () =>
  ctx.db
    .select()
    .from(notifications)
    .all()
    .filter((n) => n.kind === 'goal_reached')
    .map((n) => ({ audience: n.audience, repId: n.repId, tier: (JSON.parse(n.payloadJson) as { tier: number }).tier }))
    .sort((x, y) => (x.repId ?? 0) - (y.repId ?? 0) || x.tier - y.tier);
const failure = (fn: () => unknown): AppFailure => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
};

beforeEach(() => {
  ctx = createTestContext();
  deliver = genericSource(ctx).deliver;
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
  bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@x.com' }).id;
  carla = createRep(ctx, { name: 'Carla Dias', email: 'carla@x.com' }).id;
  // Ana and Bruno sit in different teams but share the South territory; Carla is in North.
  updateRep(ctx, { id: ana, teamId: createTeam(ctx, { name: 'Inside' }).id });
  updateRep(ctx, { id: bruno, teamId: createTeam(ctx, { name: 'Field' }).id });
  south = createGrouping(ctx, { kind: 'territory', name: 'South' }).id;
  north = createGrouping(ctx, { kind: 'territory', name: 'North' }).id;
  setRepGroupings(ctx, { id: ana, groupingIds: [south] });
  setRepGroupings(ctx, { id: bruno, groupingIds: [south] });
  setRepGroupings(ctx, { id: carla, groupingIds: [north] });
});
afterEach(() => ctx.dispose());

describe('grouping goals', () => {
  it("sum the grouping's members across teams, notify each member and the manager once at 100%", () => {
    const goal = createGoal(ctx, { scope: 'grouping', groupingId: south, measure: 'revenue', period: 'month', target: 500_000, tiers: [100, 120] });
    expect(goal).toMatchObject({ scope: 'grouping', groupingId: south, groupingName: 'South', groupingKind: 'territory', repId: null, teamId: null });

    deliver([won('a', 'ana@x.com', '3000.00'), won('c', 'carla@x.com', '9000.00')]);
    // Carla's North deal does not count for South.
    expect(listGoals(ctx, { groupingId: south })[0]?.progress).toMatchObject({ value: 300_000, completed: false });
    expect(goalNotes()).toEqual([]);

    deliver([won('b', 'bruno@x.com', '2000.00')]);
    expect(listGoals(ctx, { groupingId: south })[0]?.progress).toMatchObject({ value: 500_000, percent: 100, completed: true, tiersReached: [100] });
    deliver([won('b2', 'bruno@x.com', '10.00')]);
    deliver([won('a', 'ana@x.com', '3000.00')]); // a repeated delivery changes nothing
    expect(goalNotes()).toEqual([
      { audience: 'manager', repId: null, tier: 100 },
      { audience: 'rep', repId: ana, tier: 100 },
      { audience: 'rep', repId: bruno, tier: 100 },
    ]);
    const managerFeed = notificationFeed(ctx, { limit: 10 }).items.filter((n) => n.payload.kind === 'goal_reached');
    expect(managerFeed.map((n) => [n.groupingName, n.payload.kind === 'goal_reached' ? n.payload.scope : null])).toEqual([['South', 'grouping']]);
    // The manager's desktop pop-up names the territory.
    const first = managerFeed[0];
    expect(first && desktopText('en', first.payload, first)?.title).toBe('🎯 South hit the monthly revenue goal');
    expect(first && desktopText('pt-BR', first.payload, first)?.title).toBe('🎯 South bateu a meta mensal de receita');
    expect(notificationFeed(ctx, { repId: carla, limit: 10 }).items.filter((n) => n.payload.kind === 'goal_reached')).toEqual([]);

    // The next tier (120%) is told once more, to the same people.
    deliver([won('a2', 'ana@x.com', '990.00')]);
    expect(goalNotes().filter((n) => n.tier === 120).map((n) => n.repId)).toEqual([null, ana, bruno]);
  });

  it('an inactive member stops counting; a paused grouping goal tells nobody and resumes quietly', () => {
    const goal = createGoal(ctx, { scope: 'grouping', groupingId: south, measure: 'deals_won', period: 'week', target: 2, tiers: [100] });
    deliver([won('a', 'ana@x.com', '10.00')]);
    updateRep(ctx, { id: ana, active: false });
    expect(listGoals(ctx, { groupingId: south })[0]?.progress.value).toBe(0);
    updateRep(ctx, { id: ana, active: true });
    updateGoal(ctx, { id: goal.id, paused: true });
    deliver([won('b', 'bruno@x.com', '10.00')]);
    expect(goalNotes()).toEqual([]);
    expect(updateGoal(ctx, { id: goal.id, paused: false }).progress).toMatchObject({ value: 2, completed: true });
    deliver([won('b2', 'bruno@x.com', '10.00')]);
    expect(goalNotes()).toEqual([]);
  });

  it("are on their members' own goals lists (whatever their team), never on anyone else's", () => {
    const southGoal = createGoal(ctx, { scope: 'grouping', groupingId: south, measure: 'points', period: 'week', target: 100, tiers: [100] });
    const northGoal = createGoal(ctx, { scope: 'grouping', groupingId: north, measure: 'points', period: 'week', target: 100, tiers: [100] });
    const ids = (repId: number) => goalsForRep(ctx, repId).map((g) => g.id);
    expect(ids(ana)).toEqual([southGoal.id]);
    expect(ids(bruno)).toEqual([southGoal.id]);
    expect(ids(carla)).toEqual([northGoal.id]);
    // Moving Carla to South moves the goals she sees.
    setRepGroupings(ctx, { id: carla, groupingIds: [south] });
    expect(ids(carla)).toEqual([southGoal.id]);
  });

  it('say clearly what is missing or unknown, and are audited', () => {
    const missing = failure(() => createGoal(ctx, { scope: 'grouping', measure: 'points', period: 'week', target: 10, tiers: [100] }));
    expect(missing.code).toBe('invalid_input');
    expect(missing.message).toMatch(/groupingId/);
    expect(missing.details).toEqual({ path: 'groupingId' });
    const unknown = failure(() => createGoal(ctx, { scope: 'grouping', groupingId: 999, measure: 'points', period: 'week', target: 10, tiers: [100] }));
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toMatch(/no territory, department or channel with id 999/);
    expect(unknown.details).toEqual({ path: 'groupingId' });

    const goal = createGoal(ctx, { scope: 'grouping', groupingId: south, measure: 'points', period: 'week', target: 10, tiers: [100] });
    updateGoal(ctx, { id: goal.id, target: 20 });
    const entries = ctx.db.select().from(auditLog).all().filter((e) => e.entityType === 'goal');
    expect(entries.map((e) => [e.action, e.entityLabel])).toEqual([
      ['goal.create', 'South'],
      ['goal.update', 'South'],
    ]);
    expect(JSON.parse(entries[1]?.afterJson ?? '{}')).toMatchObject({ scope: 'grouping', for: 'South', target: 20 });
    expect(JSON.parse(entries[1]?.beforeJson ?? '{}')).toMatchObject({ target: 10 });
  });

  it('go with their grouping when it is deleted', () => {
    createGoal(ctx, { scope: 'grouping', groupingId: south, measure: 'points', period: 'week', target: 10, tiers: [100] });
    deleteGrouping(ctx, { id: south });
    expect(listGoals(ctx, {})).toEqual([]);
    expect(goalsForRep(ctx, ana)).toEqual([]);
  });
});
