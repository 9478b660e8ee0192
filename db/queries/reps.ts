import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { repIdentities, reps } from '../schema';

export type RepRow = typeof reps.$inferSelect;

export function listReps(db: Db): RepRow[] {
  return db.select().from(reps).orderBy(asc(reps.name), asc(reps.id)).all();
}

export function findRep(db: Db, id: number): RepRow | undefined {
  return db.select().from(reps).where(eq(reps.id, id)).get();
}

export function findRepByEmail(db: Db, email: string): RepRow | undefined {
  return db.select().from(reps).where(eq(reps.email, email)).get();
}

export function insertRep(db: Db, row: Omit<typeof reps.$inferInsert, 'id'>): RepRow {
  return db.insert(reps).values(row).returning().get();
}

export function updateRepRow(db: Db, id: number, patch: Partial<Omit<RepRow, 'id'>>): RepRow | undefined {
  return db.update(reps).set(patch).where(eq(reps.id, id)).returning().get();
}

/** The rep a source's identity is mapped to, if the manager (or auto-match) mapped it. */
export function findMappedRepId(db: Db, sourceId: string, kind: 'email' | 'external_id' | 'name', value: string): number | undefined {
  return db
    .select({ repId: repIdentities.repId })
    .from(repIdentities)
    .where(and(eq(repIdentities.sourceId, sourceId), eq(repIdentities.kind, kind), eq(repIdentities.value, value)))
    .get()?.repId;
}

export type IdentityRow = typeof repIdentities.$inferSelect;

export function listIdentities(db: Db, sourceId?: string): IdentityRow[] {
  return db
    .select()
    .from(repIdentities)
    .where(sourceId === undefined ? undefined : eq(repIdentities.sourceId, sourceId))
    .orderBy(asc(repIdentities.sourceId), asc(repIdentities.value))
    .all();
}

/** Maps a source's identity to a rep, replacing an earlier mapping of the same identity. */
export function upsertIdentity(db: Db, row: Omit<IdentityRow, 'id'>): IdentityRow {
  return db
    .insert(repIdentities)
    .values(row)
    .onConflictDoUpdate({ target: [repIdentities.sourceId, repIdentities.kind, repIdentities.value], set: { repId: row.repId, createdAt: row.createdAt } })
    .returning()
    .get();
}

export function deleteIdentity(db: Db, id: number): IdentityRow | undefined {
  return db.delete(repIdentities).where(eq(repIdentities.id, id)).returning().get();
}
