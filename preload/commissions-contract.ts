// The commission part of the typed API (spread into `procedures` in contract.ts). Shapes
// mirror main/engine/commissions (plan.ts, statement-types.ts); the `satisfies` checks at the
// bottom make the compiler fail if the two ever drift.
import { z } from 'zod';
import { EVENT_TYPES } from '../main/engine/event-types';
import {
  BOUNDARY_RULES,
  CLAWBACK_MODES,
  COMMISSION_PERIOD_KINDS,
  CREDIT_ON,
  CREDIT_ROLES,
  DRAW_KINDS,
  GATE_COMPARISONS,
  METRICS,
  SPIF_PAYOUTS,
  TIER_BASES,
  TIER_MEASURES,
  TIER_MODES,
  type Assignment,
  type CommissionPlan,
} from '../main/engine/commissions/plan';
import type { LineTrace } from '../main/engine/commissions/statement-types';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const decimalText = z.string().trim().max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-11-01');
const minorAmount = z.number().int();
const rationalText = z.string().regex(/^-?\d+(\/\d+)?$/);

export const tierSchema = z.object({ from: decimalText, rate: decimalText });
export const planComponentSchema = z.object({
  id: z.string().trim().max(40),
  name: text(80),
  metric: z.enum(METRICS),
  products: z.array(text(200)).max(200),
  payout: z.discriminatedUnion('kind', [z.object({ kind: z.literal('percent_of_amount') }), z.object({ kind: z.literal('target_incentive'), weightPercent: decimalText })]),
  table: z.object({
    measure: z.enum(TIER_MEASURES),
    mode: z.enum(TIER_MODES),
    basis: z.enum(TIER_BASES),
    boundary: z.enum(BOUNDARY_RULES),
    tiers: z.array(tierSchema).min(1).max(20),
  }),
  cap: z.discriminatedUnion('kind', [z.object({ kind: z.literal('amount'), amountMinor: minorAmount }), z.object({ kind: z.literal('percent_of_target'), percent: decimalText })]).nullable(),
  gate: z.object({ componentId: z.string(), comparison: z.enum(GATE_COMPARISONS), attainmentPercent: decimalText }).nullable(),
});
export const spifSchema = z.object({
  id: z.string().trim().max(40),
  name: text(80),
  eventType: z.enum(EVENT_TYPES),
  products: z.array(text(200)).max(200),
  firstDay: day,
  lastDay: day,
  amountMinor: minorAmount,
  payout: z.enum(SPIF_PAYOUTS),
  minQuantity: z.number().int(),
});
export const commissionPlanSchema = z.object({
  name: text(80),
  currency: z.string().trim().toUpperCase().length(3),
  periodKind: z.enum(COMMISSION_PERIOD_KINDS),
  creditOn: z.enum(CREDIT_ON),
  creditRoles: z.enum(CREDIT_ROLES),
  fxRates: z.array(z.object({ currency: z.string().trim().toUpperCase().length(3), rate: decimalText })).max(50),
  components: z.array(planComponentSchema).max(10),
  spifs: z.array(spifSchema).max(30),
  clawback: z.object({ windowDays: z.number().int(), mode: z.enum(CLAWBACK_MODES), termDays: z.number().int().nullable() }).nullable(),
});
export const assignmentSchema = z.object({
  startDay: day,
  endDay: day.nullable(),
  quotas: z.array(z.object({ componentId: z.string(), quota: decimalText })).max(10),
  targetIncentiveMinor: minorAmount.nullable(),
  ramp: z.array(decimalText).max(24),
  leaves: z.array(z.object({ firstDay: day, lastDay: day })).max(50),
  draw: z.object({ kind: z.enum(DRAW_KINDS), amountMinor: minorAmount, periods: z.number().int().nullable() }).nullable(),
});

export type CommissionPlanInput = z.infer<typeof commissionPlanSchema>;
export type AssignmentInput = z.infer<typeof assignmentSchema>;

export const planViewSchema = z.object({
  id: z.number().int(),
  plan: commissionPlanSchema,
  archived: z.boolean(),
  assignedReps: z.number().int(),
  lockedPeriods: z.number().int(),
  updatedAt: z.number(),
});
export type PlanView = z.infer<typeof planViewSchema>;

export const assignmentViewSchema = z.object({
  planId: z.number().int(),
  repId: z.number().int(),
  repName: z.string(),
  terms: assignmentSchema,
  /** What keeps this rep's statements from being computed under the current plan (e.g. a missing quota). */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

// ---------- statements ----------

export const eventRefSchema = z.object({
  eventId: z.number().int(),
  externalId: z.string(),
  type: z.enum(EVENT_TYPES),
  day,
  at: z.number(),
  customer: z.string().nullable(),
  product: z.string().nullable(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
});
const shareSchema = z.object({ percent: z.string(), role: z.string(), overlay: z.boolean(), split: z.boolean() });

const baseTraces = [
  z.object({
    kind: z.literal('commission'),
    componentId: z.string(),
    componentName: z.string(),
    metric: z.enum(METRICS),
    event: eventRefSchema,
    share: shareSchema,
    conversion: z.object({ fromMinor: z.number().int(), fromCurrency: z.string(), rate: z.string() }).nullable(),
    base: rationalText,
    credited: rationalText,
    tier: z.number().int(),
    tierCount: z.number().int(),
    rate: z.string(),
    payout: z.enum(['percent_of_amount', 'target_incentive']),
    baseRate: rationalText.nullable(),
    reachedBy: z.enum(['transaction', 'running_total', 'period_total']),
  }),
  z.object({ kind: z.literal('cap'), componentId: z.string(), componentName: z.string(), computed: rationalText, cap: rationalText }),
  z.object({ kind: z.literal('gate'), componentId: z.string(), componentName: z.string(), gateComponentName: z.string(), attainmentPercent: rationalText, thresholdPercent: z.string(), comparison: z.enum(GATE_COMPARISONS) }),
  z.object({ kind: z.literal('spif'), spifId: z.string(), name: z.string(), payout: z.enum(SPIF_PAYOUTS), amountMinor: z.number().int(), minQuantity: z.number().int(), qualifying: z.number().int(), events: z.array(eventRefSchema), share: shareSchema.nullable() }),
  z.object({
    kind: z.literal('clawback'),
    original: eventRefSchema,
    reversal: eventRefSchema,
    share: shareSchema,
    paid: rationalText,
    fraction: rationalText,
    daysAfter: z.number().int(),
    windowDays: z.number().int(),
    prorate: z.object({ unusedDays: z.number().int(), termDays: z.number().int() }).nullable(),
    outsideWindow: z.boolean(),
  }),
  z.object({ kind: z.literal('adjustment'), adjustmentId: z.number().int(), reason: z.string(), disputeId: z.number().int().nullable(), enteredAt: z.number() }),
  z.object({ kind: z.literal('carry_in'), fromFirstDay: z.string().nullable(), fromLastDay: z.string().nullable() }),
  z.object({ kind: z.literal('draw_top_up'), drawKind: z.enum(DRAW_KINDS), drawAmount: rationalText, earned: rationalText }),
  z.object({ kind: z.literal('draw_recovery'), outstandingBefore: z.number().int(), recoverable: rationalText }),
] as const;
const correctableTrace = z.discriminatedUnion('kind', baseTraces);
export const lineTraceSchema = z.discriminatedUnion('kind', [
  ...baseTraces,
  z.object({ kind: z.literal('correction'), periodFirstDay: day, periodLastDay: day, of: correctableTrace, was: rationalText, now: rationalText }),
]);

export const LINE_SECTIONS = ['carry', 'commission', 'spif', 'clawback', 'correction', 'adjustment', 'draw'] as const;
export const statementLineSchema = z.object({
  key: z.string(),
  section: z.enum(LINE_SECTIONS),
  amount: rationalText,
  /** The amount rounded half-up to minor units, for display; `exact` says whether that is the exact value. */
  amountMinor: z.number().int(),
  exact: z.boolean(),
  /** The line in words, with its arithmetic, in the workspace language. */
  description: z.string(),
  trace: lineTraceSchema,
  dispute: z.object({ id: z.number().int(), status: z.enum(['open', 'adjusted', 'rejected']) }).nullable(),
});
export type StatementLineView = z.infer<typeof statementLineSchema>;

const totalsSchema = z.object({
  carryIn: rationalText,
  commission: rationalText,
  spifs: rationalText,
  clawbacks: rationalText,
  corrections: rationalText,
  adjustments: rationalText,
  earned: rationalText,
  drawTopUp: rationalText,
  drawRecovery: rationalText,
  total: rationalText,
  payoutMinor: z.number().int(),
  carryOutMinor: z.number().int(),
  drawOutstandingMinor: z.number().int(),
});
const componentResultSchema = z.object({
  componentId: z.string(),
  name: z.string(),
  metric: z.enum(METRICS),
  credited: rationalText,
  quota: rationalText.nullable(),
  attainmentPercent: rationalText.nullable(),
  computed: rationalText,
  paid: rationalText,
});
export const warningSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('no_fx_rate'), eventId: z.number().int(), currency: z.string() }),
  z.object({ kind: z.literal('no_quota'), componentId: z.string() }),
  z.object({ kind: z.literal('no_target_incentive'), componentId: z.string() }),
]);
export const periodRefSchema = z.object({ firstDay: day, lastDay: day, status: z.enum(['open', 'locked']), lockedAt: z.number().nullable() });

export const statementViewSchema = z.object({
  planId: z.number().int(),
  planName: z.string(),
  repId: z.number().int(),
  repName: z.string(),
  period: periodRefSchema,
  currency: z.string(),
  lines: z.array(statementLineSchema),
  totals: totalsSchema,
  components: z.array(componentResultSchema),
  proration: z.object({ activeDays: z.number().int(), periodDays: z.number().int(), rampPercent: z.string() }),
  warnings: z.array(warningSchema),
});
export type StatementView = z.infer<typeof statementViewSchema>;

export const statementSummarySchema = z.object({
  repId: z.number().int(),
  repName: z.string(),
  totals: totalsSchema,
  warnings: z.array(warningSchema),
  openDisputes: z.number().int(),
});

export const periodViewSchema = periodRefSchema.extend({
  current: z.boolean(),
  reps: z.number().int(),
  payoutMinor: z.number().int(),
});
export type PeriodView = z.infer<typeof periodViewSchema>;

export const disputeViewSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planName: z.string(),
  repId: z.number().int(),
  repName: z.string(),
  period: z.object({ firstDay: day, lastDay: day }),
  currency: z.string(),
  line: z.object({ key: z.string(), amount: rationalText, amountMinor: z.number().int(), description: z.string(), trace: lineTraceSchema }),
  comment: z.string(),
  status: z.enum(['open', 'adjusted', 'rejected']),
  resolutionNote: z.string().nullable(),
  adjustment: z.object({ id: z.number().int(), amountMinor: z.number().int(), periodFirstDay: day }).nullable(),
  createdAt: z.number(),
  resolvedAt: z.number().nullable(),
});
export type DisputeView = z.infer<typeof disputeViewSchema>;

export const dealCreditSchema = z.object({
  event: eventRefSchema,
  repId: z.number().int().nullable(),
  repName: z.string().nullable(),
  shares: z.array(z.object({ repId: z.number().int(), repName: z.string(), percent: z.string(), role: z.string(), overlay: z.boolean() })),
  termDays: z.number().int().nullable(),
});
export type DealCredit = z.infer<typeof dealCreditSchema>;

export const whatIfSchema = z.object({
  currency: z.string(),
  added: rationalText,
  addedMinor: z.number().int(),
  lines: z.array(z.object({ key: z.string(), before: rationalText, after: rationalText, description: z.string(), trace: lineTraceSchema })),
  before: z.array(componentResultSchema),
  after: z.array(componentResultSchema),
});
export type WhatIfView = z.infer<typeof whatIfSchema>;

const planRef = { planId: z.number().int() };
const statementRef = { planId: z.number().int(), repId: z.number().int(), firstDay: day };

export const commissionProcedures = {
  'commissions.listPlans': { input: z.object({}).strict(), output: z.array(planViewSchema) },
  'commissions.createPlan': { input: z.object({ plan: commissionPlanSchema }).strict(), output: planViewSchema },
  'commissions.updatePlan': { input: z.object({ id: z.number().int(), plan: commissionPlanSchema }).strict(), output: planViewSchema },
  'commissions.archivePlan': { input: z.object({ id: z.number().int(), archived: z.boolean() }).strict(), output: planViewSchema },
  'commissions.listAssignments': { input: z.object(planRef).strict(), output: z.array(assignmentViewSchema) },
  'commissions.saveAssignment': { input: z.object({ ...planRef, repId: z.number().int(), terms: assignmentSchema }).strict(), output: assignmentViewSchema },
  'commissions.removeAssignment': { input: z.object({ ...planRef, repId: z.number().int() }).strict(), output: z.object({ removed: z.literal(true) }) },
  'commissions.listPeriods': { input: z.object(planRef).strict(), output: z.array(periodViewSchema) },
  'commissions.periodStatements': {
    input: z.object({ ...planRef, firstDay: day }).strict(),
    output: z.object({
      period: periodRefSchema,
      currency: z.string(),
      statements: z.array(statementSummarySchema),
      lockBlockers: z.array(z.string()),
      /** Earlier open periods that locking this one locks too (first days, oldest first). */
      locksAlso: z.array(day),
    }),
  },
  'commissions.statement': { input: z.object(statementRef).strict(), output: statementViewSchema },
  'commissions.lockPeriod': { input: z.object({ ...planRef, firstDay: day }).strict(), output: periodViewSchema.extend({ lockedPeriods: z.array(day) }) },
  'commissions.addAdjustment': {
    input: z.object({ ...statementRef, amountMinor: z.number().int(), reason: text(500) }).strict(),
    output: z.object({ id: z.number().int(), periodFirstDay: day }),
  },
  'commissions.removeAdjustment': { input: z.object({ id: z.number().int() }).strict(), output: z.object({ removed: z.literal(true) }) },
  'commissions.listDisputes': { input: z.object({ status: z.enum(['open', 'all']).default('open') }).strict(), output: z.array(disputeViewSchema) },
  'commissions.resolveDispute': {
    input: z.discriminatedUnion('action', [
      z.object({ id: z.number().int(), action: z.literal('adjust'), amountMinor: z.number().int(), note: text(500) }).strict(),
      z.object({ id: z.number().int(), action: z.literal('reject'), note: text(500) }).strict(),
    ]),
    output: disputeViewSchema,
  },
  'commissions.periodDeals': { input: z.object({ ...planRef, firstDay: day }).strict(), output: z.array(dealCreditSchema) },
  'commissions.saveSplit': {
    input: z.object({ eventId: z.number().int(), shares: z.array(z.object({ repId: z.number().int(), percent: decimalText, role: text(60), overlay: z.boolean() })).max(20) }).strict(),
    output: dealCreditSchema,
  },
  'commissions.saveDealTerm': { input: z.object({ eventId: z.number().int(), termDays: z.number().int().min(1).max(3660).nullable() }).strict(), output: dealCreditSchema },
  'commissions.whatIf': {
    input: z.object({ ...planRef, repId: z.number().int(), amount: decimalText, currency: z.string().trim().toUpperCase().length(3), product: z.string().trim().max(200).optional(), customer: z.string().trim().max(200).optional() }).strict(),
    output: whatIfSchema,
  },
  'commissions.exportCsv': { input: z.object({ ...planRef, firstDay: day }).strict(), output: z.object({ filename: z.string(), csv: z.string() }) },
  'commissions.statementPdf': { input: z.object(statementRef).strict(), output: z.object({ filename: z.string(), base64: z.string() }) },
} as const;

// The contract and the engine describe the same shapes.
export const _planShape: z.ZodType<CommissionPlan> = commissionPlanSchema;
export const _assignmentShape: z.ZodType<Assignment> = assignmentSchema;
export const _traceShape: z.ZodType<LineTrace> = lineTraceSchema;
