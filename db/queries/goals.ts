import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { goalMarks, goals, repGroupings } from '../schema';
import { prepared, preparedQuery } from './prepared';

export type GoalRow = typeof goals.$inferSelect;
export type GoalMarkRow = typeof goalMarks.$inferSelect;

export function listGoalRows(db: Db): GoalRow[] {
  return db.select().from(goals).orderBy(asc(goals.id)).all();
}

export function findGoalRow(db: Db, id: number): GoalRow | undefined {
  return db.select().from(goals).where(eq(goals.id, id)).get();
}

/**
 * The goals that concern a rep: their own, their team's and those of every grouping they
 * belong to (checked on every scored event, and all a rep link ever lists).
 */
export function goalsOfRep(db: Db, repId: number, teamId: number | null): GoalRow[] {
  const query = preparedQuery(db, 'goalsOfRep', () =>
    db
      .select()
      .from(goals)
      .where(
        or(
          and(eq(goals.scope, 'rep'), eq(goals.repId, sql.placeholder('repId'))),
          and(eq(goals.scope, 'team'), eq(goals.teamId, sql.placeholder('teamId'))),
          and(
            eq(goals.scope, 'grouping'),
            inArray(goals.groupingId, db.select({ id: repGroupings.groupingId }).from(repGroupings).where(eq(repGroupings.repId, sql.placeholder('memberId')))),
          ),
        ),
      )
      .orderBy(asc(goals.id))
      .prepare(),
  );
  // No team: -1 matches no team id.
  return query.all({ repId, teamId: teamId ?? -1, memberId: repId });
}

export function personalGoalCount(db: Db, repId: number): number {
  return db.select({ id: goals.id }).from(goals).where(and(eq(goals.scope, 'rep'), eq(goals.repId, repId))).all().length;
}

export function insertGoalRow(db: Db, row: Omit<GoalRow, 'id'>): GoalRow {
  return db.insert(goals).values(row).returning().get();
}

export function updateGoalRow(db: Db, id: number, patch: Partial<Omit<GoalRow, 'id'>>): GoalRow | undefined {
  return db.update(goals).set(patch).where(eq(goals.id, id)).returning().get();
}

export function deleteGoalRow(db: Db, id: number): GoalRow | undefined {
  return db.delete(goals).where(eq(goals.id, id)).returning().get();
}

/** Marks a tier reached in a period once; returns the new mark, or undefined if it was marked. */
export function insertMarkOnce(db: Db, row: GoalMarkRow): GoalMarkRow | undefined {
  return db.insert(goalMarks).values(row).onConflictDoNothing().returning().get();
}

export function marksOf(db: Db, goalIds: readonly number[], periodStart: string): GoalMarkRow[] {
  if (goalIds.length === 0) return [];
  return db.select().from(goalMarks).where(and(inArray(goalMarks.goalId, [...goalIds]), eq(goalMarks.periodStart, periodStart))).all();
}

/** A rep's team id (null: no team), or undefined when there is no such rep. */
export function teamOfRep(db: Db, repId: number): number | null | undefined {
  return prepared(db, 'SELECT team_id FROM reps WHERE id = ?', 'pluck').get(repId) as number | null | undefined;
}
