// Territories, departments and channels (beside teams), and putting reps in them, one by
// one or in bulk (organising a 30-rep team should take a few clicks, not 30 edits).
import { inArray } from 'drizzle-orm';
import type { Grouping, GroupingKind, ParsedInput } from '../../../preload/contract';
import {
  addMemberships,
  deleteGroupingRow,
  findGrouping,
  findGroupingByName,
  goalCountOfGrouping,
  groupingIdsByRep,
  insertGrouping,
  listGroupingsWithCounts,
  removeMemberships,
  setMembershipsOfRep,
  updateGroupingRow,
  type GroupingRow,
} from '../../../db/queries/groupings';
import { findRep } from '../../../db/queries/reps';
import { findTeam } from '../../../db/queries/teams';
import { reps } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

const KIND_WORD: Record<GroupingKind, string> = { territory: 'territory', department: 'department', channel: 'channel' };

function toView(row: GroupingRow & { memberCount?: number }): Grouping {
  return { id: row.id, kind: row.kind, name: row.name, regions: JSON.parse(row.regionsJson) as string[], memberCount: row.memberCount ?? 0 };
}

const snapshot = (g: Grouping) => ({ kind: g.kind, name: g.name, ...(g.kind === 'territory' ? { regions: g.regions } : {}) });

function assertNameFree(ctx: ServiceContext, kind: GroupingKind, name: string, exceptId?: number): void {
  const existing = findGroupingByName(ctx.db, kind, name);
  if (existing && existing.id !== exceptId) fail('conflict', `There is already a ${KIND_WORD[kind]} called "${existing.name}".`, { path: 'name' });
}

/** Region codes, de-duplicated; only territories have them. */
function regionsFor(kind: GroupingKind, regions: readonly string[] | undefined): string[] | undefined {
  if (regions === undefined) return undefined;
  if (kind !== 'territory' && regions.length > 0) fail('invalid_input', 'Only territories cover regions.', { path: 'regions' });
  return [...new Set(regions.map((r) => r.trim().toUpperCase()).filter(Boolean))];
}

export function listGroupings(ctx: ServiceContext): Grouping[] {
  return listGroupingsWithCounts(ctx.db).map(toView);
}

function groupingView(ctx: ServiceContext, id: number): Grouping {
  return listGroupings(ctx).find((g) => g.id === id) ?? fail('not_found', `There is no territory, department or channel with id ${id}.`);
}

export function createGrouping(ctx: ServiceContext, input: Omit<ParsedInput<'groupings.create'>, 'regions'> & { regions?: string[] }): Grouping {
  const view = inTransaction(ctx.db, () => {
    assertNameFree(ctx, input.kind, input.name);
    const row = insertGrouping(ctx.db, { kind: input.kind, name: input.name, regionsJson: JSON.stringify(regionsFor(input.kind, input.regions) ?? []), createdAt: ctx.now() });
    const created = toView(row);
    audit(ctx, { action: `${row.kind}.create`, entity: { type: row.kind, id: row.id, label: row.name }, after: snapshot(created) });
    return created;
  });
  ctx.bus.changed('groupings', 'audit');
  return view;
}

export function updateGrouping(ctx: ServiceContext, input: ParsedInput<'groupings.update'>): Grouping {
  const view = inTransaction(ctx.db, () => {
    const before = toView(findGrouping(ctx.db, input.id) ?? fail('not_found', `There is no territory, department or channel with id ${input.id}.`));
    if (input.name !== undefined) assertNameFree(ctx, before.kind, input.name, input.id);
    const regions = regionsFor(before.kind, input.regions);
    updateGroupingRow(ctx.db, input.id, { ...(input.name !== undefined ? { name: input.name } : {}), ...(regions !== undefined ? { regionsJson: JSON.stringify(regions) } : {}) });
    const after = groupingView(ctx, input.id);
    audit(ctx, { action: `${after.kind}.update`, entity: { type: after.kind, id: after.id, label: after.name }, before: snapshot(before), after: snapshot(after) });
    return after;
  });
  ctx.bus.changed('groupings', 'customers', 'audit');
  return view;
}

/** Deletes a grouping; its reps simply stop belonging to it, and its goals go with it. */
export function deleteGrouping(ctx: ServiceContext, input: ParsedInput<'groupings.delete'>): { id: number } {
  inTransaction(ctx.db, () => {
    const before = groupingView(ctx, input.id);
    const goals = goalCountOfGrouping(ctx.db, input.id);
    deleteGroupingRow(ctx.db, input.id);
    audit(ctx, { action: `${before.kind}.delete`, entity: { type: before.kind, id: before.id, label: before.name }, before: { ...snapshot(before), members: before.memberCount, ...(goals > 0 ? { goals } : {}) } });
  });
  ctx.bus.changed('groupings', 'reps', 'goals', 'audit');
  return { id: input.id };
}

function requireGroupings(ctx: ServiceContext, ids: readonly number[], path: string): GroupingRow[] {
  return ids.map((id) => findGrouping(ctx.db, id) ?? fail('not_found', `There is no territory, department or channel with id ${id}.`, { path }));
}

/** A rep's groupings, all at once (the rep's edit form). */
export function setRepGroupings(ctx: ServiceContext, input: ParsedInput<'reps.setGroupings'>): { id: number; groupingIds: number[] } {
  const result = inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.id) ?? fail('not_found', `There is no rep with id ${input.id}.`);
    const all = new Map(listGroupingsWithCounts(ctx.db).map((g) => [g.id, g.name]));
    requireGroupings(ctx, input.groupingIds, 'groupingIds');
    const before = groupingIdsByRep(ctx.db).get(rep.id) ?? [];
    setMembershipsOfRep(ctx.db, rep.id, [...new Set(input.groupingIds)]);
    const after = groupingIdsByRep(ctx.db).get(rep.id) ?? [];
    const names = (ids: number[]) => ids.map((id) => all.get(id) ?? String(id)).sort();
    audit(ctx, { action: 'rep.groupings', entity: { type: 'rep', id: rep.id, label: rep.name }, before: { groupings: names(before) }, after: { groupings: names(after) } });
    return { id: rep.id, groupingIds: after };
  });
  ctx.bus.changed('reps', 'groupings', 'audit');
  return result;
}

/** Several reps at once: a team for all of them, and groupings added or removed. */
export function bulkUpdateReps(ctx: ServiceContext, input: ParsedInput<'reps.bulkUpdate'>): { updated: number } {
  if (input.teamId === undefined && input.addGroupingIds.length === 0 && input.removeGroupingIds.length === 0) {
    fail('invalid_input', 'Choose a team, or groupings to add or remove, for the selected reps.');
  }
  const result = inTransaction(ctx.db, () => {
    const repIds = [...new Set(input.repIds)];
    const rows = ctx.db.select().from(reps).where(inArray(reps.id, repIds)).all();
    const missing = repIds.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length > 0) fail('not_found', `There is no rep with id ${missing.join(', ')}.`, { path: 'repIds' });
    const team = input.teamId === undefined || input.teamId === null ? null : (findTeam(ctx.db, input.teamId) ?? fail('not_found', `There is no team with id ${input.teamId}.`, { path: 'teamId' }));
    const added = requireGroupings(ctx, input.addGroupingIds, 'addGroupingIds');
    const removed = requireGroupings(ctx, input.removeGroupingIds, 'removeGroupingIds');
    if (input.teamId !== undefined) ctx.db.update(reps).set({ teamId: input.teamId }).where(inArray(reps.id, repIds)).run();
    addMemberships(ctx.db, repIds, added.map((g) => g.id));
    removeMemberships(ctx.db, repIds, removed.map((g) => g.id));
    audit(ctx, {
      action: 'reps.bulk',
      entity: { type: 'rep', id: null, label: `${repIds.length} reps` },
      after: {
        reps: rows.map((r) => r.name).sort(),
        ...(input.teamId !== undefined ? { team: team?.name ?? null } : {}),
        ...(added.length > 0 ? { addedTo: added.map((g) => g.name) } : {}),
        ...(removed.length > 0 ? { removedFrom: removed.map((g) => g.name) } : {}),
      },
    });
    return { updated: repIds.length };
  });
  ctx.bus.changed('reps', 'teams', 'groupings', 'audit');
  return result;
}
