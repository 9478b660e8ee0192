// Goals: personal, team and grouping (territory, department, channel), recurring every period, with goal-over-goal tiers. Managers
// set any goal; a rep manages their own personal goals from their page (those the manager
// set stay as the manager set them). Three defaults appear the first time a rep's page opens.
import type { Goal, ParsedInput } from '../../../preload/contract';
import { readRepProfile, upsertRepProfile } from '../../../db/queries/game';
import { deleteGoalRow, findGoalRow, goalsOfRep, insertGoalRow, insertMarkOnce, listGoalRows, personalGoalCount, updateGoalRow, type GoalRow } from '../../../db/queries/goals';
import { findGrouping, listGroupingsWithCounts, type GroupingRow } from '../../../db/queries/groupings';
import { findRep, listReps } from '../../../db/queries/reps';
import { findTeam, listTeamsWithCounts } from '../../../db/queries/teams';
import { inTransaction } from '../../../db/transaction';
import { DEFAULT_GOALS, tierProblems, type GoalMeasure, type GoalSpec } from '../../engine/gamification/goals';
import type { EventType } from '../../engine/event-types';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getCalendar } from '../workspace';
import { goalProgress, specOf } from './goal-progress';

type Actor = { kind: 'manager' } | { kind: 'rep'; repId: number };
const MANAGER: Actor = { kind: 'manager' };

/** A spec the engine can measure, or a clear error saying which field to fix. */
function validSpec(input: { measure: GoalMeasure; eventType?: EventType | null | undefined; period: GoalSpec['period']; target: number; tiers: readonly number[] }): GoalSpec {
  if (input.measure === 'event_count' && !input.eventType) fail('invalid_input', 'An event-count goal needs "eventType": which kind of event to count, e.g. quote.sent.', { path: 'eventType' });
  const problems = tierProblems(input.tiers);
  if (problems.length > 0) fail('invalid_input', `Tiers: ${problems.join('; ')}. Example: [100, 120, 150] for bronze, silver and gold.`, { path: 'tiers' });
  if (input.measure === 'active_days') {
    const days = { day: 1, week: 7, month: 31, quarter: 92 }[input.period];
    if (input.target > days) fail('invalid_input', `A ${input.period} has at most ${days} days; the target ${input.target} can never be reached.`, { path: 'target' });
  }
  return { measure: input.measure, eventType: input.measure === 'event_count' ? (input.eventType ?? null) : null, period: input.period, target: input.target, tiers: [...input.tiers] };
}

type Names = { reps: Map<number, string>; teams: Map<number, string>; groupings: Map<number, GroupingRow> };

function scopeOf(row: GoalRow): Goal['scope'] {
  return row.scope === 'team' || row.scope === 'grouping' ? row.scope : 'rep';
}

function toView(ctx: ServiceContext, row: GoalRow, names: Names, at: number): Goal {
  const spec = specOf(row);
  const { period: _period, ...progress } = goalProgress(ctx, row, getCalendar(ctx), at);
  const grouping = row.groupingId === null ? undefined : names.groupings.get(row.groupingId);
  return {
    id: row.id,
    scope: scopeOf(row),
    repId: row.repId,
    repName: row.repId === null ? null : (names.reps.get(row.repId) ?? null),
    teamId: row.teamId,
    teamName: row.teamId === null ? null : (names.teams.get(row.teamId) ?? null),
    groupingId: row.groupingId,
    groupingName: grouping?.name ?? null,
    groupingKind: grouping?.kind ?? null,
    measure: spec.measure,
    eventType: spec.eventType,
    period: spec.period,
    target: spec.target,
    tiers: [...spec.tiers],
    paused: row.paused,
    createdBy: row.createdBy === 'rep' || row.createdBy === 'default' ? row.createdBy : 'manager',
    progress,
  };
}

function names(ctx: ServiceContext): Names {
  return {
    reps: new Map(listReps(ctx.db).map((r) => [r.id, r.name])),
    teams: new Map(listTeamsWithCounts(ctx.db).map((t) => [t.id, t.name])),
    groupings: new Map(listGroupingsWithCounts(ctx.db).map((g) => [g.id, g])),
  };
}

export function goalViews(ctx: ServiceContext, rows: readonly GoalRow[]): Goal[] {
  const known = names(ctx);
  const now = ctx.now();
  return rows.map((row) => toView(ctx, row, known, now));
}

export function listGoals(ctx: ServiceContext, filter: ParsedInput<'goals.list'>): Goal[] {
  const rows = listGoalRows(ctx.db).filter(
    (g) =>
      (filter.repId === undefined || (g.scope === 'rep' && g.repId === filter.repId)) &&
      (filter.teamId === undefined || (g.scope === 'team' && g.teamId === filter.teamId)) &&
      (filter.groupingId === undefined || (g.scope === 'grouping' && g.groupingId === filter.groupingId)),
  );
  return goalViews(ctx, rows);
}

/** A rep's own goals, their team's and their groupings'. */
export function goalsForRep(ctx: ServiceContext, repId: number): Goal[] {
  const rep = findRep(ctx.db, repId) ?? fail('not_found', `There is no rep with id ${repId}.`);
  return goalViews(ctx, goalsOfRep(ctx.db, repId, rep.teamId));
}

function requireGoal(ctx: ServiceContext, id: number, actor: Actor): GoalRow {
  const row = findGoalRow(ctx.db, id);
  if (!row || (actor.kind === 'rep' && (row.scope !== 'rep' || row.repId !== actor.repId))) fail('not_found', `There is no goal with id ${id}${actor.kind === 'rep' ? ' among your own goals' : ''}.`);
  if (actor.kind === 'rep' && row.createdBy === 'manager') fail('forbidden', 'Your manager set this goal, so only they can change it.');
  return row;
}

/** Checks the owner the scope names (a rep, team or grouping that exists); returns its label for the audit log. */
function requireOwner(ctx: ServiceContext, input: ParsedInput<'goals.create'>): string {
  switch (input.scope) {
    case 'rep': {
      if (input.repId === undefined) fail('invalid_input', 'A personal goal needs "repId": whose goal it is.', { path: 'repId' });
      return (findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`, { path: 'repId' })).name;
    }
    case 'team': {
      if (input.teamId === undefined) fail('invalid_input', 'A team goal needs "teamId": which team it is for.', { path: 'teamId' });
      return (findTeam(ctx.db, input.teamId) ?? fail('not_found', `There is no team with id ${input.teamId}.`, { path: 'teamId' })).name;
    }
    case 'grouping': {
      if (input.groupingId === undefined) fail('invalid_input', 'A grouping goal needs "groupingId": which territory, department or channel it is for.', { path: 'groupingId' });
      const grouping = findGrouping(ctx.db, input.groupingId) ?? fail('not_found', `There is no territory, department or channel with id ${input.groupingId}. Create it under Teams & groups first.`, { path: 'groupingId' });
      return grouping.name;
    }
  }
}

/** What the audit log keeps of a goal: who it is for and what it asks. */
function auditSnapshot(goal: Goal) {
  return {
    scope: goal.scope,
    for: goal.repName ?? goal.teamName ?? goal.groupingName,
    measure: goal.measure,
    ...(goal.eventType ? { eventType: goal.eventType } : {}),
    period: goal.period,
    target: goal.target,
    tiers: goal.tiers,
    paused: goal.paused,
  };
}

/** Manager changes to goals go to the audit log; a rep's own personal goals are theirs. */
function auditGoal(ctx: ServiceContext, actor: Actor, verb: 'create' | 'update' | 'delete', beforeRow: GoalRow | undefined, afterRow: GoalRow | undefined): void {
  if (actor.kind !== 'manager') return;
  const [before, after] = [beforeRow, afterRow].map((row) => (row ? goalViews(ctx, [row])[0] : undefined));
  const goal = after ?? before;
  if (!goal) return;
  audit(ctx, {
    action: `goal.${verb}`,
    entity: { type: 'goal', id: goal.id, label: goal.repName ?? goal.teamName ?? goal.groupingName ?? `#${goal.id}` },
    ...(before ? { before: auditSnapshot(before) } : {}),
    ...(after ? { after: auditSnapshot(after) } : {}),
  });
}

export function createGoal(ctx: ServiceContext, input: ParsedInput<'goals.create'>, actor: Actor = MANAGER): Goal {
  const spec = validSpec(input);
  const row = inTransaction(ctx.db, () => {
    requireOwner(ctx, input);
    const created = insertGoalRow(ctx.db, {
      scope: input.scope,
      repId: input.scope === 'rep' ? (input.repId ?? null) : null,
      teamId: input.scope === 'team' ? (input.teamId ?? null) : null,
      groupingId: input.scope === 'grouping' ? (input.groupingId ?? null) : null,
      measure: spec.measure,
      eventType: spec.eventType,
      period: spec.period,
      target: spec.target,
      tiersJson: JSON.stringify(spec.tiers),
      paused: false,
      createdBy: actor.kind === 'rep' ? 'rep' : 'manager',
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    auditGoal(ctx, actor, 'create', undefined, created);
    return created;
  });
  ctx.bus.changed('goals', 'audit');
  return goalViews(ctx, [row])[0] ?? fail('internal', 'The goal was saved but cannot be read back.');
}

/**
 * Changes a goal's target, tiers or period, or pauses/resumes it. A paused goal keeps
 * measuring (nothing is lost) but tells nobody; resuming marks the tiers it already passed
 * in the current period as told, so a resume never sets off stale notifications.
 */
export function updateGoal(ctx: ServiceContext, input: ParsedInput<'goals.update'>, actor: Actor = MANAGER): Goal {
  const row = inTransaction(ctx.db, () => {
    const before = requireGoal(ctx, input.id, actor);
    const current = specOf(before);
    const spec = validSpec({ ...current, ...(input.target !== undefined ? { target: input.target } : {}), ...(input.tiers !== undefined ? { tiers: input.tiers } : {}), ...(input.period !== undefined ? { period: input.period } : {}) });
    const updated = updateGoalRow(ctx.db, input.id, {
      target: spec.target,
      tiersJson: JSON.stringify(spec.tiers),
      period: spec.period,
      ...(input.paused !== undefined ? { paused: input.paused } : {}),
      updatedAt: ctx.now(),
    });
    if (!updated) fail('not_found', `There is no goal with id ${input.id}.`);
    if (before.paused && !updated.paused) {
      const progress = goalProgress(ctx, updated, getCalendar(ctx), ctx.now());
      for (const tier of progress.tiersReached) insertMarkOnce(ctx.db, { goalId: updated.id, periodStart: progress.firstDay, tier, reachedAt: ctx.now(), notified: false });
    }
    auditGoal(ctx, actor, 'update', before, updated);
    return updated;
  });
  ctx.bus.changed('goals', 'audit');
  return goalViews(ctx, [row])[0] ?? fail('internal', 'The goal was saved but cannot be read back.');
}

export function deleteGoal(ctx: ServiceContext, id: number, actor: Actor = MANAGER): { id: number } {
  inTransaction(ctx.db, () => {
    const before = requireGoal(ctx, id, actor);
    deleteGoalRow(ctx.db, id);
    auditGoal(ctx, actor, 'delete', before, undefined);
  });
  ctx.bus.changed('goals', 'audit');
  return { id };
}

/**
 * The first time a rep's page opens, a rep without personal goals gets the three defaults
 * (quotes per week, response time, active days). Only ever once: a rep who deletes them
 * does not see them come back.
 */
export function ensureDefaultGoals(ctx: ServiceContext, repId: number): number {
  const created = inTransaction(ctx.db, () => {
    if (readRepProfile(ctx.db, repId)?.defaultGoalsAt) return 0;
    const now = ctx.now();
    let count = 0;
    if (personalGoalCount(ctx.db, repId) === 0) {
      for (const spec of DEFAULT_GOALS) {
        insertGoalRow(ctx.db, { scope: 'rep', repId, teamId: null, groupingId: null, measure: spec.measure, eventType: spec.eventType, period: spec.period, target: spec.target, tiersJson: JSON.stringify(spec.tiers), paused: false, createdBy: 'default', createdAt: now, updatedAt: now });
        count += 1;
      }
    }
    upsertRepProfile(ctx.db, repId, { defaultGoalsAt: now });
    return count;
  });
  if (created > 0) ctx.bus.changed('goals');
  return created;
}

export type { Actor as GoalActor };
