import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genericSource } from '../../../tests/support/deliver';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { repDayMetrics, repDayTotals, repMonthMetrics, repMonthTotals } from '../../../db/schema';
import { mapIdentity } from '../identities';
import { createRep, updateRep } from '../reps';
import { createTeam } from '../teams';
import { updateWorkspace } from '../workspace';
import { rebuildAggregates } from './aggregates';
import { getRanking } from './rankings';
import { updateGameSettings } from './settings';

let ctx: TestContext;
let deliver: ReturnType<typeof genericSource>['deliver'];
let sourceId: string;
let ana: number;
let bruno: number;
let carla: number;

// The test clock: Tuesday 2026-11-24 12:00 in São Paulo (the workspace zone; weeks start on Sunday).
const today = (time: string) => `2026-11-24T${time}-03:00`;
const lastWeek = (time: string) => `2026-11-17T${time}-03:00`;
const deal = (id: string, email: string, value: string, occurredAt = today('10:00')) => ({ id, type: 'deal.won', occurredAt, rep: { email }, amount: { value, currency: 'BRL' } });

beforeEach(() => {
  ctx = createTestContext();
  ({ deliver, sourceId } = genericSource(ctx));
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
  bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@x.com' }).id;
  carla = createRep(ctx, { name: 'Carla Mendes', email: 'carla@x.com' }).id;
});
afterEach(() => ctx.dispose());

const values = (ranking: ReturnType<typeof getRanking>) => ranking.rows.map((r) => [r.name, r.rank, r.value]);

describe('leaderboards by metric', () => {
  beforeEach(() => {
    deliver([
      deal('a1', 'ana@x.com', '1000.00'),
      deal('b1', 'bruno@x.com', '3000.00'),
      deal('b2', 'bruno@x.com', '250.50', today('11:00')),
      { id: 'b3', type: 'catalog.sale', occurredAt: today('11:30'), rep: { email: 'bruno@x.com' }, amount: { value: '49.90', currency: 'BRL' } },
      { id: 'c1', type: 'quote.sent', occurredAt: today('09:00'), rep: { email: 'carla@x.com' } },
      { id: 'c2', type: 'quote.sent', occurredAt: today('09:30'), rep: { email: 'carla@x.com' } },
      { id: 'a2', type: 'quote.sent', occurredAt: today('09:45'), rep: { email: 'ana@x.com' } },
    ]);
  });

  it('revenue in the base currency (won deals and catalog sales), exact to the cent', () => {
    expect(values(getRanking(ctx, { metric: 'revenue', period: 'week', groupBy: 'rep' }))).toEqual([
      ['Bruno Lima', 1, 330_040],
      ['Ana Souza', 2, 100_000],
      ['Carla Mendes', 3, 0],
    ]);
  });

  it('deals won and any event type count', () => {
    expect(values(getRanking(ctx, { metric: 'deals_won', period: 'month', groupBy: 'rep' }))).toEqual([
      ['Bruno Lima', 1, 2],
      ['Ana Souza', 2, 1],
      ['Carla Mendes', 3, 0],
    ]);
    expect(values(getRanking(ctx, { metric: 'event_count', eventType: 'quote.sent', period: 'day', groupBy: 'rep' }))).toEqual([
      ['Carla Mendes', 1, 2],
      ['Ana Souza', 2, 1],
      ['Bruno Lima', 3, 0],
    ]);
    expect(() => getRanking(ctx, { metric: 'event_count', period: 'day', groupBy: 'rep' })).toThrow(/eventType/);
  });

  it('a refund takes revenue back on its own day, and a full reopening takes the deal out of the count', () => {
    deliver([{ id: 'r1', type: 'deal.reopened', reverses: 'b1', occurredAt: today('16:00'), rep: { email: 'bruno@x.com' } }]);
    expect(values(getRanking(ctx, { metric: 'revenue', period: 'week', groupBy: 'rep' }))[0]).toEqual(['Ana Souza', 1, 100_000]);
    expect(getRanking(ctx, { metric: 'deals_won', period: 'week', groupBy: 'rep' }).rows.find((r) => r.id === bruno)?.value).toBe(1);
  });

  it('teams rank by their active members combined, and a team filter narrows a rep ranking', () => {
    const inside = createTeam(ctx, { name: 'Inside' }).id;
    const field = createTeam(ctx, { name: 'Field' }).id;
    updateRep(ctx, { id: ana, teamId: inside });
    updateRep(ctx, { id: carla, teamId: inside });
    updateRep(ctx, { id: bruno, teamId: field });
    const teams = getRanking(ctx, { metric: 'points', period: 'week', groupBy: 'team' });
    expect(teams.rows.map((r) => [r.name, r.members])).toEqual([
      ['Field', 1],
      ['Inside', 2],
    ]);
    expect(teams.rows[1]?.value).toBe(getRanking(ctx, { metric: 'points', period: 'week', groupBy: 'rep', teamId: inside }).rows.reduce((s, r) => s + r.value, 0));
    expect(getRanking(ctx, { metric: 'points', period: 'week', groupBy: 'rep', teamId: inside }).rows.map((r) => r.name)).toEqual(['Ana Souza', 'Carla Mendes']);
  });

  it('a deactivated rep leaves the board but keeps their history', () => {
    updateRep(ctx, { id: bruno, active: false });
    expect(getRanking(ctx, { metric: 'revenue', period: 'week', groupBy: 'rep' }).rows.map((r) => r.name)).toEqual(['Ana Souza', 'Carla Mendes']);
    updateRep(ctx, { id: bruno, active: true });
    expect(getRanking(ctx, { metric: 'revenue', period: 'week', groupBy: 'rep' }).rows[0]).toMatchObject({ name: 'Bruno Lima', value: 330_040 });
  });
});

describe('periods, ties and movement', () => {
  it('a custom range counts whole local days; bad ranges say what to fix', () => {
    deliver([deal('a1', 'ana@x.com', '10.00', '2026-11-02T23:30:00-03:00'), deal('a2', 'ana@x.com', '20.00', '2026-11-03T00:30:00-03:00')]);
    const range = getRanking(ctx, { metric: 'revenue', period: 'custom', from: '2026-11-01', to: '2026-11-02', groupBy: 'rep' });
    expect(range.period).toMatchObject({ kind: 'custom', firstDay: '2026-11-01', lastDay: '2026-11-02' });
    expect(range.rows.find((r) => r.id === ana)?.value).toBe(1_000);
    expect(range.previous).toMatchObject({ firstDay: '2026-10-30', lastDay: '2026-10-31' });
    expect(() => getRanking(ctx, { metric: 'points', period: 'custom', from: '2026-11-05', to: '2026-11-01', groupBy: 'rep' })).toThrow(/ends \(2026-11-01\) before it starts/);
    expect(() => getRanking(ctx, { metric: 'points', period: 'custom', from: '2026-02-30', to: '2026-03-01', groupBy: 'rep' })).toThrow(/not a calendar day/);
    expect(() => getRanking(ctx, { metric: 'points', period: 'custom', from: '2025-01-01', to: '2026-11-01', groupBy: 'rep' })).toThrow(/at most 400 days/);
  });

  it('ties share a rank, or the earlier achiever goes first when the manager says so', () => {
    deliver([
      { id: 'q1', type: 'quote.sent', occurredAt: today('11:00'), rep: { email: 'ana@x.com' } },
      { id: 'q2', type: 'quote.sent', occurredAt: today('08:00'), rep: { email: 'bruno@x.com' } },
    ]);
    expect(values(getRanking(ctx, { metric: 'points', period: 'day', groupBy: 'rep' }))).toEqual([
      ['Ana Souza', 1, 10],
      ['Bruno Lima', 1, 10],
      ['Carla Mendes', 3, 0],
    ]);
    updateGameSettings(ctx, { tieBreak: 'earlier_first' });
    expect(values(getRanking(ctx, { metric: 'points', period: 'day', groupBy: 'rep' }))).toEqual([
      ['Bruno Lima', 1, 10],
      ['Ana Souza', 2, 10],
      ['Carla Mendes', 3, 0],
    ]);
  });

  it('arrows compare with the previous period', () => {
    ctx.setNow('2026-11-10T12:00:00Z'); // the reps existed before last week
    const early = createRep(ctx, { name: 'Diego Alves', email: 'diego@x.com' }).id;
    ctx.setNow('2026-11-24T15:00:00Z');
    deliver([deal('l1', 'diego@x.com', '900.00', lastWeek('10:00')), deal('t1', 'ana@x.com', '900.00'), deal('t2', 'diego@x.com', '100.00')]);
    const board = getRanking(ctx, { metric: 'revenue', period: 'week', groupBy: 'rep' });
    expect(board.rows.find((r) => r.id === ana)).toMatchObject({ rank: 1, previousRank: null, movement: null });
    expect(board.rows.find((r) => r.id === early)).toMatchObject({ rank: 2, previousRank: 1, movement: -1 });
  });
});

describe('aggregates', () => {
  const snapshot = () => ({
    metrics: ctx.db.select().from(repDayMetrics).all().sort((a, b) => `${a.metric}${a.day}${a.repId}`.localeCompare(`${b.metric}${b.day}${b.repId}`)),
    totals: ctx.db.select().from(repDayTotals).all().sort((a, b) => `${a.day}${a.repId}`.localeCompare(`${b.day}${b.repId}`)),
    // The month roll-ups (kept by triggers) always equal their days.
    months: ctx.db.select().from(repMonthTotals).all().filter((m) => m.points !== 0).sort((a, b) => `${a.month}${a.repId}`.localeCompare(`${b.month}${b.repId}`)),
    monthMetrics: ctx.db.select().from(repMonthMetrics).all().filter((m) => m.value !== 0).sort((a, b) => `${a.metric}${a.month}${a.repId}`.localeCompare(`${b.metric}${b.month}${b.repId}`)),
  });

  it('a rebuild from the log gives exactly what the incremental updates gave (refunds before their sale included)', () => {
    deliver([
      { id: 'p1', type: 'payment.confirmed', occurredAt: today('09:00'), rep: { email: 'ana@x.com' }, amount: { value: '500.00', currency: 'BRL' } },
      { id: 'ref-early', type: 'payment.refunded', reverses: 's1', occurredAt: today('12:00'), rep: { email: 'ana@x.com' }, amount: { value: '10.00', currency: 'BRL' } },
      { id: 's1', type: 'catalog.sale', occurredAt: today('10:00'), rep: { email: 'ana@x.com' }, amount: { value: '80.00', currency: 'BRL' } },
      deal('d1', 'bruno@x.com', '1200.00', lastWeek('23:50')),
      { id: 'ro1', type: 'deal.reopened', reverses: 'd1', occurredAt: today('08:00'), rep: { email: 'bruno@x.com' }, amount: { value: '300.00', currency: 'BRL' } },
      { id: 'ro2', type: 'deal.reopened', reverses: 'd1', occurredAt: today('08:30'), rep: { email: 'bruno@x.com' } },
      { id: 'r1', type: 'reply.sent', occurredAt: today('07:00'), rep: { email: 'carla@x.com' }, responseSeconds: 90 },
      { id: 'm1', type: 'points.manual', occurredAt: today('07:10'), rep: { email: 'carla@x.com' }, points: 25, reason: 'Helped a teammate' },
    ]);
    const incremental = snapshot();
    // Bruno's deal was reopened in full: his November nets to zero points.
    expect(incremental.months.map((m) => [m.month, m.repId, m.points])).toEqual([
      ['2026-11', ana, incremental.totals.filter((t) => t.repId === ana).reduce((sum, t) => sum + t.points, 0)],
      ['2026-11', carla, 27],
    ]);
    expect(incremental.metrics.find((m) => m.metric === 'revenue' && m.repId === bruno && m.day === '2026-11-24')?.value).toBe(-120_000);
    ctx.db.$client.transaction(() => rebuildAggregates(ctx, { timeZone: 'America/Sao_Paulo', baseCurrency: 'BRL' }))();
    expect(snapshot()).toEqual(incremental);
  });

  it('a refund from an unknown sender is counted once, also when its sender is mapped later', () => {
    deliver([deal('d1', 'ana@x.com', '1000.00')]);
    // The refund names a vendor user id nobody is mapped to yet: it is held, but it reverses d1.
    deliver([{ id: 'ro', type: 'deal.reopened', reverses: 'd1', occurredAt: today('12:00'), rep: { id: 'crm-user-7' }, amount: { value: '400.00', currency: 'BRL' } }]);
    const revenue = () => getRanking(ctx, { metric: 'revenue', period: 'week', groupBy: 'rep' }).rows.find((r) => r.id === ana)?.value;
    expect(revenue()).toBe(60_000);
    mapIdentity(ctx, { sourceId, kind: 'external_id', value: 'crm-user-7', repId: ana });
    expect(revenue()).toBe(60_000);
    const incremental = snapshot();
    ctx.db.$client.transaction(() => rebuildAggregates(ctx, { timeZone: 'America/Sao_Paulo', baseCurrency: 'BRL' }))();
    expect(snapshot()).toEqual(incremental);
  });

  it('a new time zone moves events to their new local days, and back', () => {
    deliver([deal('late', 'ana@x.com', '100.00', '2026-11-24T23:30:00-03:00')]);
    const before = snapshot();
    updateWorkspace(ctx, { timeZone: 'Europe/Lisbon' });
    expect(getRanking(ctx, { metric: 'deals_won', period: 'custom', from: '2026-11-25', to: '2026-11-25', groupBy: 'rep' }).rows.find((r) => r.id === ana)?.value).toBe(1);
    updateWorkspace(ctx, { timeZone: 'America/Sao_Paulo' });
    expect(snapshot()).toEqual(before);
  });
});
