// The organisation, portfolio, audit and manager-lock procedures of the typed API. Spread
// into `procedures` by contract.ts (one contract; this file only keeps it readable). It
// imports nothing from contract.ts, so the two never form a cycle.
import { z } from 'zod';
import { EVENT_TYPES } from '../main/engine/event-types';

const none = z.object({}).strict();
const trimmed = (max: number) => z.string().trim().min(1).max(max);
const id = z.number().int();
export const localDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD');

export const GROUPING_KIND_NAMES = ['territory', 'department', 'channel'] as const;
export const groupingKindSchema = z.enum(GROUPING_KIND_NAMES);
export type GroupingKind = z.infer<typeof groupingKindSchema>;

export const groupingSchema = z.object({
  id,
  kind: groupingKindSchema,
  name: z.string(),
  /** Territories: the customer regions they cover. */
  regions: z.array(z.string()),
  memberCount: z.number().int(),
});
export type Grouping = z.infer<typeof groupingSchema>;

/** A set of reps: everyone active, a team, or a grouping (territory, department, channel). */
export const repScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('team'), id }).strict(),
  z.object({ kind: z.literal('grouping'), id }).strict(),
]);
export type RepScope = z.infer<typeof repScopeSchema>;

const regionCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((s) => s.toUpperCase());

export const employmentEntrySchema = z.object({ kind: z.enum(['hired', 'left']), day: z.string(), note: z.string().nullable(), createdAt: z.number() });
export type EmploymentEntry = z.infer<typeof employmentEntrySchema>;

export const amountSchema = z.object({ currency: z.string(), minor: z.number().int() });
export type AmountByCurrency = z.infer<typeof amountSchema>;

export const customerSchema = z.object({
  id,
  name: z.string(),
  sourceId: z.string(),
  sourceName: z.string(),
  region: z.string().nullable(),
  ownerRepId: id.nullable(),
  ownerName: z.string().nullable(),
  /** When the current owner's period started (0 = from the customer's first event). */
  ownerSince: z.number().nullable(),
  /** A transfer already decided for a later date. */
  scheduled: z.object({ repId: id, repName: z.string(), at: z.number() }).nullable(),
  dealsWon: z.number().int(),
  wonAmounts: z.array(amountSchema),
  paidAmounts: z.array(amountSchema),
  lastActivityAt: z.number(),
  lastActivityType: z.enum(EVENT_TYPES).nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerEventSchema = z.object({
  id,
  type: z.enum(EVENT_TYPES),
  occurredAt: z.number(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  repName: z.string().nullable(),
  points: z.number().int(),
});

export const ownershipChangeSchema = z.object({
  id,
  kind: z.enum(['claim', 'assign', 'transfer', 'distribute', 'release']),
  /** The one rep the customers went to; null for a distribution over several reps or a release. */
  toRepId: id.nullable(),
  toRepName: z.string().nullable(),
  fromRepNames: z.array(z.string()),
  /** Distribution: how many customers each rep received. */
  toRepCounts: z.array(z.object({ repId: id, name: z.string(), count: z.number().int() })),
  effectiveAt: z.number(),
  reason: z.string(),
  strategy: z.string().nullable(),
  customerCount: z.number().int(),
  movedEvents: z.number().int(),
  movedPoints: z.number().int(),
  actor: z.string(),
  createdAt: z.number(),
  /** The customers, when the change is about a few of them (first 20). */
  customerNames: z.array(z.string()),
});
export type OwnershipChange = z.infer<typeof ownershipChangeSchema>;

export const CREDIT_POLICY_NAMES = ['owner', 'named'] as const;
export const AUTO_STRATEGY_NAMES = ['off', 'round_robin', 'capacity', 'territory'] as const;
export const portfolioSettingsSchema = z.object({
  creditTo: z.enum(CREDIT_POLICY_NAMES),
  claimOnFirstEvent: z.boolean(),
  autoStrategy: z.enum(AUTO_STRATEGY_NAMES),
  pool: repScopeSchema,
});
export type PortfolioSettings = z.infer<typeof portfolioSettingsSchema>;

/** When a change of owner takes effect: from the customer's first event, or from the start of a local day. */
export const effectiveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start') }).strict(),
  z.object({ kind: z.literal('day'), day: localDaySchema }).strict(),
]);
export type Effective = z.infer<typeof effectiveSchema>;

const transferTarget = z
  .object({
    /** The customers to move; or `fromRepId` for a rep's whole portfolio. */
    customerIds: z.array(id).min(1).max(10_000).optional(),
    fromRepId: id.optional(),
    toRepId: id,
    effective: effectiveSchema,
  })
  .strict();

export const balanceRowSchema = z.object({
  repId: id,
  name: z.string(),
  avatarUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  before: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  after: z.number().int(),
});
export type BalanceRow = z.infer<typeof balanceRowSchema>;

export const DISTRIBUTION_STRATEGY_NAMES = ['round_robin', 'capacity', 'territory'] as const;
const distributionInput = z
  .object({
    strategy: z.enum(DISTRIBUTION_STRATEGY_NAMES),
    pool: repScopeSchema,
    /** Territory strategy: customers no territory covers go round-robin over the pool, or stay unowned. */
    fallback: z.enum(['round_robin', 'leave']).default('leave'),
    /** The unowned customers to place; all of them when absent. */
    customerIds: z.array(id).min(1).max(10_000).optional(),
  })
  .strict();

export const UNASSIGNED_REASONS = ['no_reps', 'all_full', 'no_capacity_set', 'no_territory', 'territory_without_reps'] as const;
export const distributionPlanSchema = z.object({
  assignments: z.array(z.object({ customerId: id, customerName: z.string(), repId: id })),
  unassigned: z.array(z.object({ customerId: id, customerName: z.string(), reason: z.enum(UNASSIGNED_REASONS) })),
  balance: z.array(balanceRowSchema),
});
export type DistributionPlanView = z.infer<typeof distributionPlanSchema>;

export const auditEntrySchema = z.object({
  id,
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  entityLabel: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** What changed, field by field (`teamId`, `capacity`, `regions` ...), values as JSON text. */
  changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const auditFilter = {
  entityType: z.string().max(40).optional(),
  search: z.string().trim().max(100).optional(),
  fromDay: localDaySchema.optional(),
  toDay: localDaySchema.optional(),
};

export const lockStatusSchema = z.object({
  pinSet: z.boolean(),
  /** Settings may be changed now (no PIN set, or unlocked in this window/session). */
  unlocked: z.boolean(),
  /** After too many wrong PINs, when the next try is allowed. */
  retryAt: z.number().nullable(),
});
export type LockStatus = z.infer<typeof lockStatusSchema>;
const pin = z.string().regex(/^\d{4,8}$/, 'must be 4 to 8 digits');

export const organisationProcedures = {
  'groupings.list': { input: none, output: z.array(groupingSchema) },
  'groupings.create': {
    input: z.object({ kind: groupingKindSchema, name: trimmed(60), regions: z.array(regionCode).max(200).default([]) }).strict(),
    output: groupingSchema,
  },
  'groupings.update': {
    input: z.object({ id, name: trimmed(60).optional(), regions: z.array(regionCode).max(200).optional() }).strict(),
    output: groupingSchema,
  },
  'groupings.delete': { input: z.object({ id }).strict(), output: z.object({ id }) },
  'teams.delete': { input: z.object({ id }).strict(), output: z.object({ id }) },
  'reps.bulkUpdate': {
    input: z
      .object({
        repIds: z.array(id).min(1).max(1000),
        /** A team for all of them (null = no team). */
        teamId: id.nullable().optional(),
        addGroupingIds: z.array(id).max(100).default([]),
        removeGroupingIds: z.array(id).max(100).default([]),
      })
      .strict(),
    output: z.object({ updated: z.number().int() }),
  },
  'reps.setGroupings': { input: z.object({ id, groupingIds: z.array(id).max(100) }).strict(), output: z.object({ id, groupingIds: z.array(id) }) },
  'reps.leave': {
    input: z
      .object({
        id,
        /** The rep's last working day. */
        lastDay: localDaySchema,
        /** Who takes over the rep's customers (from the day after the last day); none = they become unowned. */
        handoverToRepId: id.optional(),
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
    output: z.object({ id, customersHandedOver: z.number().int(), movedEvents: z.number().int() }),
  },
  'reps.rehire': { input: z.object({ id, startDate: localDaySchema }).strict(), output: z.object({ id }) },
  'reps.employment': { input: z.object({ id }).strict(), output: z.array(employmentEntrySchema) },
  'reps.setAvatar': {
    input: z
      .object({ id, dataUrl: z.string().max(720_000, 'the picture is too large: use one under 512 KB') })
      .strict(),
    output: z.object({ id, avatarUrl: z.string() }),
  },
  'reps.removeAvatar': { input: z.object({ id }).strict(), output: z.object({ id }) },

  'portfolio.summary': {
    input: none,
    output: z.object({
      reps: z.array(z.object({ repId: id, name: z.string(), avatarUrl: z.string().nullable(), active: z.boolean(), leftOn: z.string().nullable(), customerCount: z.number().int(), capacity: z.number().int().nullable() })),
      unownedCount: z.number().int(),
      totalCustomers: z.number().int(),
    }),
  },
  'portfolio.customers': {
    input: z
      .object({
        owner: z.discriminatedUnion('kind', [z.object({ kind: z.literal('rep'), repId: id }).strict(), z.object({ kind: z.literal('unowned') }).strict(), z.object({ kind: z.literal('all') }).strict()]),
        search: z.string().trim().max(100).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ total: z.number().int(), customers: z.array(customerSchema) }),
  },
  'portfolio.customer': {
    input: z.object({ id }).strict(),
    output: z.object({ customer: customerSchema, events: z.array(customerEventSchema), history: z.array(ownershipChangeSchema) }),
  },
  'portfolio.updateCustomer': {
    input: z.object({ id, region: regionCode.nullable().optional() }).strict(),
    output: customerSchema,
  },
  'portfolio.previewTransfer': {
    input: transferTarget,
    output: z.object({
      customers: z.number().int(),
      movedEvents: z.number().int(),
      movedPoints: z.number().int(),
      balance: z.array(balanceRowSchema),
    }),
  },
  'portfolio.transfer': {
    input: transferTarget.extend({ reason: trimmed(500) }),
    output: z.object({ changeId: id, customers: z.number().int(), movedEvents: z.number().int(), movedPoints: z.number().int() }),
  },
  'portfolio.history': {
    input: z.object({ repId: id.optional(), limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(ownershipChangeSchema),
  },
  'portfolio.getSettings': { input: none, output: portfolioSettingsSchema },
  'portfolio.updateSettings': { input: portfolioSettingsSchema.partial().strict(), output: portfolioSettingsSchema },
  'distribution.preview': { input: distributionInput, output: distributionPlanSchema },
  'distribution.apply': {
    input: distributionInput.extend({
      /** The plan the manager confirmed: it must still be what Fanfare would do now. */
      assignments: z.array(z.object({ customerId: id, repId: id }).strict()).min(1).max(10_000),
      reason: z.string().trim().max(500).optional(),
    }),
    output: z.object({ changeId: id, assigned: z.number().int(), movedEvents: z.number().int() }),
  },

  'audit.list': {
    input: z.object({ ...auditFilter, limit: z.number().int().min(1).max(500).default(100), beforeId: id.optional() }).strict(),
    output: z.object({ entries: z.array(auditEntrySchema), hasMore: z.boolean(), entityTypes: z.array(z.string()) }),
  },
  'audit.exportCsv': { input: z.object(auditFilter).strict(), output: z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() }) },

  'lock.status': { input: none, output: lockStatusSchema },
  'lock.unlock': { input: z.object({ pin }).strict(), output: lockStatusSchema },
  'lock.lock': { input: none, output: lockStatusSchema },
  'lock.setPin': { input: z.object({ currentPin: pin.optional(), newPin: pin }).strict(), output: lockStatusSchema },
  'lock.clearPin': { input: z.object({ currentPin: pin }).strict(), output: lockStatusSchema },
} as const;
