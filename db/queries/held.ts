import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { heldItems } from '../schema';

export type HeldItemRow = typeof heldItems.$inferSelect;

/** Keeps a genuine element that could not become events yet; a redelivery of a held element is not held twice. */
export function insertHeldItem(db: Db, item: { sourceId: string; deliveryId: number; key: string; elementJson: string; reason: string; at: number }): void {
  db.insert(heldItems)
    .values({ sourceId: item.sourceId, deliveryId: item.deliveryId, key: item.key, elementJson: item.elementJson, reason: item.reason, createdAt: item.at, lastAttemptAt: item.at })
    .onConflictDoUpdate({
      target: [heldItems.sourceId, heldItems.key],
      set: { reason: item.reason, lastAttemptAt: item.at, attempts: sql`${heldItems.attempts} + 1` },
      where: isNull(heldItems.resolvedAt),
    })
    .run();
}

export function unresolvedHeldOfDelivery(db: Db, deliveryId: number): HeldItemRow[] {
  return db.select().from(heldItems).where(and(eq(heldItems.deliveryId, deliveryId), isNull(heldItems.resolvedAt))).orderBy(asc(heldItems.id)).all();
}

export function heldItemsOfDeliveries(db: Db, deliveryIds: readonly number[]): HeldItemRow[] {
  if (deliveryIds.length === 0) return [];
  return db.select().from(heldItems).where(inArray(heldItems.deliveryId, [...deliveryIds])).orderBy(asc(heldItems.id)).all();
}

/** Unresolved held items last tried before `before`, oldest first (for the automatic retry). */
export function heldItemsDue(db: Db, before: number, limit: number): HeldItemRow[] {
  return db
    .select()
    .from(heldItems)
    .where(and(isNull(heldItems.resolvedAt), lt(heldItems.lastAttemptAt, before)))
    .orderBy(asc(heldItems.lastAttemptAt))
    .limit(limit)
    .all();
}

export function countUnresolvedHeld(db: Db, sourceId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(heldItems).where(and(eq(heldItems.sourceId, sourceId), isNull(heldItems.resolvedAt))).get()?.n ?? 0;
}

export function markHeldResolved(db: Db, id: number, at: number): void {
  db.update(heldItems).set({ resolvedAt: at, lastAttemptAt: at }).where(eq(heldItems.id, id)).run();
}

export function markHeldRetried(db: Db, id: number, at: number, reason: string): void {
  db.update(heldItems)
    .set({ lastAttemptAt: at, reason, attempts: sql`${heldItems.attempts} + 1` })
    .where(eq(heldItems.id, id))
    .run();
}
