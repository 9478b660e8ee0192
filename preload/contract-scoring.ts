// The scoring part of the contract: explanations of ledger rows, the manager's rules beyond
// points per event type (exchange rates, products, focus factors), their version history,
// recompute and manual awards. Imported (and re-exported) by contract.ts; it must not import
// contract.ts back.
import { z } from 'zod';
import { EVENT_TYPES } from '../main/engine/event-types';

const eventType = z.enum(EVENT_TYPES);
const day = z.iso.date({ message: 'must be a date like 2026-12-01' });
const decimalText = (what: string) => z.string().trim().regex(/^\d{1,9}(\.\d{1,8})?$/, `must be a decimal number with a dot, like 5.4321 (${what})`);

const awardExplanation = z.object({
  kind: z.literal('award'),
  eventType,
  fixedPoints: z.number(),
  amountPoints: z
    .object({
      pointsPerStep: z.number(),
      stepMinor: z.number(),
      amountMinor: z.number(),
      currency: z.string(),
      points: z.number().optional(),
      converted: z.object({ baseMinor: z.number(), baseCurrency: z.string(), rate: z.string() }).optional(),
    })
    .optional(),
  amountSkipped: z.object({ currency: z.string(), reason: z.literal('no_rate') }).optional(),
  product: z
    .object({
      sku: z.string(),
      name: z.string(),
      quantity: z.number(),
      perUnit: z.number(),
      points: z.number(),
      from: z.enum(['product', 'group']),
      group: z.string().optional(),
    })
    .optional(),
  focus: z.array(z.object({ name: z.string(), factor: z.string() })).optional(),
  subtotal: z.number().optional(),
  customer: z.string().optional(),
  activityName: z.string().optional(),
  ruleVersion: z.number().optional(),
  viaTransfer: z.literal(true).optional(),
});
const manualExplanation = z.object({ kind: z.literal('manual'), reason: z.string() });
const reversalExplanation = z.object({
  kind: z.literal('reversal'),
  eventType,
  by: eventType.optional(),
  share: z.object({ amountMinor: z.number(), ofMinor: z.number(), currency: z.string() }).optional(),
  customer: z.string().optional(),
});

/** Why a ledger row has its points (mirrors main/engine/scoring/explanation.ts). */
export const explanationSchema = z.union([
  awardExplanation,
  manualExplanation,
  reversalExplanation,
  z.object({ kind: z.literal('transfer'), eventType, customer: z.string().optional() }),
  z.object({ kind: z.literal('undo'), batch: z.string() }),
  z.object({
    kind: z.literal('adjustment'),
    reason: z.literal('recompute'),
    before: z.number(),
    after: z.number(),
    ruleVersion: z.number(),
    now: z.union([awardExplanation, manualExplanation, reversalExplanation]).optional(),
  }),
]);
export type ExplanationView = z.infer<typeof explanationSchema>;

const ruleValues = z.object({ points: z.number(), pointsPerStep: z.number(), amountStepMinor: z.number(), enabled: z.boolean() });
const action = z.enum(['added', 'changed', 'removed']);

/** One change to the rule set, as data for the history ("deal won: 50 -> 60 points"). */
export const ruleChangeSchema = z.union([
  z.object({ kind: z.literal('rule'), eventType, before: ruleValues, after: ruleValues }),
  z.object({ kind: z.literal('rate'), action, currency: z.string(), rate: z.string(), validFrom: z.string().nullable(), baseCurrency: z.string() }),
  z.object({ kind: z.literal('group'), action, name: z.string(), points: z.number() }),
  z.object({ kind: z.literal('product'), action, sku: z.string(), name: z.string(), points: z.number().nullable() }),
  z.object({ kind: z.literal('focus'), action, name: z.string(), factor: z.string(), fromDay: z.string(), toDay: z.string() }),
]);
export type RuleChange = z.infer<typeof ruleChangeSchema>;

export const exchangeRateSchema = z.object({
  id: z.number().int(),
  currency: z.string(),
  baseCurrency: z.string(),
  rate: z.string(),
  validFrom: z.string().nullable(),
  /** False when it was entered for another base currency (it no longer applies). */
  applies: z.boolean(),
});
export type ExchangeRateView = z.infer<typeof exchangeRateSchema>;

export const productGroupSchema = z.object({ id: z.number().int(), name: z.string(), points: z.number().int(), productCount: z.number().int() });
export type ProductGroupView = z.infer<typeof productGroupSchema>;

export const productSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  name: z.string(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  points: z.number().int().nullable(),
  /** What a unit earns: its own points, else its group's. */
  effectivePoints: z.number().int(),
});
export type ProductView = z.infer<typeof productSchema>;

export const focusFactorSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  factor: z.string(),
  fromDay: z.string(),
  toDay: z.string(),
  eventType: eventType.nullable(),
  productId: z.number().int().nullable(),
  groupId: z.number().int().nullable(),
  enabled: z.boolean(),
});
export type FocusFactorView = z.infer<typeof focusFactorSchema>;

export const recomputePlanSchema = z.object({
  planId: z.string(),
  fromDay: z.string(),
  toDay: z.string(),
  ruleVersion: z.number().int(),
  events: z.number().int(),
  adjustments: z.number().int(),
  reps: z.array(z.object({ repId: z.number().int(), name: z.string(), before: z.number().int(), after: z.number().int() })),
});
export type RecomputePlan = z.infer<typeof recomputePlanSchema>;

const id = z.object({ id: z.number().int() }).strict();
const none = z.object({}).strict();
const points = z.number().int('must be a whole number').min(-100_000).max(100_000);

export const scoringProcedures = {
  'rules.history': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: z.object({ current: z.number().int(), versions: z.array(z.object({ id: z.number().int(), createdAt: z.number(), change: ruleChangeSchema })) }),
  },
  'rates.list': { input: none, output: z.array(exchangeRateSchema) },
  'rates.set': {
    input: z.object({ currency: z.string().trim().length(3, 'must be a 3-letter code like USD'), rate: decimalText('base currency per unit'), validFrom: day.nullable().default(null) }).strict(),
    output: exchangeRateSchema,
  },
  'rates.remove': { input: id, output: id },
  'catalog.list': { input: none, output: z.object({ groups: z.array(productGroupSchema), products: z.array(productSchema) }) },
  'catalog.saveGroup': {
    input: z.object({ id: z.number().int().optional(), name: z.string().trim().min(1).max(80), points: points.min(0) }).strict(),
    output: productGroupSchema,
  },
  'catalog.removeGroup': { input: id, output: id },
  'catalog.saveProduct': {
    input: z
      .object({
        id: z.number().int().optional(),
        sku: z.string().trim().min(1).max(200),
        name: z.string().trim().min(1).max(120),
        groupId: z.number().int().nullable().default(null),
        points: points.min(0).nullable().default(null),
      })
      .strict(),
    output: productSchema,
  },
  'catalog.removeProduct': { input: id, output: id },
  'focus.list': { input: none, output: z.array(focusFactorSchema) },
  'focus.save': {
    input: z
      .object({
        id: z.number().int().optional(),
        name: z.string().trim().min(1).max(80),
        factor: decimalText('the multiplier, e.g. 2 or 1.5'),
        fromDay: day,
        toDay: day,
        eventType: eventType.nullable().default(null),
        productId: z.number().int().nullable().default(null),
        groupId: z.number().int().nullable().default(null),
        enabled: z.boolean().default(true),
      })
      .strict(),
    output: focusFactorSchema,
  },
  'focus.remove': { input: id, output: id },
  /** Computes what recomputing [fromDay, toDay] under the current rules would change, per rep (progress is pushed). */
  'recompute.preview': { input: z.object({ fromDay: day, toDay: day }).strict(), output: recomputePlanSchema },
  /** Writes the previewed adjustments in one transaction; refuses if the numbers moved since the preview. */
  'recompute.apply': {
    input: z.object({ planId: z.string() }).strict(),
    output: z.object({ adjustments: z.number().int(), reps: recomputePlanSchema.shape.reps }),
  },
  /** Points given by the manager with a reason (soft skills), recorded as a `points.manual` event. */
  'awards.create': {
    input: z.object({ repId: z.number().int(), points: points.refine((p) => p !== 0, 'must not be 0'), reason: z.string().trim().min(1).max(500), day: day.optional() }).strict(),
    output: z.object({ eventId: z.number().int(), points: z.number().int() }),
  },
} as const;

/** Pushed while a long task runs (recompute): the manager UI draws a progress bar. */
export const progressSchema = z.object({ task: z.literal('recompute'), id: z.string(), phase: z.enum(['preview', 'apply']), done: z.number().int(), total: z.number().int() });
export type Progress = z.infer<typeof progressSchema>;
