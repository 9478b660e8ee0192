import { and, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { notifications } from '../schema';

export type NotificationRow = typeof notifications.$inferSelect;

/** Adds a notification once per dedupe key; returns it, or undefined when it existed. */
export function insertNotificationOnce(db: Db, row: Omit<NotificationRow, 'id' | 'managerReadAt' | 'repReadAt'>): NotificationRow | undefined {
  return db.insert(notifications).values(row).onConflictDoNothing().returning().get();
}

/** Newest first; a rep's own feed when `repId` is given, everything for the manager. */
export function listNotificationRows(db: Db, opts: { repId?: number; limit: number; beforeId?: number }): NotificationRow[] {
  const conditions = [audienceOf(opts.repId)];
  if (opts.beforeId !== undefined) conditions.push(lt(notifications.id, opts.beforeId));
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.id))
    .limit(opts.limit)
    .all();
}

/** The rows in a feed: the manager's (audience manager or both), or one rep's own (rep or both). */
function audienceOf(repId: number | undefined) {
  if (repId === undefined) return inArray(notifications.audience, ['manager', 'both']);
  return and(eq(notifications.repId, repId), inArray(notifications.audience, ['rep', 'both']));
}

export function unreadCount(db: Db, opts: { repId?: number }): number {
  const where = and(audienceOf(opts.repId), opts.repId === undefined ? isNull(notifications.managerReadAt) : isNull(notifications.repReadAt));
  return db.select({ n: sql<number>`count(*)` }).from(notifications).where(where).get()?.n ?? 0;
}

export function markRead(db: Db, opts: { repId?: number; at: number }): number {
  if (opts.repId === undefined) {
    return db.update(notifications).set({ managerReadAt: opts.at }).where(and(audienceOf(undefined), isNull(notifications.managerReadAt))).run().changes;
  }
  return db
    .update(notifications)
    .set({ repReadAt: opts.at })
    .where(and(audienceOf(opts.repId), isNull(notifications.repReadAt)))
    .run().changes;
}

export function notificationsAfter(db: Db, id: number): NotificationRow[] {
  return db.select().from(notifications).where(gt(notifications.id, id)).orderBy(notifications.id).all();
}

export function lastNotificationId(db: Db): number {
  return db.select({ id: sql<number>`coalesce(max(${notifications.id}), 0)` }).from(notifications).get()?.id ?? 0;
}
