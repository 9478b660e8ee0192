import type { ParsedInput, Rep } from '../../preload/contract';
import { findRep, findRepByEmail, insertRep, listReps as listRepRows, updateRepRow, type RepRow } from '../../db/queries/reps';
import { inTransaction } from '../../db/transaction';
import type { ServiceContext } from './context';
import { resolveHeldEvents } from './identities';
import { requireTeam } from './teams';
import { fail } from './errors';

function toView(row: RepRow): Rep {
  return { id: row.id, name: row.name, email: row.email, active: row.active, teamId: row.teamId, createdAt: row.createdAt };
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

function assertEmailFree(ctx: ServiceContext, email: string, exceptRepId?: number): void {
  const owner = findRepByEmail(ctx.db, email);
  if (owner && owner.id !== exceptRepId) {
    fail('conflict', `${email} already belongs to ${owner.name}; each rep needs their own e-mail.`, { path: 'email' });
  }
}

export function listReps(ctx: ServiceContext): Rep[] {
  return listRepRows(ctx.db).map(toView);
}

export function createRep(ctx: ServiceContext, input: ParsedInput<'reps.create'>): Rep {
  const email = input.email ? normaliseEmail(input.email) : null;
  const row = inTransaction(ctx.db, () => {
    if (email) assertEmailFree(ctx, email);
    const rep = insertRep(ctx.db, { name: input.name, email, active: true, teamId: null, createdAt: ctx.now() });
    // Events that named this e-mail before the rep existed were held: they score now.
    if (email) resolveHeldEvents(ctx, null, 'email', email, rep.id);
    return rep;
  });
  ctx.bus.changed('reps', 'events', 'ledger');
  return toView(row);
}

export function updateRep(ctx: ServiceContext, input: ParsedInput<'reps.update'>): Rep {
  const email = input.email === undefined ? undefined : input.email === null ? null : normaliseEmail(input.email);
  const row = inTransaction(ctx.db, () => {
    if (!findRep(ctx.db, input.id)) fail('not_found', `There is no rep with id ${input.id}.`);
    if (email) assertEmailFree(ctx, email, input.id);
    if (input.teamId !== undefined && input.teamId !== null) requireTeam(ctx, input.teamId);
    const updated = updateRepRow(ctx.db, input.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(email !== undefined ? { email } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
    });
    if (email) resolveHeldEvents(ctx, null, 'email', email, input.id);
    return updated;
  });
  ctx.bus.changed('reps', 'teams', 'events', 'ledger');
  return toView(row ?? fail('not_found', `There is no rep with id ${input.id}.`));
}
