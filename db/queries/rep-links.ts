import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { repLinks } from '../schema';

export type RepLinkRow = typeof repLinks.$inferSelect;

export function listRepLinks(db: Db): RepLinkRow[] {
  return db.select().from(repLinks).orderBy(desc(repLinks.createdAt), desc(repLinks.id)).all();
}

export function findRepLink(db: Db, id: number): RepLinkRow | undefined {
  return db.select().from(repLinks).where(eq(repLinks.id, id)).get();
}

export function findRepLinkByToken(db: Db, token: string): RepLinkRow | undefined {
  return db.select().from(repLinks).where(eq(repLinks.token, token)).get();
}

export function insertRepLink(db: Db, row: Omit<RepLinkRow, 'id'>): RepLinkRow {
  return db.insert(repLinks).values(row).returning().get();
}

/** Revokes every active link of a rep (a new link replaces the old one). */
export function revokeLinksOfRep(db: Db, repId: number, at: number): void {
  db.update(repLinks).set({ revokedAt: at }).where(and(eq(repLinks.repId, repId), isNull(repLinks.revokedAt))).run();
}

export function revokeRepLinkRow(db: Db, id: number, at: number): RepLinkRow | undefined {
  return db.update(repLinks).set({ revokedAt: at }).where(and(eq(repLinks.id, id), isNull(repLinks.revokedAt))).returning().get();
}
