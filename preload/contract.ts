// THE typed API between the manager UI and the app. Every procedure is declared here once
// (name, zod input, zod output); the Electron IPC adapter and the HTTP `/api/<name>` route
// are both generated from one handler map keyed by these names, so the two transports
// cannot drift. The renderer imports this file for its types only.
import { z } from 'zod';
import { EVENT_TYPES } from '../main/engine/event-types';
import { PERIOD_KINDS } from '../main/engine/period-kinds';
import { explanationSchema, progressSchema, scoringProcedures } from './contract-scoring';
import { deliverySchema, sourceProcedures } from './contract-sources';
import { localDaySchema, organisationProcedures, repScopeSchema } from './contract-organisation';
import { importProcedures, importProgressSchema } from './imports-contract';
import { commissionProcedures } from './commissions-contract';
import { gamificationProcedures } from './contract-gamification';
import { wallboardProcedures } from './contract-wallboard';

export { EVENT_TYPES, PERIOD_KINDS };
export * from './contract-scoring';
export * from './contract-sources';
export * from './contract-gamification';
export * from './contract-wallboard';

// ---------- results and errors ----------

export const ERROR_CODES = [
  'invalid_input',
  'invalid_json',
  'bad_signature',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'source_disabled',
  /** A settings change while the manager PIN lock is closed: unlock with the PIN first. */
  'locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

// ---------- shared shapes ----------

const isoWeekday = z.number().int().min(1).max(7);
export const LOCALES = ['en', 'pt-BR'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const periodKindSchema = z.enum(PERIOD_KINDS);
export type PeriodKindName = z.infer<typeof periodKindSchema>;

export const eventTypeSchema = z.enum(EVENT_TYPES);
export type EventTypeName = z.infer<typeof eventTypeSchema>;

export const TABLES = [
  'workspace',
  'reps',
  'teams',
  'repLinks',
  'sources',
  'events',
  'ledger',
  'rules',
  'displays',
  'deliveries',
  'identities',
  'held',
  'commissions',
  'groupings',
  'customers',
  'audit',
  'lock',
  'goals',
  'badges',
  'notifications',
  'game',
  'imports',
  'wallboard',
] as const;
export type TableName = (typeof TABLES)[number];

export const workspaceSchema = z.object({
  name: z.string(),
  timeZone: z.string(),
  weekStart: isoWeekday,
  baseCurrency: z.string(),
  locale: localeSchema,
  demo: z.boolean(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const repSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
  teamId: z.number().int().nullable(),
  createdAt: z.number(),
  startDate: z.string().nullable(),
  leftOn: z.string().nullable(),
  capacity: z.number().int().nullable(),
  avatarUrl: z.string().nullable(),
  groupingIds: z.array(z.number().int()),
});
export type Rep = z.infer<typeof repSchema>;

export const teamSchema = z.object({ id: z.number().int(), name: z.string(), memberCount: z.number().int() });
export type Team = z.infer<typeof teamSchema>;

export const repLinkSchema = z.object({
  id: z.number().int(),
  repId: z.number().int(),
  repName: z.string(),
  url: z.string(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type RepLink = z.infer<typeof repLinkSchema>;

export const ruleSchema = z.object({
  id: z.number().int(),
  eventType: eventTypeSchema,
  points: z.number().int(),
  pointsPerStep: z.number().int(),
  amountStepMinor: z.number().int(),
  enabled: z.boolean(),
});
export type Rule = z.infer<typeof ruleSchema>;

export const periodSchema = z.object({
  kind: periodKindSchema,
  start: z.number(),
  end: z.number(),
  firstDay: z.string(),
  lastDay: z.string(),
});
export type PeriodRange = z.infer<typeof periodSchema>;

export const leaderboardRowSchema = z.object({
  rank: z.number().int(),
  repId: z.number().int(),
  name: z.string(),
  points: z.number().int(),
  avatarUrl: z.string().nullable(),
  /** Places gained since the previous period (negative: lost); null when not ranked then. */
  movement: z.number().int().nullable().optional(),
});
export type LeaderboardRow = z.infer<typeof leaderboardRowSchema>;

export const leaderboardSchema = z.object({
  period: periodSchema,
  rows: z.array(leaderboardRowSchema),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;

export const eventViewSchema = z.object({
  id: z.number().int(),
  sourceId: z.string(),
  sourceName: z.string(),
  externalId: z.string(),
  type: eventTypeSchema,
  repId: z.number().int().nullable(),
  repName: z.string().nullable(),
  identity: z.string().nullable(),
  occurredAt: z.number(),
  receivedAt: z.number(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  customerName: z.string().nullable(),
  points: z.number().int(),
  explanations: z.array(z.object({ points: z.number().int(), explanation: explanationSchema })),
  /** Why an event moved no points although it would count: it repeats a counted fact, or waits. */
  note: z.enum(['already_counted', 'waits_for_rep', 'waits_for_original']).nullable(),
});
export type EventView = z.infer<typeof eventViewSchema>;

export const displaySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  token: z.string(),
  url: z.string(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type Display = z.infer<typeof displaySchema>;

export const screenSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  primary: z.boolean(),
  width: z.number().int(),
  height: z.number().int(),
});
export type ScreenInfo = z.infer<typeof screenSchema>;

/** How a source names a rep: an e-mail, the vendor's user id, or (CSV exports) the owner's name. */
export const identityKindSchema = z.enum(['email', 'external_id', 'name']);

export const identityMappingSchema = z.object({
  id: z.number().int(),
  sourceId: z.string(),
  sourceName: z.string(),
  kind: identityKindSchema,
  value: z.string(),
  repId: z.number().int(),
  repName: z.string(),
});
export type IdentityMapping = z.infer<typeof identityMappingSchema>;

export const unmappedIdentitySchema = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  kind: identityKindSchema.nullable(),
  value: z.string().nullable(),
  count: z.number().int(),
  firstAt: z.number(),
  lastAt: z.number(),
  sample: z.object({
    type: eventTypeSchema,
    occurredAt: z.number(),
    amountMinor: z.number().int().nullable(),
    currency: z.string().nullable(),
    customerName: z.string().nullable(),
  }),
});
export type UnmappedIdentity = z.infer<typeof unmappedIdentitySchema>;

// ---------- procedures ----------

const none = z.object({}).strict();
const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const procedures = {
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), baseUrl: z.string(), electron: z.boolean() }),
  },
  'workspace.get': { input: none, output: workspaceSchema },
  'workspace.update': {
    input: z
      .object({
        name: trimmed(80),
        timeZone: z.string(),
        weekStart: isoWeekday,
        baseCurrency: z.string().trim().length(3),
        locale: localeSchema,
      })
      .partial()
      .strict(),
    output: workspaceSchema,
  },
  'reps.list': { input: none, output: z.array(repSchema) },
  'reps.create': {
    input: z.object({ name: trimmed(80), email: z.email().trim().max(254).optional(), startDate: localDaySchema.optional() }).strict(),
    output: repSchema,
  },
  'reps.update': {
    input: z
      .object({
        id: z.number().int(),
        name: trimmed(80).optional(),
        email: z.email().trim().max(254).nullable().optional(),
        active: z.boolean().optional(),
        teamId: z.number().int().nullable().optional(),
        startDate: localDaySchema.nullable().optional(),
        capacity: z.number().int().min(0).max(100_000).nullable().optional(),
      })
      .strict(),
    output: repSchema,
  },
  'teams.list': { input: none, output: z.array(teamSchema) },
  'teams.create': { input: z.object({ name: trimmed(60) }).strict(), output: teamSchema },
  'teams.rename': { input: z.object({ id: z.number().int(), name: trimmed(60) }).strict(), output: teamSchema },
  'repLinks.list': { input: none, output: z.array(repLinkSchema) },
  'repLinks.create': { input: z.object({ repId: z.number().int() }).strict(), output: repLinkSchema },
  'repLinks.revoke': { input: z.object({ id: z.number().int() }).strict(), output: repLinkSchema },
  'identities.list': { input: z.object({ sourceId: z.string().optional() }).strict(), output: z.array(identityMappingSchema) },
  'identities.map': {
    input: z.object({ sourceId: z.string(), kind: identityKindSchema, value: z.string().trim().min(1).max(254), repId: z.number().int() }).strict(),
    output: z.object({ mapping: identityMappingSchema, scoredEvents: z.number().int() }),
  },
  'identities.unmap': { input: z.object({ id: z.number().int() }).strict(), output: z.object({ id: z.number().int() }) },
  'unmapped.list': { input: none, output: z.array(unmappedIdentitySchema) },
  'rules.list': { input: none, output: z.array(ruleSchema) },
  'rules.update': {
    input: z
      .object({
        id: z.number().int(),
        points: z.number().int().min(-100_000).max(100_000).optional(),
        pointsPerStep: z.number().int().min(0).max(100_000).optional(),
        amountStepMinor: z.number().int().min(1).optional(),
        enabled: z.boolean().optional(),
      })
      .strict(),
    output: ruleSchema,
  },
  'leaderboard.get': {
    input: z.object({ period: periodKindSchema, at: z.iso.datetime({ offset: true }).optional(), scope: repScopeSchema.optional() }).strict(),
    output: leaderboardSchema,
  },
  'events.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        beforeId: z.number().int().optional(),
        unmappedOnly: z.boolean().default(false),
        repId: z.number().int().optional(),
      })
      .strict(),
    output: z.object({ events: z.array(eventViewSchema), unmappedCount: z.number().int() }),
  },
  'displays.list': { input: none, output: z.array(displaySchema) },
  'displays.create': {
    input: z.object({ name: trimmed(80) }).strict(),
    output: z.object({ id: z.number().int(), token: z.string(), url: z.string() }),
  },
  'displays.revoke': { input: z.object({ id: z.number().int() }).strict(), output: displaySchema },
  'displays.openKiosk': {
    input: z.object({ id: z.number().int(), screenId: z.number().int().optional() }).strict(),
    output: z.object({ opened: z.literal(true) }),
  },
  'desktop.screens': { input: none, output: z.array(screenSchema) },
  ...sourceProcedures,
  ...scoringProcedures,
  ...importProcedures,
  ...commissionProcedures,
  ...organisationProcedures,
  ...gamificationProcedures,
  ...wallboardProcedures,
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller passes (defaults not yet applied). */
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(procedures, name);
}

// ---------- pushed events (app -> every open manager window) ----------

export const pushEventSchemas = {
  /** Rows of these tables changed: views showing them refresh. */
  changed: z.object({ tables: z.array(z.enum(TABLES)) }),
  /** A webhook delivery was logged (accepted, duplicate, held or rejected). */
  delivery: deliverySchema,
  /** A long task (recompute) moved on. */
  progress: progressSchema,
  /** A CSV import job moved on (rows read, pace, time left, or finished). */
  importProgress: importProgressSchema,
} as const;

export type PushEventName = keyof typeof pushEventSchemas;
export type PushEvent = {
  [K in PushEventName]: { name: K; payload: z.output<(typeof pushEventSchemas)[K]> };
}[PushEventName];

// The wallboard feed (`/wall/<token>/stream`) and its procedures: ./contract-wallboard.ts
export * from './contract-organisation';
