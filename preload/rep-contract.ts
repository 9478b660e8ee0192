// The rep-facing API: what a private rep link (`/me/<token>`) may call, under
// `POST /me/<token>/api/<name>`. The rep is always the link's rep, never an input, so one
// rep can only ever read their own private data.
import { z } from 'zod';
import { amountSchema, eventTypeSchema, explanationSchema, localeSchema, periodKindSchema, periodSchema } from './contract';
import { repCommissionProcedures } from './rep-commissions-contract';
import { levelSchema, NAME_PRIVACY_MODES } from './contract-gamification';
import { repGamificationProcedures } from './rep-contract-gamification';

const none = z.object({}).strict();

export const repLeaderboardRowSchema = z.object({
  rank: z.number().int(),
  /** As public screens show it (the privacy setting); the rep's own row in full. */
  name: z.string(),
  points: z.number().int(),
  isMe: z.boolean(),
  avatarUrl: z.string().nullable(),
  movement: z.number().int().nullable(),
});

export const repHistoryLineSchema = z.object({
  eventId: z.number().int(),
  occurredAt: z.number(),
  type: eventTypeSchema,
  points: z.number().int(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  customerName: z.string().nullable(),
  explanation: explanationSchema,
  /** The customer is in another rep's portfolio now: its name is not shown. */
  customerMoved: z.boolean(),
});
export type RepHistoryLine = z.infer<typeof repHistoryLineSchema>;

/** One of the rep's own customers (never another rep's, and never who had it before). */
export const repCustomerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  region: z.string().nullable(),
  /** When the customer became the rep's (0 = from its first event). */
  since: z.number(),
  /** A transfer away is scheduled for this instant. */
  leavingAt: z.number().nullable(),
  dealsWon: z.number().int(),
  wonAmounts: z.array(amountSchema),
  paidAmounts: z.array(amountSchema),
  lastActivityAt: z.number(),
  lastActivityType: eventTypeSchema.nullable(),
});
export type RepCustomer = z.infer<typeof repCustomerSchema>;

export const repProcedures = {
  'me.profile': {
    input: none,
    output: z.object({
      name: z.string(),
      avatarUrl: z.string().nullable(),
      teamName: z.string().nullable(),
      workspace: z.object({ name: z.string(), locale: localeSchema, timeZone: z.string(), baseCurrency: z.string() }),
      level: levelSchema,
      /** The rep's alias on public screens (opt-in) and whether the workspace shows aliases. */
      alias: z.string().nullable(),
      namePrivacy: z.enum(NAME_PRIVACY_MODES),
    }),
  },
  'me.leaderboard': {
    input: z.object({ period: periodKindSchema }).strict(),
    output: z.object({
      period: periodSchema,
      /** The public board (only the top N when the manager set one). */
      rows: z.array(repLeaderboardRowSchema),
      /** The rep's own row, also when it is below the public top N. */
      me: repLeaderboardRowSchema.nullable(),
      total: z.number().int(),
    }),
  },
  'me.history': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(repHistoryLineSchema),
  },
  'me.portfolio': {
    input: z.object({ search: z.string().trim().max(100).optional(), limit: z.number().int().min(1).max(500).default(200), offset: z.number().int().min(0).default(0) }).strict(),
    output: z.object({ total: z.number().int(), customers: z.array(repCustomerSchema) }),
  },
  'me.customer': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({
      customer: repCustomerSchema,
      events: z.array(
        z.object({
          id: z.number().int(),
          type: eventTypeSchema,
          occurredAt: z.number(),
          amountMinor: z.number().int().nullable(),
          currency: z.string().nullable(),
          /** The rep's own points from the event (0 when it scored for the customer's earlier owner). */
          points: z.number().int(),
        }),
      ),
    }),
  },
  ...repCommissionProcedures,
  ...repGamificationProcedures,
} as const;

export type RepProcedures = typeof repProcedures;
export type RepProcedureName = keyof RepProcedures;
export type RepProcedureInput<N extends RepProcedureName> = z.input<RepProcedures[N]['input']>;
export type RepParsedInput<N extends RepProcedureName> = z.output<RepProcedures[N]['input']>;
export type RepProcedureOutput<N extends RepProcedureName> = z.output<RepProcedures[N]['output']>;
