import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { celebrationRules, displayScenes, displaySettings, repSounds, wallboardLook } from '../schema';

export type SceneRow = typeof displayScenes.$inferSelect;
export type DisplaySettingsRow = typeof displaySettings.$inferSelect;
export type LookRow = typeof wallboardLook.$inferSelect;
export type CelebrationRuleRow = typeof celebrationRules.$inferSelect;

export function scenesOf(db: Db, displayId: number): SceneRow[] {
  return db.select().from(displayScenes).where(eq(displayScenes.displayId, displayId)).orderBy(asc(displayScenes.position), asc(displayScenes.id)).all();
}

/** Replaces a display's playlist (call inside a transaction). */
export function replaceScenes(db: Db, displayId: number, scenes: readonly { kind: string; durationSeconds: number; settingsJson: string }[]): SceneRow[] {
  db.delete(displayScenes).where(eq(displayScenes.displayId, displayId)).run();
  return scenes.map((scene, position) => db.insert(displayScenes).values({ displayId, position, ...scene }).returning().get());
}

export function settingsOf(db: Db, displayId: number): DisplaySettingsRow | undefined {
  return db.select().from(displaySettings).where(eq(displaySettings.displayId, displayId)).get();
}

export function upsertSettings(db: Db, row: DisplaySettingsRow): void {
  db.insert(displaySettings).values(row).onConflictDoUpdate({ target: displaySettings.displayId, set: row }).run();
}

/** The look row; created with its defaults if an older database lacks it. */
export function readLook(db: Db, now: number): LookRow {
  const row = db.select().from(wallboardLook).where(eq(wallboardLook.id, 1)).get();
  if (row) return row;
  return db.insert(wallboardLook).values({ id: 1, updatedAt: now }).returning().get();
}

export function updateLookRow(db: Db, patch: Partial<Omit<LookRow, 'id'>>): void {
  db.update(wallboardLook).set(patch).where(eq(wallboardLook.id, 1)).run();
}

export function listCelebrationRules(db: Db): CelebrationRuleRow[] {
  return db.select().from(celebrationRules).orderBy(asc(celebrationRules.eventType), asc(celebrationRules.minAmountMinor), asc(celebrationRules.id)).all();
}

export function replaceCelebrationRules(db: Db, rules: readonly Omit<CelebrationRuleRow, 'id'>[]): void {
  db.delete(celebrationRules).run();
  for (const rule of rules) db.insert(celebrationRules).values(rule).run();
}

export function listRepSounds(db: Db): { repId: number; sound: string }[] {
  return db.select().from(repSounds).orderBy(asc(repSounds.repId)).all();
}

export function replaceRepSounds(db: Db, rows: readonly { repId: number; sound: string }[]): void {
  db.delete(repSounds).run();
  for (const row of rows) db.insert(repSounds).values(row).run();
}
