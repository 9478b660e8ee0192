// The wallboard's part of the typed API: scenes and playlists, display settings, the look
// (branding), celebrations, and the snapshot and celebration messages a TV receives on
// `/wall/<token>/stream`. Spread into `procedures` by contract.ts; imports nothing of it, so
// the two files never import each other.
import { z } from 'zod';
import { recognitionSchema } from './contract-gamification';
import { EVENT_TYPES } from '../main/engine/event-types';
import { PERIOD_KINDS } from '../main/engine/period-kinds';
import { SOUND_IDS } from '../main/engine/wallboard/sounds';

export { SOUND_IDS };
export type SoundId = (typeof SOUND_IDS)[number];
export const soundSchema = z.enum(SOUND_IDS);

const eventType = z.enum(EVENT_TYPES);
const periodKind = z.enum(PERIOD_KINDS);
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #6f6bff');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 19:30');
const text = (max: number) => z.string().trim().max(max);

// ---------- scenes ----------

/** Scenes a playlist can hold today. */
export const SCENE_KINDS = ['leaderboard', 'teams', 'wins', 'contest', 'announcement'] as const;
export type SceneKind = (typeof SCENE_KINDS)[number];

/** What a ranking counts: points, revenue (won deals, base currency), deals won, or events of a type. */
export const METRICS = ['points', 'revenue', 'deals_won', 'event_count'] as const;
export type Metric = (typeof METRICS)[number];
export const wallMetricSchema = z.enum(METRICS);

export const PRIVACY_MODES = ['full', 'first_initial'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

export const THEMES = ['dark', 'light'] as const;
export const FONTS = ['inter', 'nunito', 'montserrat', 'roboto-slab'] as const;
export type FontId = (typeof FONTS)[number];

export const SCENE_DURATION = { min: 5, max: 600 } as const;
export const MAX_SCENES = 20;

const metricFields = {
  metric: wallMetricSchema,
  /** Required when `metric` is `event_count`. */
  eventType: eventType.optional(),
};

export const leaderboardSettingsSchema = z.object({
  period: periodKind,
  ...metricFields,
  /** Rows shown: the top N only, so the bottom of the board is never public. */
  limit: z.number().int().min(3).max(10).default(10),
  title: text(60).optional(),
  /** Only this team's reps (a TV per team); all reps when absent. */
  teamId: z.number().int().optional(),
});
export const teamsSettingsSchema = z.object({
  period: periodKind,
  ...metricFields,
  title: text(60).optional(),
});
export const winsSettingsSchema = z.object({
  limit: z.number().int().min(3).max(8).default(6),
  showCustomer: z.boolean().default(true),
});
export const contestSettingsSchema = z.object({
  title: text(60).min(1),
  prize: text(80).optional(),
  ...metricFields,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  limit: z.number().int().min(3).max(8).default(5),
});
export const ANNOUNCEMENT_TONES = ['info', 'celebrate', 'urgent'] as const;
export const announcementSettingsSchema = z.object({
  title: text(80).min(1),
  message: text(280).default(''),
  tone: z.enum(ANNOUNCEMENT_TONES).default('info'),
});

const duration = z.number().int().min(SCENE_DURATION.min).max(SCENE_DURATION.max);

/** A scene as the editor sends it (the playlist is saved whole, in order). */
export const sceneInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('leaderboard'), durationSeconds: duration, settings: leaderboardSettingsSchema }),
  z.object({ kind: z.literal('teams'), durationSeconds: duration, settings: teamsSettingsSchema }),
  z.object({ kind: z.literal('wins'), durationSeconds: duration, settings: winsSettingsSchema }),
  z.object({ kind: z.literal('contest'), durationSeconds: duration, settings: contestSettingsSchema }),
  z.object({ kind: z.literal('announcement'), durationSeconds: duration, settings: announcementSettingsSchema }),
]);
export type SceneInput = z.input<typeof sceneInputSchema>;
export type SceneConfig = z.output<typeof sceneInputSchema>;
export type SceneSettingsOf<K extends SceneKind> = Extract<SceneConfig, { kind: K }>['settings'];

export const sceneSchema = z.intersection(z.object({ id: z.number().int() }), sceneInputSchema);
export type Scene = z.output<typeof sceneSchema>;

// ---------- display settings and look ----------

export const displaySettingsSchema = z.object({
  privacy: z.enum(PRIVACY_MODES),
  celebrations: z.boolean(),
  sound: z.boolean(),
  volume: z.number().int().min(0).max(100),
  /** Celebrations stay silent between these local times (workspace time zone). */
  quietHours: z.object({ from: localTime, to: localTime }).nullable(),
});
export type DisplaySettings = z.infer<typeof displaySettingsSchema>;

export const lookSchema = z.object({
  theme: z.enum(THEMES),
  primaryColor: hexColor,
  accentColor: hexColor,
  font: z.enum(FONTS),
  minorCelebrations: z.boolean(),
  minorSound: soundSchema,
});
export type Look = z.infer<typeof lookSchema>;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
export const MAX_LOGO_BYTES = 512 * 1024;

export const celebrationRuleSchema = z.object({
  eventType,
  /** Base-currency minor units; 0 celebrates every event of the type. */
  minAmountMinor: z.number().int().min(0),
  sound: soundSchema,
  enabled: z.boolean(),
});
export type CelebrationRule = z.infer<typeof celebrationRuleSchema>;

export const celebrationSettingsSchema = z.object({
  rules: z.array(celebrationRuleSchema).max(30),
  repSounds: z.array(z.object({ repId: z.number().int(), sound: soundSchema })).max(1000),
});
export type CelebrationSettings = z.infer<typeof celebrationSettingsSchema>;

// ---------- what a TV receives ----------

/** `avatarUrl`: the rep's uploaded picture (an unguessable /avatars/ path), or null for initials. */
const rankedRow = z.object({ rank: z.number().int(), repId: z.number().int(), name: z.string(), value: z.number().int(), avatarUrl: z.string().nullable() });
export type RankedRow = z.infer<typeof rankedRow>;
/** How a scene's numbers read: points, money (minor units of `currency`) or a count. */
export const unitSchema = z.enum(['points', 'money', 'count']);
export type Unit = z.infer<typeof unitSchema>;

const periodView = z.object({ kind: periodKind, start: z.number(), end: z.number(), firstDay: z.string(), lastDay: z.string() });

export const winItemSchema = z.object({
  eventId: z.number().int(),
  repId: z.number().int(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  type: eventType,
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  customer: z.string().nullable(),
  points: z.number().int(),
  occurredAt: z.number(),
});
export type WinItem = z.infer<typeof winItemSchema>;

export const teamTotalSchema = z.object({
  teamId: z.number().int(),
  name: z.string(),
  members: z.number().int(),
  value: z.number().int(),
  /** The team's goal for the period in the same unit, when one is set (null: bars compare teams). */
  goal: z.number().int().nullable(),
});
export type TeamTotal = z.infer<typeof teamTotalSchema>;

const base = { id: z.number().int(), durationSeconds: z.number().int() };
export const sceneViewSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('leaderboard'), settings: leaderboardSettingsSchema, period: periodView, unit: unitSchema, currency: z.string(), rows: z.array(rankedRow) }),
  z.object({ ...base, kind: z.literal('teams'), settings: teamsSettingsSchema, period: periodView, unit: unitSchema, currency: z.string(), teams: z.array(teamTotalSchema) }),
  z.object({ ...base, kind: z.literal('wins'), settings: winsSettingsSchema, items: z.array(winItemSchema) }),
  z.object({ ...base, kind: z.literal('contest'), settings: contestSettingsSchema, unit: unitSchema, currency: z.string(), rows: z.array(rankedRow) }),
  z.object({ ...base, kind: z.literal('announcement'), settings: announcementSettingsSchema }),
]);
export type SceneView = z.infer<typeof sceneViewSchema>;

export const wallboardSnapshotSchema = z.object({
  display: z.object({ id: z.number().int(), name: z.string() }),
  workspace: z.object({ name: z.string(), locale: z.enum(['en', 'pt-BR']), timeZone: z.string(), demo: z.boolean(), baseCurrency: z.string() }),
  look: lookSchema.extend({ logoUrl: z.string().nullable() }),
  scenes: z.array(sceneViewSchema),
  /** Today's badges, level-ups and kudos, newest first (names as the privacy settings allow), along the bottom of every scene. */
  recognition: z.array(recognitionSchema),
  /** Server clock when the snapshot was made: countdowns and "5 min ago" use it, not the TV's clock. */
  generatedAt: z.number(),
});
export type WallboardSnapshot = z.infer<typeof wallboardSnapshotSchema>;

/** A full-screen moment on the TV: a big win (major) or a level-up / badge (minor). */
export const celebrationSchema = z.object({
  /** Unique per moment (`event:<id>`, `test:<n>`, ...): a TV never plays one twice. */
  id: z.string(),
  size: z.enum(['major', 'minor']),
  kind: z.enum(['win', 'test']),
  repId: z.number().int().nullable(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  eventType: eventType.nullable(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  points: z.number().int(),
  customer: z.string().nullable(),
  /** The sound to play, or null (display muted, quiet hours, or the rule says none). */
  sound: soundSchema.nullable(),
  volume: z.number().min(0).max(1),
  at: z.number(),
});
export type Celebration = z.infer<typeof celebrationSchema>;

// ---------- procedures ----------

const displayId = z.object({ displayId: z.number().int() }).strict();
const autostartSchema = z.object({ available: z.boolean(), displayId: z.number().int().nullable(), screenId: z.number().int().nullable() });
export type Autostart = z.infer<typeof autostartSchema>;

export const wallboardProcedures = {
  'wallboard.getDisplay': {
    input: displayId,
    output: z.object({
      id: z.number().int(),
      name: z.string(),
      url: z.string(),
      revoked: z.boolean(),
      /** TVs showing this display right now. */
      viewers: z.number().int(),
      settings: displaySettingsSchema,
      scenes: z.array(sceneSchema),
    }),
  },
  'wallboard.savePlaylist': {
    input: z.object({ displayId: z.number().int(), scenes: z.array(sceneInputSchema).min(1).max(MAX_SCENES) }).strict(),
    output: z.array(sceneSchema),
  },
  'wallboard.updateDisplay': {
    input: z.object({ displayId: z.number().int(), name: text(80).min(1).optional(), settings: displaySettingsSchema.partial().optional() }).strict(),
    output: displaySettingsSchema,
  },
  /** What the display would show with these (unsaved) scenes: the editor's live preview. */
  'wallboard.preview': {
    input: z.object({ displayId: z.number().int(), scenes: z.array(sceneInputSchema).max(MAX_SCENES), privacy: z.enum(PRIVACY_MODES).optional() }).strict(),
    output: wallboardSnapshotSchema,
  },
  'wallboard.getLook': { input: z.object({}).strict(), output: lookSchema.extend({ logoDataUrl: z.string().nullable() }) },
  'wallboard.updateLook': {
    input: lookSchema
      .partial()
      .extend({
        /** A new logo (base64 of the file), or null to remove it. */
        logo: z.object({ type: z.enum(LOGO_TYPES), base64: z.string().max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 4) }).nullable().optional(),
      })
      .strict(),
    output: lookSchema.extend({ logoDataUrl: z.string().nullable() }),
  },
  'wallboard.getCelebrations': { input: z.object({}).strict(), output: celebrationSettingsSchema },
  'wallboard.saveCelebrations': { input: celebrationSettingsSchema.strict(), output: celebrationSettingsSchema },
  /** Plays a test celebration on every TV showing the display (sound and layout check). */
  'wallboard.testCelebration': {
    input: z.object({ displayId: z.number().int(), repId: z.number().int().optional() }).strict(),
    /** `celebration`: what the TVs play (the editor's preview plays it too). */
    output: z.object({ viewers: z.number().int(), celebration: celebrationSchema }),
  },
  /** Desktop app only: open this display full screen on a screen whenever the computer starts. */
  /** Desktop app only: open this display full screen on a screen whenever the computer starts. */
  'wallboard.getAutostart': { input: z.object({}).strict(), output: autostartSchema },
  'wallboard.setAutostart': {
    input: z.object({ displayId: z.number().int().nullable(), screenId: z.number().int().nullable() }).strict(),
    output: autostartSchema,
  },
} as const;
