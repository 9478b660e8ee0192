import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { goals, groupings, repGroupings } from '../schema';

export type GroupingRow = typeof groupings.$inferSelect;

export function listGroupingsWithCounts(db: Db): (GroupingRow & { memberCount: number })[] {
  return db
    .select({
      id: groupings.id,
      kind: groupings.kind,
      name: groupings.name,
      regionsJson: groupings.regionsJson,
      createdAt: groupings.createdAt,
      memberCount: sql<number>`count(${repGroupings.repId})`,
    })
    .from(groupings)
    .leftJoin(repGroupings, eq(repGroupings.groupingId, groupings.id))
    .groupBy(groupings.id)
    .orderBy(asc(groupings.kind), asc(groupings.name))
    .all();
}

export function findGrouping(db: Db, id: number): GroupingRow | undefined {
  return db.select().from(groupings).where(eq(groupings.id, id)).get();
}

export function findGroupingByName(db: Db, kind: GroupingRow['kind'], name: string): GroupingRow | undefined {
  return db
    .select()
    .from(groupings)
    .where(and(eq(groupings.kind, kind), sql`lower(${groupings.name}) = lower(${name})`))
    .get();
}

export function insertGrouping(db: Db, row: Omit<GroupingRow, 'id'>): GroupingRow {
  return db.insert(groupings).values(row).returning().get();
}

export function updateGroupingRow(db: Db, id: number, patch: Partial<Omit<GroupingRow, 'id'>>): GroupingRow | undefined {
  return db.update(groupings).set(patch).where(eq(groupings.id, id)).returning().get();
}

export function goalCountOfGrouping(db: Db, id: number): number {
  return db.select({ id: goals.id }).from(goals).where(eq(goals.groupingId, id)).all().length;
}

/** Deletes a grouping with its memberships and its goals (their marks cascade). */
export function deleteGroupingRow(db: Db, id: number): GroupingRow | undefined {
  db.delete(goals).where(eq(goals.groupingId, id)).run();
  db.delete(repGroupings).where(eq(repGroupings.groupingId, id)).run();
  return db.delete(groupings).where(eq(groupings.id, id)).returning().get();
}

/** rep id -> grouping ids, for every rep with at least one grouping. */
export function groupingIdsByRep(db: Db): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const row of db.select().from(repGroupings).orderBy(asc(repGroupings.groupingId)).all()) {
    const list = map.get(row.repId) ?? [];
    list.push(row.groupingId);
    map.set(row.repId, list);
  }
  return map;
}

export function memberIdsOfGrouping(db: Db, groupingId: number): number[] {
  return db
    .select({ repId: repGroupings.repId })
    .from(repGroupings)
    .where(eq(repGroupings.groupingId, groupingId))
    .all()
    .map((r) => r.repId);
}

export function addMemberships(db: Db, repIds: readonly number[], groupingIds: readonly number[]): void {
  for (const repId of repIds) {
    for (const groupingId of groupingIds) db.insert(repGroupings).values({ repId, groupingId }).onConflictDoNothing().run();
  }
}

export function removeMemberships(db: Db, repIds: readonly number[], groupingIds: readonly number[]): void {
  if (repIds.length === 0 || groupingIds.length === 0) return;
  db.delete(repGroupings)
    .where(and(inArray(repGroupings.repId, [...repIds]), inArray(repGroupings.groupingId, [...groupingIds])))
    .run();
}

export function setMembershipsOfRep(db: Db, repId: number, groupingIds: readonly number[]): void {
  db.delete(repGroupings).where(eq(repGroupings.repId, repId)).run();
  addMemberships(db, [repId], groupingIds);
}
