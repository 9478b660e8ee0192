import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { commissionAssignments, commissionPeriods, commissionPlans, commissionStatements } from '../schema';

export type PlanRow = typeof commissionPlans.$inferSelect;
export type AssignmentRow = typeof commissionAssignments.$inferSelect;
export type PeriodRow = typeof commissionPeriods.$inferSelect;
export type StatementRow = typeof commissionStatements.$inferSelect;

export function listPlanRows(db: Db): PlanRow[] {
  return db.select().from(commissionPlans).orderBy(asc(commissionPlans.archived), asc(commissionPlans.name), asc(commissionPlans.id)).all();
}

export function findPlanRow(db: Db, id: number): PlanRow | undefined {
  return db.select().from(commissionPlans).where(eq(commissionPlans.id, id)).get();
}

export function insertPlanRow(db: Db, row: Omit<PlanRow, 'id'>): PlanRow {
  return db.insert(commissionPlans).values(row).returning().get();
}

export function updatePlanRow(db: Db, id: number, patch: Partial<Omit<PlanRow, 'id'>>): PlanRow | undefined {
  return db.update(commissionPlans).set(patch).where(eq(commissionPlans.id, id)).returning().get();
}

export function listAssignmentRows(db: Db, planId: number): AssignmentRow[] {
  return db.select().from(commissionAssignments).where(eq(commissionAssignments.planId, planId)).orderBy(asc(commissionAssignments.id)).all();
}

export function assignmentsOfRep(db: Db, repId: number): AssignmentRow[] {
  return db.select().from(commissionAssignments).where(eq(commissionAssignments.repId, repId)).orderBy(asc(commissionAssignments.id)).all();
}

export function countAssignments(db: Db): Map<number, number> {
  const rows = db.select({ planId: commissionAssignments.planId, n: sql<number>`count(*)` }).from(commissionAssignments).groupBy(commissionAssignments.planId).all();
  return new Map(rows.map((r) => [r.planId, r.n]));
}

export function findAssignmentRow(db: Db, planId: number, repId: number): AssignmentRow | undefined {
  return db
    .select()
    .from(commissionAssignments)
    .where(and(eq(commissionAssignments.planId, planId), eq(commissionAssignments.repId, repId)))
    .get();
}

export function upsertAssignmentRow(db: Db, row: Omit<AssignmentRow, 'id' | 'createdAt'> & { createdAt: number }): AssignmentRow {
  return db
    .insert(commissionAssignments)
    .values(row)
    .onConflictDoUpdate({ target: [commissionAssignments.planId, commissionAssignments.repId], set: { termsJson: row.termsJson, updatedAt: row.updatedAt } })
    .returning()
    .get();
}

export function deleteAssignmentRow(db: Db, planId: number, repId: number): boolean {
  return db.delete(commissionAssignments).where(and(eq(commissionAssignments.planId, planId), eq(commissionAssignments.repId, repId))).run().changes > 0;
}

export function lockedPeriodRows(db: Db, planId: number): PeriodRow[] {
  return db.select().from(commissionPeriods).where(eq(commissionPeriods.planId, planId)).orderBy(asc(commissionPeriods.firstDay)).all();
}

export function countLockedPeriods(db: Db): Map<number, number> {
  const rows = db.select({ planId: commissionPeriods.planId, n: sql<number>`count(*)` }).from(commissionPeriods).groupBy(commissionPeriods.planId).all();
  return new Map(rows.map((r) => [r.planId, r.n]));
}

export function insertPeriodRow(db: Db, row: Omit<PeriodRow, 'id'>): PeriodRow {
  return db.insert(commissionPeriods).values(row).returning().get();
}

export function insertStatementRow(db: Db, row: Omit<StatementRow, 'id'>): StatementRow {
  return db.insert(commissionStatements).values(row).returning().get();
}

/** Every frozen statement of a rep on a plan, keyed by the period's first day. */
export function frozenStatementsOfRep(db: Db, planId: number, repId: number): Map<string, StatementRow> {
  const rows = db
    .select({ statement: commissionStatements, firstDay: commissionPeriods.firstDay })
    .from(commissionStatements)
    .innerJoin(commissionPeriods, eq(commissionPeriods.id, commissionStatements.periodId))
    .where(and(eq(commissionPeriods.planId, planId), eq(commissionStatements.repId, repId)))
    .all();
  return new Map(rows.map((r) => [r.firstDay, r.statement]));
}

export function statementsOfPeriod(db: Db, periodId: number): StatementRow[] {
  return db.select().from(commissionStatements).where(eq(commissionStatements.periodId, periodId)).orderBy(asc(commissionStatements.repId)).all();
}

/** Reps with a frozen statement on the plan (they keep their history even if taken off it). */
export function repsWithFrozenStatements(db: Db, planId: number): number[] {
  return db
    .selectDistinct({ repId: commissionStatements.repId })
    .from(commissionStatements)
    .innerJoin(commissionPeriods, eq(commissionPeriods.id, commissionStatements.periodId))
    .where(eq(commissionPeriods.planId, planId))
    .all()
    .map((r) => r.repId);
}
