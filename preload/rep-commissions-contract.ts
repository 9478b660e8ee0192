// The rep's own commission statements through their private link (spread into
// `repProcedures` in rep-contract.ts). The rep is bound from the link: every procedure here
// answers for that rep only.
import { z } from 'zod';
import { disputeViewSchema, periodRefSchema, statementViewSchema, whatIfSchema } from './commissions-contract';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-11-01');
const statementRef = { planId: z.number().int(), firstDay: day };

export const repCommissionProcedures = {
  'me.commissionPeriods': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        planId: z.number().int(),
        planName: z.string(),
        currency: z.string(),
        periods: z.array(periodRefSchema.extend({ current: z.boolean(), payoutMinor: z.number().int() })),
      }),
    ),
  },
  'me.commissionStatement': { input: z.object(statementRef).strict(), output: statementViewSchema },
  'me.statementPdf': { input: z.object(statementRef).strict(), output: z.object({ filename: z.string(), base64: z.string() }) },
  'me.flagLine': {
    input: z.object({ ...statementRef, lineKey: z.string().max(200), comment: z.string().max(1000) }).strict(),
    output: disputeViewSchema,
  },
  'me.commissionDisputes': { input: z.object({}).strict(), output: z.array(disputeViewSchema) },
  'me.whatIf': {
    input: z
      .object({
        planId: z.number().int(),
        amount: z.string().trim().max(40),
        currency: z.string().trim().toUpperCase().length(3),
        product: z.string().trim().max(200).optional(),
        customer: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: whatIfSchema,
  },
} as const;
