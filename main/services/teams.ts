import { eq } from 'drizzle-orm';
import type { ParsedInput, Team } from '../../preload/contract';
import { findTeam, findTeamByName, insertTeam, listTeamsWithCounts, renameTeamRow } from '../../db/queries/teams';
import { reps, teams } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { audit } from './audit/audit';
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
    const team = insertTeam(ctx.db, { name: input.name, createdAt: ctx.now() });
    audit(ctx, { action: 'team.create', entity: { type: 'team', id: team.id, label: team.name }, after: { name: team.name } });
    return team;
  });
  ctx.bus.changed('teams', 'audit');
  return { id: row.id, name: row.name, memberCount: 0 };
}

export function renameTeam(ctx: ServiceContext, input: ParsedInput<'teams.rename'>): Team {
  inTransaction(ctx.db, () => {
    const before = findTeam(ctx.db, input.id) ?? fail('not_found', `There is no team with id ${input.id}.`);
    assertNameFree(ctx, input.name, input.id);
    renameTeamRow(ctx.db, input.id, input.name);
    audit(ctx, { action: 'team.rename', entity: { type: 'team', id: before.id, label: input.name }, before: { name: before.name }, after: { name: input.name } });
  });
  ctx.bus.changed('teams', 'audit');
  return listTeams(ctx).find((t) => t.id === input.id) ?? fail('not_found', `There is no team with id ${input.id}.`);
}

/** Deletes a team; its reps are left without a team (their history is not touched). */
export function deleteTeam(ctx: ServiceContext, input: ParsedInput<'teams.delete'>): { id: number } {
  inTransaction(ctx.db, () => {
    const team = listTeams(ctx).find((t) => t.id === input.id) ?? fail('not_found', `There is no team with id ${input.id}.`);
    ctx.db.update(reps).set({ teamId: null }).where(eq(reps.teamId, team.id)).run();
    ctx.db.delete(teams).where(eq(teams.id, team.id)).run();
    audit(ctx, { action: 'team.delete', entity: { type: 'team', id: team.id, label: team.name }, before: { name: team.name, members: team.memberCount } });
  });
  ctx.bus.changed('teams', 'reps', 'audit');
  return { id: input.id };
}

export function requireTeam(ctx: ServiceContext, id: number): void {
  if (!findTeam(ctx.db, id)) fail('not_found', `There is no team with id ${id}.`, { path: 'teamId' });
}
