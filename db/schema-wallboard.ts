// The wallboard's tables: what each TV shows (its playlist of scenes and its own settings),
// how the office celebrates (rules, per-rep sounds) and how every board looks (branding).
// Re-exported by db/schema.ts so drizzle-kit sees one schema.
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { displays, reps } from './schema';

/** The scenes a display rotates through, in `position` order. */
export const displayScenes = sqliteTable(
  'display_scenes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    displayId: integer('display_id')
      .notNull()
      .references(() => displays.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** leaderboard | wins | contest | announcement | ... (contract `SCENE_KINDS`). */
    kind: text('kind').notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    /** The kind's own settings (JSON, validated by the contract's scene schemas). */
    settingsJson: text('settings_json').notNull().default('{}'),
  },
  (t) => [index('display_scenes_display').on(t.displayId, t.position)],
);

/** One row per display: how that TV behaves (names, sound, quiet hours). */
export const displaySettings = sqliteTable('display_settings', {
  displayId: integer('display_id')
    .primaryKey()
    .references(() => displays.id, { onDelete: 'cascade' }),
  /** How rep names appear on this TV: full | first_initial. */
  privacy: text('privacy').notNull().default('full'),
  celebrations: integer('celebrations', { mode: 'boolean' }).notNull().default(true),
  sound: integer('sound', { mode: 'boolean' }).notNull().default(true),
  /** 0..100 */
  volume: integer('volume').notNull().default(70),
  /** Local `HH:MM` in the workspace time zone; both null = no quiet hours. */
  quietFrom: text('quiet_from'),
  quietTo: text('quiet_to'),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Which events interrupt the boards with a full-screen celebration. An event celebrates
 * when a rule of its type is enabled and its amount (base currency) reaches the minimum;
 * of several matching rules, the one with the highest minimum picks the sound.
 */
export const celebrationRules = sqliteTable('celebration_rules', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  eventType: text('event_type').notNull(),
  minAmountMinor: integer('min_amount_minor').notNull().default(0),
  sound: text('sound').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
});

/** A rep's own celebration sound (their "walk-up song"), chosen over the rule's. */
export const repSounds = sqliteTable('rep_sounds', {
  repId: integer('rep_id')
    .primaryKey()
    .references(() => reps.id, { onDelete: 'cascade' }),
  sound: text('sound').notNull(),
});

/** One row (id = 1): the look of every board and the smaller celebrations. */
export const wallboardLook = sqliteTable('wallboard_look', {
  id: integer('id').primaryKey(),
  theme: text('theme').notNull().default('dark'),
  primaryColor: text('primary_color').notNull().default('#6f6bff'),
  accentColor: text('accent_color').notNull().default('#f5b400'),
  font: text('font').notNull().default('inter'),
  logo: blob('logo', { mode: 'buffer' }),
  logoType: text('logo_type'),
  /** Changes with every upload, so TVs fetch the new logo (`/wall/<token>/logo?v=`). */
  logoVersion: integer('logo_version').notNull().default(0),
  /** Level-ups and badge unlocks get a smaller celebration. */
  minorCelebrations: integer('minor_celebrations', { mode: 'boolean' }).notNull().default(true),
  minorSound: text('minor_sound').notNull().default('sparkle'),
  updatedAt: integer('updated_at').notNull(),
});
