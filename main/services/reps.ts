import type { ParsedInput, Rep } from '../../preload/contract';
import { findRep, findRepByEmail, insertRep, listReps as listRepRows, updateRepRow, type RepRow } from '../../db/queries/reps';
import { groupingIdsByRep } from '../../db/queries/groupings';
import { findTeam } from '../../db/queries/teams';
import { inTransaction } from '../../db/transaction';
import { audit } from './audit/audit';
import type { ServiceContext } from './context';
import { resolveHeldEvents } from './identities';
import { avatarUrls } from './organisation/avatars';
import { recordHire } from './organisation/employment';
import { requireTeam } from './teams';
import { fail } from './errors';

function toView(row: RepRow, avatars: Map<number, string>, groupings: Map<number, number[]>): Rep {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    active: row.active,
    teamId: row.teamId,
    createdAt: row.createdAt,
    startDate: row.startDate,
    leftOn: row.leftOn,
    capacity: row.capacity,
    avatarUrl: avatars.get(row.id) ?? null,
    groupingIds: groupings.get(row.id) ?? [],
  };
}

/** What the audit log keeps of a rep: the fields a manager changes, with the team by name. */
export function repSnapshot(ctx: ServiceContext, row: RepRow): Record<string, unknown> {
  return {
    name: row.name,
    email: row.email,
    active: row.active,
    team: row.teamId === null ? null : (findTeam(ctx.db, row.teamId)?.name ?? row.teamId),
    startDate: row.startDate,
    leftOn: row.leftOn,
    capacity: row.capacity,
  };
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

function assertEmailFree(ctx: ServiceContext, email: string, exceptRepId?: number): void {
  const owner = findRepByEmail(ctx.db, email);
  if (owner && owner.id !== exceptRepId) {
    fail('conflict', `${email} already belongs to ${owner.name}; each rep needs their own e-mail.`, { path: 'email' });
  }
}

export function listReps(ctx: ServiceContext): Rep[] {
  const avatars = avatarUrls(ctx);
  const groupings = groupingIdsByRep(ctx.db);
  return listRepRows(ctx.db).map((row) => toView(row, avatars, groupings));
}

export function repView(ctx: ServiceContext, id: number): Rep {
  const row = findRep(ctx.db, id) ?? fail('not_found', `There is no rep with id ${id}.`);
  return toView(row, avatarUrls(ctx), groupingIdsByRep(ctx.db));
}

export function createRep(ctx: ServiceContext, input: ParsedInput<'reps.create'>): Rep {
  const email = input.email ? normaliseEmail(input.email) : null;
  const row = inTransaction(ctx.db, () => {
    if (email) assertEmailFree(ctx, email);
    const rep = insertRep(ctx.db, { name: input.name, email, active: true, teamId: null, createdAt: ctx.now(), startDate: input.startDate ?? null });
    if (input.startDate) recordHire(ctx, rep.id, input.startDate);
    // Events that named this e-mail before the rep existed were held: they score now.
    if (email) resolveHeldEvents(ctx, null, 'email', email, rep.id);
    audit(ctx, { action: 'rep.create', entity: { type: 'rep', id: rep.id, label: rep.name }, after: repSnapshot(ctx, rep) });
    return rep;
  });
  ctx.bus.changed('reps', 'events', 'ledger', 'audit');
  return repView(ctx, row.id);
}

export function updateRep(ctx: ServiceContext, input: ParsedInput<'reps.update'>): Rep {
  const email = input.email === undefined ? undefined : input.email === null ? null : normaliseEmail(input.email);
  inTransaction(ctx.db, () => {
    const before = findRep(ctx.db, input.id) ?? fail('not_found', `There is no rep with id ${input.id}.`);
    if (email) assertEmailFree(ctx, email, input.id);
    if (input.teamId !== undefined && input.teamId !== null) requireTeam(ctx, input.teamId);
    if (input.active === true && before.leftOn !== null) {
      fail('conflict', `${before.name} left on ${before.leftOn}; rehire them (with a new start date) to make them active again.`, { path: 'active' });
    }
    const updated = updateRepRow(ctx.db, input.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(email !== undefined ? { email } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
      ...(input.startDate !== undefined ? { startDate: input.startDate } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    }) as RepRow;
    if (input.startDate && input.startDate !== before.startDate) recordHire(ctx, input.id, input.startDate);
    if (email) resolveHeldEvents(ctx, null, 'email', email, input.id);
    audit(ctx, { action: 'rep.update', entity: { type: 'rep', id: updated.id, label: updated.name }, before: repSnapshot(ctx, before), after: repSnapshot(ctx, updated) });
  });
  ctx.bus.changed('reps', 'teams', 'events', 'ledger', 'audit');
  return repView(ctx, input.id);
}
