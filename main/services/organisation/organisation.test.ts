import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { deliver, yearPoints } from '../../../tests/support/portfolio';
import { getLeaderboard } from '../leaderboard';
import { listPortfolioCustomers } from '../portfolio/views';
import { createRepLink, findRepByLinkToken } from '../rep-links';
import { createRep, listReps, updateRep } from '../reps';
import { createSource } from '../sources';
import { createTeam } from '../teams';
import { leaveRep, listEmployment, rehireRep } from './employment';
import { bulkUpdateReps, createGrouping, deleteGrouping, listGroupings, updateGrouping } from './groupings';

let ctx: TestContext;
beforeEach(() => {
  ctx = createTestContext({ now: '2026-11-24T15:00:00Z' });
});
afterEach(() => ctx.dispose());

describe('organising a 30-rep team', () => {
  it('puts reps in teams and several groupings in bulk, and scopes leaderboards to any of them', () => {
    const reps = Array.from({ length: 30 }, (_, i) => createRep(ctx, { name: `Rep ${String(i + 1).padStart(2, '0')}`, email: `rep${i + 1}@example.com` }));
    const inside = createTeam(ctx, { name: 'Inside sales' });
    const field = createTeam(ctx, { name: 'Field sales' });
    const south = createGrouping(ctx, { kind: 'territory', name: 'South', regions: ['rs', 'SC', 'PR', 'PR'] });
    const north = createGrouping(ctx, { kind: 'territory', name: 'North', regions: ['AM'] });
    const smb = createGrouping(ctx, { kind: 'channel', name: 'SMB' });
    const ids = reps.map((r) => r.id);
    bulkUpdateReps(ctx, { repIds: ids.slice(0, 15), teamId: inside.id, addGroupingIds: [south.id, smb.id], removeGroupingIds: [] });
    bulkUpdateReps(ctx, { repIds: ids.slice(15), teamId: field.id, addGroupingIds: [north.id], removeGroupingIds: [] });
    bulkUpdateReps(ctx, { repIds: ids.slice(10, 20), addGroupingIds: [], removeGroupingIds: [smb.id] });

    expect(south.regions).toEqual(['RS', 'SC', 'PR']);
    expect(Object.fromEntries(listGroupings(ctx).map((g) => [g.name, g.memberCount]))).toEqual({ South: 15, North: 15, SMB: 10 });
    const rep12 = listReps(ctx).find((r) => r.name === 'Rep 12');
    expect(rep12).toMatchObject({ teamId: inside.id, groupingIds: [south.id] });

    const source = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
    deliver(ctx, source, [
      { id: 'a', type: 'quote.sent', occurredAt: '2026-11-24T10:00:00-03:00', rep: { email: 'rep1@example.com' } },
      { id: 'b', type: 'deal.won', occurredAt: '2026-11-24T10:00:00-03:00', rep: { email: 'rep30@example.com' } },
    ]);
    const top = (scope: Parameters<typeof getLeaderboard>[3]) => getLeaderboard(ctx, 'week', undefined, scope).rows;
    expect(top({ kind: 'all' })).toHaveLength(30);
    expect(top({ kind: 'grouping', id: north.id }).map((r) => r.name).slice(0, 1)).toEqual(['Rep 30']);
    expect(top({ kind: 'grouping', id: north.id })).toHaveLength(15);
    expect(top({ kind: 'team', id: inside.id })[0]).toMatchObject({ name: 'Rep 01', rank: 1, points: 10 });
    expect(top({ kind: 'grouping', id: smb.id })).toHaveLength(10);
  });

  it('explains what is wrong with a grouping change', () => {
    const south = createGrouping(ctx, { kind: 'territory', name: 'South' });
    expect(() => createGrouping(ctx, { kind: 'territory', name: 'south' })).toThrow(/already a territory called "South"/);
    // Same name, another kind: fine (a "South" channel is not the South territory).
    createGrouping(ctx, { kind: 'channel', name: 'South' });
    expect(() => createGrouping(ctx, { kind: 'department', name: 'Ops', regions: ['SP'] })).toThrow(/Only territories cover regions/);
    expect(updateGrouping(ctx, { id: south.id, regions: ['RS'] }).regions).toEqual(['RS']);
    deleteGrouping(ctx, { id: south.id });
    expect(listGroupings(ctx).map((g) => g.name)).toEqual(['South']);
    expect(() => bulkUpdateReps(ctx, { repIds: [1], addGroupingIds: [], removeGroupingIds: [] })).toThrow(/Choose a team, or groupings/);
  });
});

describe('a rep leaving', () => {
  it('hands the portfolio over from the day after the last day, stops the private link, and keeps the history', () => {
    const ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com', startDate: '2024-03-01' });
    const bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' });
    const source = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
    deliver(ctx, source, [
      { id: '1', type: 'quote.sent', occurredAt: '2026-11-20T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: { id: 'acme', name: 'Acme' } },
      { id: '2', type: 'quote.sent', occurredAt: '2026-11-23T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: { id: 'acme', name: 'Acme' } },
      { id: '3', type: 'quote.sent', occurredAt: '2026-11-23T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: { id: 'globex', name: 'Globex' } },
    ]);
    const link = createRepLink(ctx, { repId: ana.id });
    const token = link.url.split('/me/')[1] as string;

    // Recorded a day late: her last day was the 22nd, so the 23rd already belongs to Bruno.
    const result = leaveRep(ctx, { id: ana.id, lastDay: '2026-11-22', handoverToRepId: bruno.id, reason: 'Moved to another company' });
    expect(result).toEqual({ id: ana.id, customersHandedOver: 2, movedEvents: 2 });
    expect(yearPoints(ctx, 'Bruno Lima')).toBe(20);
    expect(listReps(ctx).find((r) => r.id === ana.id)).toMatchObject({ active: false, leftOn: '2026-11-22' });
    expect(findRepByLinkToken(ctx, token).status).toBe('revoked');
    expect(listPortfolioCustomers(ctx, { owner: { kind: 'rep', repId: bruno.id }, limit: 10, offset: 0 }).total).toBe(2);
    // Ana's 20 November quote is still hers (she ranks nowhere while away, but the history is kept).
    expect(getLeaderboard(ctx, 'year').rows.map((r) => r.name)).toEqual(['Bruno Lima']);

    expect(() => updateRep(ctx, { id: ana.id, active: true })).toThrow(/rehire them/);
    expect(() => rehireRep(ctx, { id: ana.id, startDate: '2026-11-01' })).toThrow(/must be after/);
    rehireRep(ctx, { id: ana.id, startDate: '2027-01-10' });
    expect(listEmployment(ctx, ana.id).map((e) => [e.kind, e.day, e.note])).toEqual([
      ['hired', '2024-03-01', null],
      ['left', '2026-11-22', 'Moved to another company'],
      ['hired', '2027-01-10', null],
    ]);
    expect(listReps(ctx).find((r) => r.id === ana.id)).toMatchObject({ active: true, leftOn: null, startDate: '2027-01-10' });
  });

  it('without a successor, the customers become unowned for distribution', () => {
    const ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
    const source = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
    deliver(ctx, source, [{ id: '1', type: 'quote.sent', occurredAt: '2026-11-20T10:00:00-03:00', rep: { email: 'ana@example.com' }, customer: { id: 'acme', name: 'Acme' } }]);
    leaveRep(ctx, { id: ana.id, lastDay: '2026-11-24' });
    ctx.setNow('2026-11-25T15:00:00Z');
    expect(listPortfolioCustomers(ctx, { owner: { kind: 'unowned' }, limit: 10, offset: 0 }).customers.map((c) => c.name)).toEqual(['Acme']);
    expect(() => leaveRep(ctx, { id: ana.id, lastDay: '2026-11-30' })).toThrow(/already left on 2026-11-24/);
  });
});
