// The organisation Fanfare keys on: groupings of reps, rep employment and avatars, the
// customer portfolio (who owns which customer, since when), distribution settings, the
// manager lock and the audit log. Re-exported by db/schema.ts (one schema for drizzle).
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, blob } from 'drizzle-orm/sqlite-core';
import { reps, sources } from './schema';

export const GROUPING_KINDS = ['territory', 'department', 'channel'] as const;

/**
 * Manager-defined groupings beside teams: territories, departments, sales channels. A rep
 * belongs to at most one team and to any number of groupings.
 */
export const groupings = sqliteTable(
  'groupings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: GROUPING_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Territories only: the customer regions it covers (JSON array of upper-cased codes, e.g. ["SP","RJ"]). */
    regionsJson: text('regions_json').notNull().default('[]'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('groupings_kind_name_unique').on(t.kind, t.name)],
);

export const repGroupings = sqliteTable(
  'rep_groupings',
  {
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    groupingId: integer('grouping_id')
      .notNull()
      .references(() => groupings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.repId, t.groupingId] }), index('rep_groupings_grouping').on(t.groupingId)],
);

/** Hire and leave history: a rep may leave and be hired again. */
export const repEmployment = sqliteTable(
  'rep_employment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    kind: text('kind', { enum: ['hired', 'left'] }).notNull(),
    /** Local calendar day in the workspace time zone, `YYYY-MM-DD`. */
    day: text('day').notNull(),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('rep_employment_rep').on(t.repId, t.day)],
);

/**
 * An uploaded picture of a rep. It is served at `/avatars/<token>`: the random token is
 * the capability, handed out only where the rep is shown (like display and rep links).
 */
export const repAvatars = sqliteTable(
  'rep_avatars',
  {
    repId: integer('rep_id')
      .primaryKey()
      .references(() => reps.id),
    token: text('token').notNull(),
    mime: text('mime').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('rep_avatars_token_unique').on(t.token)],
);

/**
 * Customers (accounts or contacts) as the sources name them: by the source's own customer
 * id, or by name when the source gives no id. Keys are per source: ids mean something
 * only inside the system that issued them.
 */
export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    keyKind: text('key_kind', { enum: ['id', 'name'] }).notNull(),
    /** The source's customer id, or the name lower-cased with spaces collapsed. */
    keyValue: text('key_value').notNull(),
    name: text('name').notNull(),
    /** Region code used by territory rules (upper-cased), from the event or set by the manager. */
    region: text('region'),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastActivityAt: integer('last_activity_at').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('customers_source_key_unique').on(t.sourceId, t.keyKind, t.keyValue)],
);

/** Every change of ownership, as the manager (or Fanfare) made it: the history of the portfolio. */
export const ownershipChanges = sqliteTable(
  'ownership_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /**
     * claim: a new customer's first event named the rep; assign / transfer: the manager;
     * distribute: a distribution rule; release: the owner left and nobody took over.
     */
    kind: text('kind', { enum: ['claim', 'assign', 'transfer', 'distribute', 'release'] }).notNull(),
    /** The one rep the customers went to (null for a distribution over several reps, or a release). */
    toRepId: integer('to_rep_id').references(() => reps.id),
    /** Instant from which events score for the new owner (0 = from the customer's first event). */
    effectiveAt: integer('effective_at').notNull(),
    reason: text('reason').notNull(),
    /** round_robin | capacity | territory for a distribution. */
    strategy: text('strategy'),
    customerCount: integer('customer_count').notNull(),
    /** Events already received that moved to the new owner (effective date in the past). */
    movedEvents: integer('moved_events').notNull().default(0),
    movedPoints: integer('moved_points').notNull().default(0),
    actor: text('actor').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('ownership_changes_time').on(t.createdAt)],
);

/** Each customer a change moved, from whom to whom (the change log's detail; never edited). */
export const ownershipChangeItems = sqliteTable(
  'ownership_change_items',
  {
    changeId: integer('change_id')
      .notNull()
      .references(() => ownershipChanges.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    fromRepId: integer('from_rep_id').references(() => reps.id),
    toRepId: integer('to_rep_id').references(() => reps.id),
  },
  (t) => [primaryKey({ columns: [t.changeId, t.customerId] }), index('ownership_change_items_customer').on(t.customerId)],
);

/**
 * Who owns a customer when: periods [fromAt, toAt) (toAt null = open). The owner at an
 * event's instant is the rep the event scores for under the "customer's owner" policy.
 * This is the current timeline; ownership_changes keeps how it came to be.
 */
export const customerOwnership = sqliteTable(
  'customer_ownership',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    fromAt: integer('from_at').notNull(),
    toAt: integer('to_at'),
  },
  (t) => [index('customer_ownership_customer').on(t.customerId, t.fromAt), index('customer_ownership_rep').on(t.repId, t.toAt)],
);

/** One row (id = 1): how events are credited and how new customers are distributed. */
export const portfolioSettings = sqliteTable('portfolio_settings', {
  id: integer('id').primaryKey(),
  /** owner: events about an owned customer score for its owner at the event's time; named: for the rep the source names. */
  creditTo: text('credit_to', { enum: ['owner', 'named'] }).notNull().default('owner'),
  /** A new customer whose first event names a known rep joins that rep's portfolio. */
  claimOnFirstEvent: integer('claim_on_first_event', { mode: 'boolean' }).notNull().default(true),
  /** How customers that arrive without a rep are assigned automatically (off = they wait as unowned). */
  autoStrategy: text('auto_strategy', { enum: ['off', 'round_robin', 'capacity', 'territory'] }).notNull().default('off'),
  /** Which reps take part: all active reps, a team or a grouping. */
  poolKind: text('pool_kind', { enum: ['all', 'team', 'grouping'] }).notNull().default('all'),
  poolId: integer('pool_id'),
  updatedAt: integer('updated_at').notNull(),
});

/** Where each round-robin rotation stopped, so fairness holds across batches and restarts. */
export const distributionCursors = sqliteTable('distribution_cursors', {
  poolKey: text('pool_key').primaryKey(),
  lastRepId: integer('last_rep_id').notNull(),
});

/** One row (id = 1) when the manager set a PIN; only a salted scrypt hash is kept. */
export const managerLock = sqliteTable('manager_lock', {
  id: integer('id').primaryKey(),
  pinHash: text('pin_hash').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Every manager change: who, when, what, before and after (JSON). Append-only. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    /** desktop | browser | api | system */
    actor: text('actor').notNull(),
    /** e.g. rep.update, portfolio.transfer */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    entityLabel: text('entity_label').notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_entity').on(t.entityType, t.entityId)],
);
