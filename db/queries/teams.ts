import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { reps, teams } from '../schema';

export type TeamRow = typeof teams.$inferSelect;

export function listTeamsWithCounts(db: Db): (TeamRow & { memberCount: number })[] {
  return db
    .select({ id: teams.id, name: teams.name, createdAt: teams.createdAt, memberCount: sql<number>`count(${reps.id})` })
    .from(teams)
    .leftJoin(reps, eq(reps.teamId, teams.id))
    .groupBy(teams.id)
    .orderBy(asc(teams.name))
    .all();
}

export function findTeam(db: Db, id: number): TeamRow | undefined {
  return db.select().from(teams).where(eq(teams.id, id)).get();
}

export function findTeamByName(db: Db, name: string): TeamRow | undefined {
  return db.select().from(teams).where(sql`lower(${teams.name}) = lower(${name})`).get();
}

export function insertTeam(db: Db, row: Omit<TeamRow, 'id'>): TeamRow {
  return db.insert(teams).values(row).returning().get();
}

export function renameTeamRow(db: Db, id: number, name: string): TeamRow | undefined {
  return db.update(teams).set({ name }).where(eq(teams.id, id)).returning().get();
}
