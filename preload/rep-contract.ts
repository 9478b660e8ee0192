// The rep-facing API: what a private rep link (`/me/<token>`) may call, under
// `POST /me/<token>/api/<name>`. The rep is always the link's rep, never an input, so one
// rep can only ever read their own private data.
import { z } from 'zod';
import { eventTypeSchema, explanationSchema, localeSchema, periodKindSchema, periodSchema } from './contract';
import { repCommissionProcedures } from './rep-commissions-contract';

const none = z.object({}).strict();

export const repLeaderboardRowSchema = z.object({
  rank: z.number().int(),
  name: z.string(),
  points: z.number().int(),
  isMe: z.boolean(),
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
});
export type RepHistoryLine = z.infer<typeof repHistoryLineSchema>;

export const repProcedures = {
  'me.profile': {
    input: none,
    output: z.object({
      name: z.string(),
      teamName: z.string().nullable(),
      workspace: z.object({ name: z.string(), locale: localeSchema, timeZone: z.string(), baseCurrency: z.string() }),
    }),
  },
  'me.leaderboard': {
    input: z.object({ period: periodKindSchema }).strict(),
    output: z.object({ period: periodSchema, rows: z.array(repLeaderboardRowSchema) }),
  },
  'me.history': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(repHistoryLineSchema),
  },
  ...repCommissionProcedures,
} as const;

export type RepProcedures = typeof repProcedures;
export type RepProcedureName = keyof RepProcedures;
export type RepProcedureInput<N extends RepProcedureName> = z.input<RepProcedures[N]['input']>;
export type RepParsedInput<N extends RepProcedureName> = z.output<RepProcedures[N]['input']>;
export type RepProcedureOutput<N extends RepProcedureName> = z.output<RepProcedures[N]['output']>;
