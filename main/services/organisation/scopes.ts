import { and, eq, isNull } from 'drizzle-orm';
import type { RepScope } from '../../../preload/contract';
import { findGrouping, memberIdsOfGrouping } from '../../../db/queries/groupings';
import { findTeam } from '../../../db/queries/teams';
import { reps } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

/** Checks that a scope names a team or grouping that exists. */
export function requireScope(ctx: ServiceContext, scope: RepScope): void {
  if (scope.kind === 'team' && !findTeam(ctx.db, scope.id)) fail('not_found', `There is no team with id ${scope.id}.`, { path: 'scope.id' });
  if (scope.kind === 'grouping' && !findGrouping(ctx.db, scope.id)) fail('not_found', `There is no territory, department or channel with id ${scope.id}.`, { path: 'scope.id' });
}

/** The ids of every rep (active or not) in a team or grouping; null for "all". */
export function memberIdsOf(ctx: ServiceContext, scope: RepScope): Set<number> | null {
  if (scope.kind === 'all') return null;
  requireScope(ctx, scope);
  if (scope.kind === 'team') return new Set(ctx.db.select({ id: reps.id }).from(reps).where(eq(reps.teamId, scope.id)).all().map((r) => r.id));
  return new Set(memberIdsOfGrouping(ctx.db, scope.id));
}

/** Active reps who have not left, in the scope: those who can take customers. */
export function workingRepsIn(ctx: ServiceContext, scope: RepScope): (typeof reps.$inferSelect)[] {
  const members = memberIdsOf(ctx, scope);
  return ctx.db
    .select()
    .from(reps)
    .where(and(eq(reps.active, true), isNull(reps.leftOn)))
    .all()
    .filter((r) => members === null || members.has(r.id));
}

export function scopeKey(scope: RepScope): string {
  return scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.id}`;
}
