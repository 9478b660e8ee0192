import type { ParsedInput, Team } from '../../preload/contract';
import { findTeam, findTeamByName, insertTeam, listTeamsWithCounts, renameTeamRow } from '../../db/queries/teams';
import { inTransaction } from '../../db/transaction';
import type { ServiceContext } from './context';
import { fail } from './errors';

function assertNameFree(ctx: ServiceContext, name: string, exceptId?: number): void {
  const existing = findTeamByName(ctx.db, name);
  if (existing && existing.id !== exceptId) fail('conflict', `There is already a team called "${existing.name}".`, { path: 'name' });
}

export function listTeams(ctx: ServiceContext): Team[] {
  return listTeamsWithCounts(ctx.db).map(({ id, name, memberCount }) => ({ id, name, memberCount }));
}

export function createTeam(ctx: ServiceContext, input: ParsedInput<'teams.create'>): Team {
  const row = inTransaction(ctx.db, () => {
    assertNameFree(ctx, input.name);
    return insertTeam(ctx.db, { name: input.name, createdAt: ctx.now() });
  });
  ctx.bus.changed('teams');
  return { id: row.id, name: row.name, memberCount: 0 };
}

export function renameTeam(ctx: ServiceContext, input: ParsedInput<'teams.rename'>): Team {
  inTransaction(ctx.db, () => {
    if (!findTeam(ctx.db, input.id)) fail('not_found', `There is no team with id ${input.id}.`);
    assertNameFree(ctx, input.name, input.id);
    renameTeamRow(ctx.db, input.id, input.name);
  });
  ctx.bus.changed('teams');
  return listTeams(ctx).find((t) => t.id === input.id) ?? fail('not_found', `There is no team with id ${input.id}.`);
}

export function requireTeam(ctx: ServiceContext, id: number): void {
  if (!findTeam(ctx.db, id)) fail('not_found', `There is no team with id ${id}.`, { path: 'teamId' });
}
