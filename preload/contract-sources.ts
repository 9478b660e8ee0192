// The sources part of the contract: vendor kinds, their settings, the delivery log and its
// replay. Imported (and re-exported) by contract.ts; it must not import contract.ts back.
import { z } from 'zod';

/** Kinds of source with a webhook adapter in main/ingest (one module per vendor). */
export const SOURCE_KINDS = ['generic', 'stripe', 'hubspot', 'pipedrive', 'calendly', 'calcom', 'asaas'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

const secretText = z.string().trim().min(8, 'must be at least 8 characters').max(300, 'must be at most 300 characters');
const httpUrl = z
  .url({ message: 'must be a full URL such as https://example.com/…' })
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://');

/**
 * Vendor-specific settings; which apply depends on the kind (the service says what a kind
 * needs). `secret` is the signing secret, the app's client secret (HubSpot), the signing key
 * (Calendly) or the access token (Asaas); left out, Fanfare generates one where the vendor lets
 * the manager choose it (generic, Cal.com, Asaas, Pipedrive's Basic credentials).
 */
export const sourceSettingsInputSchema = z
  .object({
    secret: secretText,
    /** Stripe: a second signing secret accepted while the endpoint's secret is rolled. */
    previousSecret: secretText.nullable(),
    /** Pipedrive: the HTTP Basic credentials the webhook is created with. */
    username: z.string().trim().min(1).max(200).refine((u) => !u.includes(':'), 'must not contain ":"'),
    password: secretText,
    /** HubSpot: the private app's access token, to read the deal's amount and owner. */
    accessToken: secretText,
    /** HubSpot: the API base URL (a local stand-in in tests). */
    apiBaseUrl: httpUrl,
    /** HubSpot: the exact URL configured in HubSpot (the public or tunnel URL); it is part of the signature. */
    publicUrl: httpUrl.nullable(),
    /** HubSpot: the deal stage ids that mean "won" (custom pipelines use numbers). */
    wonStages: z.array(z.string().trim().min(1).max(100)).min(1, 'needs at least one stage id').max(50),
  })
  .partial()
  .strict();
export type SourceSettingsInput = z.infer<typeof sourceSettingsInputSchema>;

export const sourceSettingsSchema = z.object({
  previousSecret: z.string().nullable(),
  username: z.string().nullable(),
  password: z.string().nullable(),
  accessToken: z.string().nullable(),
  apiBaseUrl: z.string().nullable(),
  publicUrl: z.string().nullable(),
  wonStages: z.array(z.string()).nullable(),
});
export type SourceSettingsView = z.infer<typeof sourceSettingsSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  kind: sourceKindSchema,
  name: z.string(),
  enabled: z.boolean(),
  secret: z.string(),
  settings: sourceSettingsSchema,
  webhookUrl: z.string(),
  createdAt: z.number(),
  lastDeliveryAt: z.number().nullable(),
  deliveriesLastHour: z.number().int(),
  /** Deliveries per hour over the last 24 hours, oldest first (the last bucket is the current hour). */
  deliveriesByHour: z.array(z.number().int()).length(24),
  lastError: z.object({ at: z.number(), httpStatus: z.number().int(), reason: z.string() }).nullable(),
  /** Elements held for replay (e.g. a HubSpot deal that could not be fetched yet). */
  heldCount: z.number().int(),
  /** Events of this source waiting for their rep to be mapped. */
  unmappedCount: z.number().int(),
});
export type Source = z.infer<typeof sourceSchema>;

export const DELIVERY_OUTCOMES = ['accepted', 'duplicate', 'held', 'rejected'] as const;

/** What became of a delivery's elements (the UI words it in the manager's language). */
export const deliverySummarySchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  /** Stored, but their payment, deal or booking already counted. */
  alreadyCounted: z.number().int(),
  /** Stored, waiting in Unmapped for their rep. */
  waiting: z.number().int(),
  /** Kept for replay (their details could not be fetched), with the vendor's reason. */
  held: z.number().int(),
  heldReason: z.string().optional(),
  /** Genuine but moving no points, with the first reason. */
  ignored: z.number().int(),
  ignoredReason: z.string().optional(),
  /** A dry-run test delivery: nothing stored; what each event would have become. */
  test: z.array(z.object({ type: z.string(), rep: z.string().nullable(), identity: z.string().nullable(), points: z.number().int() })).optional(),
});
export type DeliverySummary = z.infer<typeof deliverySummarySchema>;
export const deliverySchema = z.object({
  id: z.number().int(),
  sourceId: z.string(),
  receivedAt: z.number(),
  outcome: z.enum(DELIVERY_OUTCOMES),
  httpStatus: z.number().int(),
  reason: z.string().nullable(),
  eventCount: z.number().int(),
  externalIds: z.array(z.string()),
  summary: deliverySummarySchema.nullable(),
  /** For a delivery with held elements: how many still wait, and the latest reason. */
  held: z.object({ pending: z.number().int(), resolved: z.number().int(), attempts: z.number().int(), reason: z.string() }).optional(),
});
export type Delivery = z.infer<typeof deliverySchema>;

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const sourceProcedures = {
  'sources.list': { input: z.object({}).strict(), output: z.array(sourceSchema) },
  'sources.create': {
    input: z.object({ kind: sourceKindSchema, name: trimmed(80), settings: sourceSettingsInputSchema.optional() }).strict(),
    output: z.object({ id: z.string(), secret: z.string(), webhookUrl: z.string() }),
  },
  'sources.update': {
    input: z.object({ id: z.string(), name: trimmed(80).optional(), enabled: z.boolean().optional(), settings: sourceSettingsInputSchema.optional() }).strict(),
    output: sourceSchema,
  },
  'sources.deliveries': {
    input: z.object({ sourceId: z.string(), limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(deliverySchema),
  },
  /** Interprets a held delivery's elements again (the vendor's API is back, a setting was fixed). */
  'sources.replay': {
    input: z.object({ deliveryId: z.number().int() }).strict(),
    output: z.object({ resolved: z.number().int(), stillHeld: z.number().int(), reason: z.string().nullable() }),
  },
  'sources.sendTestEvent': {
    input: z.object({ sourceId: z.string(), repId: z.number().int().optional() }).strict(),
    output: z.object({
      httpStatus: z.number().int(),
      body: z.unknown(),
      /** Vendor sources are tested with a dry run: nothing is stored, the answer says what would be. */
      dryRun: z.boolean(),
      checks: z.array(z.object({ name: z.enum(['delivery', 'api']), ok: z.boolean(), detail: z.string() })),
    }),
  },
} as const;
