import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../open';
import { gameSettings, kudos, repProfiles } from '../schema';
import { prepared } from './prepared';

export type GameSettingsRow = typeof gameSettings.$inferSelect;
export type RepProfileRow = typeof repProfiles.$inferSelect;
export type KudosRow = typeof kudos.$inferSelect;

export function readGameSettings(db: Db): GameSettingsRow | undefined {
  return db.select().from(gameSettings).where(eq(gameSettings.id, 1)).get();
}

export function insertGameSettings(db: Db, updatedAt: number): void {
  db.insert(gameSettings).values({ id: 1, updatedAt }).onConflictDoNothing().run();
}

export function updateGameSettingsRow(db: Db, patch: Partial<Omit<GameSettingsRow, 'id'>>): GameSettingsRow | undefined {
  return db.update(gameSettings).set(patch).where(eq(gameSettings.id, 1)).returning().get();
}

export function readRepProfile(db: Db, repId: number): RepProfileRow | undefined {
  return db.select().from(repProfiles).where(eq(repProfiles.repId, repId)).get();
}

export function listRepProfiles(db: Db): RepProfileRow[] {
  return db.select().from(repProfiles).all();
}

export function upsertRepProfile(db: Db, repId: number, patch: Partial<Omit<RepProfileRow, 'repId'>>): RepProfileRow {
  return db
    .insert(repProfiles)
    .values({ repId, alias: null, defaultGoalsAt: null, ...patch })
    .onConflictDoUpdate({ target: repProfiles.repId, set: patch })
    .returning()
    .get();
}

export function insertKudos(db: Db, row: Omit<KudosRow, 'id'>): KudosRow {
  return db.insert(kudos).values(row).returning().get();
}

/** Kudos given in [start, end), newest first. */
export function kudosBetween(db: Db, start: number, end: number, limit: number): KudosRow[] {
  return db
    .select()
    .from(kudos)
    .where(and(gte(kudos.givenAt, start), lt(kudos.givenAt, end)))
    .orderBy(desc(kudos.givenAt), desc(kudos.id))
    .limit(limit)
    .all();
}

/**
 * The game's configuration as one string (settings row and every badge's rule and switch),
 * read with a prepared statement: scoring compares it to reuse what it parsed last time.
 */
export function gameFingerprint(db: Db): string {
  const row = prepared(
    db,
    `SELECT (SELECT json_array(tie_break, name_privacy, public_top_n, refund_badges, level_base_xp, rest_days_json, desktop_notify) FROM game_settings WHERE id = 1)
       || (SELECT group_concat(id || enabled || rule_json, '|') FROM (SELECT * FROM badges ORDER BY position)) AS f`,
  ).get() as { f: string | null };
  return row.f ?? '';
}
