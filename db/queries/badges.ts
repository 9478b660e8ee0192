import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { badgeAwards, badges, levelUps } from '../schema';
import { prepared } from './prepared';

export type BadgeRow = typeof badges.$inferSelect;
export type BadgeAwardRow = typeof badgeAwards.$inferSelect;
export type LevelUpRow = typeof levelUps.$inferSelect;

export function listBadgeRows(db: Db): BadgeRow[] {
  return db.select().from(badges).orderBy(asc(badges.position)).all();
}

export function findBadgeRow(db: Db, id: string): BadgeRow | undefined {
  return db.select().from(badges).where(eq(badges.id, id)).get();
}

/** Adds a badge unless it exists (the manager's tuning of an existing one is kept). */
export function insertBadgeIfMissing(db: Db, row: BadgeRow): void {
  db.insert(badges).values(row).onConflictDoNothing().run();
}

export function updateBadgeRow(db: Db, id: string, patch: Partial<Pick<BadgeRow, 'ruleJson' | 'enabled' | 'updatedAt'>>): BadgeRow | undefined {
  return db.update(badges).set(patch).where(eq(badges.id, id)).returning().get();
}

/** A rep's awards, withdrawn ones included (on every scored event: a prepared statement). */
export function awardsOfRep(db: Db, repId: number): BadgeAwardRow[] {
  return prepared(
    db,
    `SELECT id, badge_id AS badgeId, rep_id AS repId, event_id AS eventId, earned_at AS earnedAt, awarded_at AS awardedAt,
       withdrawn_at AS withdrawnAt, withdrawn_by_event_id AS withdrawnByEventId
     FROM badge_awards WHERE rep_id = ?`,
  ).all(repId) as BadgeAwardRow[];
}

/** The badges a rep was ever awarded, each with when it was withdrawn (null: held). Checked on every scored event. */
export function badgeStatesOfRep(db: Db, repId: number): Map<string, number | null> {
  const rows = prepared(db, 'SELECT badge_id, withdrawn_at FROM badge_awards WHERE rep_id = ?', 'raw').all(repId) as [string, number | null][];
  return new Map(rows);
}

/**
 * Awards a badge once: the unique (badge, rep) index makes a second award of the same badge
 * a no-op even when two deliveries race. Returns the new row, or undefined if it existed.
 */
export function insertAwardOnce(db: Db, row: Omit<BadgeAwardRow, 'id' | 'withdrawnAt' | 'withdrawnByEventId'>): BadgeAwardRow | undefined {
  return db.insert(badgeAwards).values(row).onConflictDoNothing().returning().get();
}

/** Gives a withdrawn badge back when the rep qualifies again (only if it is withdrawn). */
export function restoreAward(db: Db, badgeId: string, repId: number, patch: Pick<BadgeAwardRow, 'eventId' | 'earnedAt' | 'awardedAt'>): BadgeAwardRow | undefined {
  return db
    .update(badgeAwards)
    .set({ ...patch, withdrawnAt: null, withdrawnByEventId: null })
    .where(and(eq(badgeAwards.badgeId, badgeId), eq(badgeAwards.repId, repId), isNotNull(badgeAwards.withdrawnAt)))
    .returning()
    .get();
}

export function withdrawAward(db: Db, id: number, at: number, byEventId: number): BadgeAwardRow | undefined {
  return db
    .update(badgeAwards)
    .set({ withdrawnAt: at, withdrawnByEventId: byEventId })
    .where(and(eq(badgeAwards.id, id), isNull(badgeAwards.withdrawnAt)))
    .returning()
    .get();
}

/** Badges earned (and still held) in [start, end) by the earning event's instant, newest first. */
export function awardsEarnedBetween(db: Db, start: number, end: number, limit: number): BadgeAwardRow[] {
  return db
    .select()
    .from(badgeAwards)
    .where(and(gte(badgeAwards.earnedAt, start), lt(badgeAwards.earnedAt, end), isNull(badgeAwards.withdrawnAt)))
    .orderBy(desc(badgeAwards.earnedAt), desc(badgeAwards.id))
    .limit(limit)
    .all();
}

/** The most recently earned badge still held (of one rep, or anyone's). */
export function latestAward(db: Db, repId?: number): BadgeAwardRow | undefined {
  return db
    .select()
    .from(badgeAwards)
    .where(and(isNull(badgeAwards.withdrawnAt), repId === undefined ? undefined : eq(badgeAwards.repId, repId)))
    .orderBy(desc(badgeAwards.earnedAt), desc(badgeAwards.id))
    .limit(1)
    .get();
}

/** How many reps hold each badge. */
export function holderCounts(db: Db): Map<string, number> {
  const rows = db
    .select({ badgeId: badgeAwards.badgeId, n: sql<number>`count(*)` })
    .from(badgeAwards)
    .where(isNull(badgeAwards.withdrawnAt))
    .groupBy(badgeAwards.badgeId)
    .all();
  return new Map(rows.map((r) => [r.badgeId, r.n]));
}

/** A rep whose XP crosses many levels at once (history imported) records each: one statement, prepared once. */
export function insertLevelUpOnce(db: Db, row: Omit<LevelUpRow, 'id'>): LevelUpRow | undefined {
  const id = prepared(db, 'INSERT INTO level_ups (rep_id, level, reached_at, recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id', 'pluck').get(
    row.repId,
    row.level,
    row.reachedAt,
    row.recordedAt,
  ) as number | undefined;
  return id === undefined ? undefined : { id, ...row };
}

export function highestLevelRecorded(db: Db, repId: number): number {
  return prepared(db, 'SELECT coalesce(max(level), 1) AS level FROM level_ups WHERE rep_id = ?', 'pluck').get(repId) as number;
}

/** Levels reached in [start, end) by the instant of the event that reached them, newest first. */
export function levelUpsBetween(db: Db, start: number, end: number, limit: number): LevelUpRow[] {
  return db
    .select()
    .from(levelUps)
    .where(and(gte(levelUps.reachedAt, start), lt(levelUps.reachedAt, end)))
    .orderBy(desc(levelUps.reachedAt), desc(levelUps.id))
    .limit(limit)
    .all();
}
