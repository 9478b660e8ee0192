import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genericSource } from '../../../tests/support/deliver';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { notifications } from '../../../db/schema';
import { createRep, updateRep } from '../reps';
import { createTeam } from '../teams';
import { createGoal, deleteGoal, ensureDefaultGoals, goalsForRep, updateGoal } from './goals';
import { notificationFeed } from './notifications';

let ctx: TestContext;
let deliver: ReturnType<typeof genericSource>['deliver'];
let ana: number;
let bruno: number;

// Tuesday 2026-11-24 12:00 in São Paulo; the workspace week runs Sunday 22 to Saturday 28.
const at = (time = '10:00', day = '2026-11-24') => `${day}T${time}-03:00`;
const quote = (id: string, email = 'ana@x.com', occurredAt = at()) => ({ id, type: 'quote.sent', occurredAt, rep: { email } });
const goalNotes = () =>
  ctx.db
    .select()
    .from(notifications)
    .all()
    .filter((n) => n.kind === 'goal_reached')
    .map((n) => ({ audience: n.audience, repId: n.repId, tier: (JSON.parse(n.payloadJson) as { tier: number }).tier }));

beforeEach(() => {
  ctx = createTestContext();
  deliver = genericSource(ctx).deliver;
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
  bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@x.com' }).id;
});
afterEach(() => ctx.dispose());

describe('default goals', () => {
  it('three defaults appear the first time, once: deleting them does not bring them back', () => {
    expect(ensureDefaultGoals(ctx, ana)).toBe(3);
    expect(goalsForRep(ctx, ana).map((g) => [g.measure, g.eventType, g.period, g.target, g.createdBy])).toEqual([
      ['event_count', 'quote.sent', 'week', 10, 'default'],
      ['response_time', null, 'week', 900, 'default'],
      ['active_days', null, 'week', 5, 'default'],
    ]);
    expect(ensureDefaultGoals(ctx, ana)).toBe(0);
    for (const goal of goalsForRep(ctx, ana)) deleteGoal(ctx, goal.id, { kind: 'rep', repId: ana });
    expect(ensureDefaultGoals(ctx, ana)).toBe(0);
    expect(goalsForRep(ctx, ana)).toEqual([]);
  });

  it('a rep whose manager already set goals gets no defaults', () => {
    createGoal(ctx, { scope: 'rep', repId: bruno, measure: 'deals_won', period: 'month', target: 4, tiers: [100] });
    expect(ensureDefaultGoals(ctx, bruno)).toBe(0);
  });
});

describe('goal progress and notifications', () => {
  it('notifies once at 100% and once at each tier, and shows the completed state', () => {
    const goal = createGoal(ctx, { scope: 'rep', repId: ana, measure: 'event_count', eventType: 'quote.sent', period: 'week', target: 3, tiers: [100, 150] });
    deliver([quote('q1'), quote('q2')]);
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: 2, completed: false, tiersReached: [] });
    deliver([quote('q3')]);
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: 3, percent: 100, completed: true, tiersReached: [100] });
    deliver([quote('q4')]);
    deliver([quote('q5')]);
    deliver([quote('q6'), quote('q7')]);
    expect(goalNotes()).toEqual([
      { audience: 'both', repId: ana, tier: 100 },
      { audience: 'both', repId: ana, tier: 150 },
    ]);
    expect(notificationFeed(ctx, { repId: ana, limit: 10 }).unread).toBe(2);
    expect(goal.id).toBeGreaterThan(0);
  });

  it('each week starts over: next week reaching 100% notifies again', () => {
    createGoal(ctx, { scope: 'rep', repId: ana, measure: 'event_count', eventType: 'quote.sent', period: 'week', target: 1, tiers: [100] });
    deliver([quote('w1')]);
    ctx.setNow('2026-12-01T15:00:00Z');
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: 0, firstDay: '2026-11-29' });
    deliver([quote('w2', 'ana@x.com', at('10:00', '2026-12-01'))]);
    expect(goalNotes().map((n) => n.tier)).toEqual([100, 100]);
  });

  it('a paused goal keeps its progress but tells nobody; resuming above the target stays quiet', () => {
    const goal = createGoal(ctx, { scope: 'rep', repId: ana, measure: 'event_count', eventType: 'quote.sent', period: 'week', target: 2, tiers: [100] });
    updateGoal(ctx, { id: goal.id, paused: true });
    deliver([quote('p1'), quote('p2')]);
    expect(goalNotes()).toEqual([]);
    const resumed = updateGoal(ctx, { id: goal.id, paused: false });
    expect(resumed.progress).toMatchObject({ value: 2, completed: true });
    deliver([quote('p3')]);
    expect(goalNotes()).toEqual([]);
  });

  it('a backdated event completing last week is marked but not told', () => {
    createGoal(ctx, { scope: 'rep', repId: ana, measure: 'event_count', eventType: 'quote.sent', period: 'week', target: 1, tiers: [100] });
    deliver([quote('old', 'ana@x.com', at('10:00', '2026-11-17'))]);
    expect(goalNotes()).toEqual([]);
  });

  it('response time: the median first reply against a ceiling', () => {
    createGoal(ctx, { scope: 'rep', repId: ana, measure: 'response_time', period: 'week', target: 900, tiers: [100, 150] });
    const reply = (id: string, seconds: number) => ({ id, type: 'reply.sent', occurredAt: at(), rep: { email: 'ana@x.com' }, responseSeconds: seconds });
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: null, percent: 0, sample: 0 });
    deliver([reply('r1', 1800), reply('r2', 1200)]);
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: 1500, completed: false, sample: 2 });
    deliver([reply('r3', 300), reply('r4', 240), reply('r5', 120)]);
    // Median of 120, 240, 300, 1200, 1800 = 300 s: 5 minutes against 15 is 300%.
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: 300, percent: 300, tiersReached: [100, 150], sample: 5 });
    expect(goalNotes().map((n) => n.tier)).toEqual([100, 150]);
  });

  it('active days count local days with any work, not manual awards', () => {
    createGoal(ctx, { scope: 'rep', repId: ana, measure: 'active_days', period: 'week', target: 2, tiers: [100] });
    deliver([
      { id: 'm', type: 'points.manual', occurredAt: at('10:00', '2026-11-23'), rep: { email: 'ana@x.com' }, points: 5, reason: 'Thanks' },
      quote('a', 'ana@x.com', at('23:59', '2026-11-23')),
      quote('b', 'ana@x.com', at('00:01', '2026-11-24')),
    ]);
    expect(goalsForRep(ctx, ana)[0]?.progress).toMatchObject({ value: 2, completed: true });
  });

  it('a team goal sums its members and tells each member and the manager once', () => {
    const team = createTeam(ctx, { name: 'Inside' }).id;
    updateRep(ctx, { id: ana, teamId: team });
    updateRep(ctx, { id: bruno, teamId: team });
    createGoal(ctx, { scope: 'team', teamId: team, measure: 'revenue', period: 'month', target: 500_000, tiers: [100] });
    const won = (id: string, email: string, value: string) => ({ id, type: 'deal.won', occurredAt: at(), rep: { email }, amount: { value, currency: 'BRL' } });
    deliver([won('a', 'ana@x.com', '3000.00')]);
    expect(goalsForRep(ctx, bruno)[0]?.progress).toMatchObject({ value: 300_000, completed: false });
    deliver([won('b', 'bruno@x.com', '2000.00')]);
    expect(goalNotes().sort((x, y) => (x.repId ?? 0) - (y.repId ?? 0))).toEqual([
      { audience: 'manager', repId: null, tier: 100 },
      { audience: 'rep', repId: ana, tier: 100 },
      { audience: 'rep', repId: bruno, tier: 100 },
    ]);
    expect(notificationFeed(ctx, { limit: 10 }).items.filter((n) => n.payload.kind === 'goal_reached')).toHaveLength(1);
  });
});

describe('who may change a goal', () => {
  it("a rep changes their own goals, never a manager's or someone else's; bad tiers say how to fix them", () => {
    const mine = createGoal(ctx, { scope: 'rep', repId: ana, measure: 'points', period: 'week', target: 100, tiers: [100] }, { kind: 'rep', repId: ana });
    const managers = createGoal(ctx, { scope: 'rep', repId: ana, measure: 'points', period: 'month', target: 500, tiers: [100] });
    expect(updateGoal(ctx, { id: mine.id, target: 150 }, { kind: 'rep', repId: ana }).target).toBe(150);
    expect(() => updateGoal(ctx, { id: managers.id, target: 1 }, { kind: 'rep', repId: ana })).toThrow(/Your manager set this goal/);
    expect(() => updateGoal(ctx, { id: mine.id, target: 1 }, { kind: 'rep', repId: bruno })).toThrow(/no goal with id/);
    expect(() => updateGoal(ctx, { id: mine.id, tiers: [100, 90] })).toThrow(/tiers must go up/);
    expect(() => createGoal(ctx, { scope: 'rep', repId: ana, measure: 'event_count', period: 'week', target: 3, tiers: [100] })).toThrow(/eventType/);
    expect(() => createGoal(ctx, { scope: 'rep', repId: ana, measure: 'active_days', period: 'week', target: 8, tiers: [100] })).toThrow(/at most 7 days/);
  });
});
