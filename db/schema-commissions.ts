// Commission tables (re-exported by schema.ts). Plans and assignments hold the engine's own
// JSON model (main/engine/commissions/plan.ts), validated before it is stored. A locked
// period freezes, per rep, the exact engine input and result: a locked statement is read
// back, never recomputed into something else.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { events, reps } from './schema';

export const commissionPlans = sqliteTable('commission_plans', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** CommissionPlan as JSON. */
  planJson: text('plan_json').notNull(),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** One rep on one plan (their quota, target incentive, ramp, leave, draw). */
export const commissionAssignments = sqliteTable(
  'commission_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => commissionPlans.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    /** Assignment as JSON. */
    termsJson: text('terms_json').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('commission_assignments_plan_rep').on(t.planId, t.repId)],
);

/** A locked period of a plan. Open periods have no row: their statements are computed live. */
export const commissionPeriods = sqliteTable(
  'commission_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => commissionPlans.id),
    /** First and last local day (workspace time zone), YYYY-MM-DD. */
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    lockedAt: integer('locked_at').notNull(),
  },
  (t) => [uniqueIndex('commission_periods_plan_day').on(t.planId, t.firstDay)],
);

/** A rep's statement as frozen when its period was locked. */
export const commissionStatements = sqliteTable(
  'commission_statements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id')
      .notNull()
      .references(() => commissionPeriods.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    /** The engine input (StatementInput) exactly as computed at lock time. */
    inputJson: text('input_json').notNull(),
    /** The engine result (Statement). */
    resultJson: text('result_json').notNull(),
    currency: text('currency').notNull(),
    payoutMinor: integer('payout_minor').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('commission_statements_period_rep').on(t.periodId, t.repId)],
);

/** A manager's correction of a rep's pay, always with a reason, in an open period. */
export const commissionAdjustments = sqliteTable(
  'commission_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => commissionPlans.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    periodFirstDay: text('period_first_day').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    reason: text('reason').notNull(),
    disputeId: integer('dispute_id'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('commission_adjustments_statement').on(t.planId, t.repId, t.periodFirstDay)],
);

/** A rep's question about a statement line, and how the manager answered it. */
export const commissionDisputes = sqliteTable(
  'commission_disputes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => commissionPlans.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    periodFirstDay: text('period_first_day').notNull(),
    lineKey: text('line_key').notNull(),
    /** The line as the rep saw it (StatementLine JSON), kept even if the line later changes. */
    lineJson: text('line_json').notNull(),
    comment: text('comment').notNull(),
    status: text('status', { enum: ['open', 'adjusted', 'rejected'] }).notNull(),
    resolutionNote: text('resolution_note'),
    adjustmentId: integer('adjustment_id'),
    createdAt: integer('created_at').notNull(),
    resolvedAt: integer('resolved_at'),
  },
  (t) => [index('commission_disputes_status').on(t.status, t.createdAt)],
);

/** Manager-entered split credit of one event: who gets what share, in which role. */
export const commissionSplits = sqliteTable(
  'commission_splits',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    /** Decimal percent, e.g. "60" or "33.5". */
    percent: text('percent').notNull(),
    role: text('role').notNull(),
    overlay: integer('overlay', { mode: 'boolean' }).notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.repId] }), index('commission_splits_rep').on(t.repId)],
);

/** A deal's own service term, for prorated clawbacks (overrides the plan's). */
export const commissionDealTerms = sqliteTable('commission_deal_terms', {
  eventId: integer('event_id')
    .primaryKey()
    .references(() => events.id),
  termDays: integer('term_days').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
