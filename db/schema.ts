// The Fanfare database. Conventions:
// - instants are integer milliseconds since the Unix epoch (UTC), with the original UTC
//   offset kept beside them where the outside world gave us one;
// - money is integer minor units of an ISO 4217 currency, never a float;
// - the event log is append-only: a correction is a new event, a ledger row is never edited.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One row (id = 1): the workspace the whole app runs in. */
export const workspace = sqliteTable('workspace', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  /** ISO weekday the week starts on: 1 = Monday ... 7 = Sunday. */
  weekStart: integer('week_start').notNull(),
  baseCurrency: text('base_currency').notNull(),
  locale: text('locale').notNull(),
  /** True while the workspace holds the generated demo team (shown as "demo data"). */
  demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
  updatedAt: integer('updated_at').notNull(),
});

/** Sales teams: a rep belongs to at most one (other groupings come on top of this). */
export const teams = sqliteTable(
  'teams',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('teams_name_unique').on(t.name)],
);

export const reps = sqliteTable(
  'reps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Lower-cased and trimmed; unique among reps that have one. */
    email: text('email'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    teamId: integer('team_id').references(() => teams.id),
    createdAt: integer('created_at').notNull(),
    /** First day of the current employment (local `YYYY-MM-DD`), for fair comparisons and proration. */
    startDate: text('start_date'),
    /** Last working day when the rep left (local `YYYY-MM-DD`); null while employed. */
    leftOn: text('left_on'),
    /** How many customers the rep can look after (weights capacity-based distribution); null = not set. */
    capacity: integer('capacity'),
  },
  (t) => [uniqueIndex('reps_email_unique').on(t.email), index('reps_team').on(t.teamId)],
);

/** Private links that open one rep's own view (`/me/<token>`); revocable. */
export const repLinks = sqliteTable(
  'rep_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    token: text('token').notNull(),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [uniqueIndex('rep_links_token_unique').on(t.token), index('rep_links_rep').on(t.repId)],
);

/** A system that delivers events: a webhook endpoint of a given vendor kind, or an importer. */
export const sources = sqliteTable('sources', {
  /** Public id, part of the webhook URL (`/hooks/<kind>/<id>`). */
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  /** Shared secret for the vendor's signature scheme. */
  secret: text('secret').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** Vendor-specific settings (JSON object), e.g. HTTP Basic credentials or won stage ids. */
  configJson: text('config_json').notNull().default('{}'),
  createdAt: integer('created_at').notNull(),
});

/** How a source names a rep: an e-mail address or the vendor's own user id. */
export const repIdentities = sqliteTable(
  'rep_identities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    /** `name`: an owner's name as a CSV export writes it (HubSpot, Pipedrive, Salesforce, Zoho). */
    kind: text('kind', { enum: ['email', 'external_id', 'name'] }).notNull(),
    /** Normalised: e-mails trimmed and lower-cased, ids trimmed, names trimmed with single spaces. */
    value: text('value').notNull(),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('rep_identities_unique').on(t.sourceId, t.kind, t.value)],
);

/** The append-only event log. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    externalId: text('external_id').notNull(),
    type: text('type').notNull(),
    /**
     * The rep the event belongs to. Null while the identity is unmapped; set when the
     * manager maps the identity, or moved when the customer's ownership changes with an
     * effective date before the event (the only changes an event ever receives: they
     * resolve who, never what happened).
     */
    repId: integer('rep_id').references(() => reps.id),
    /** How repId was found: identity (the rep the source named) or owner (the customer's owner then). */
    attributedBy: text('attributed_by', { enum: ['identity', 'owner'] }),
    /** The portfolio customer the event is about (see schema-organisation.ts). */
    customerId: integer('customer_id'),
    identityKind: text('identity_kind', { enum: ['email', 'external_id', 'name'] }),
    identityValue: text('identity_value'),
    occurredAt: integer('occurred_at').notNull(),
    /** Minutes east of UTC in the original timestamp (e.g. -180 for -03:00). */
    occurredOffset: integer('occurred_offset').notNull().default(0),
    receivedAt: integer('received_at').notNull(),
    amountMinor: integer('amount_minor'),
    currency: text('currency'),
    /** The event this one takes back (refund, reopening), if any. */
    reversesEventId: integer('reverses_event_id'),
    /**
     * The original's external id: as delivered (generic format, kept even when the original is
     * not known yet), or the counted event of the subject a vendor reversal took back.
     */
    reversesExternalId: text('reverses_external_id'),
    activityName: text('activity_name'),
    product: text('product'),
    customerExternalId: text('customer_external_id'),
    customerName: text('customer_name'),
    payloadJson: text('payload_json').notNull(),
    importBatchId: integer('import_batch_id'),
    /**
     * What the event is about, within its source: a deal, a payment, a booking (e.g.
     * `deal:1187`, `pi_3SRd…`). A won deal, a confirmed payment or a booking counts once per
     * subject until it is reversed; refunds, reopenings and cancellations take back the
     * subject's counted event. Generic events are their own subject unless they reverse one.
     */
    subjectKey: text('subject_key'),
    /** Set when the event repeats a fact its subject already counted (a second Stripe event of one payment). */
    repeatsEventId: integer('repeats_event_id'),
    /** Units of `product` (catalog sales); null = 1. */
    quantity: integer('quantity'),
    /** For `reply.sent`: seconds from the customer's message to this first reply (speed goals and badges). */
    responseSeconds: integer('response_seconds'),
    /**
     * Set once when the manager undoes the import that brought the event: its points were
     * taken back by ledger rows, and the event no longer counts anywhere (its external id
     * may be imported again). Like `rep_id`, it never changes what happened.
     */
    retractedAt: integer('retracted_at'),
  },
  (t) => [
    uniqueIndex('events_source_external_unique').on(t.sourceId, t.externalId).where(sql`retracted_at IS NULL`),
    index('events_occurred_at').on(t.occurredAt),
    index('events_unmapped').on(t.sourceId, t.identityKind, t.identityValue).where(sql`rep_id IS NULL`),
    index('events_reverses').on(t.reversesEventId).where(sql`reverses_event_id IS NOT NULL`),
    index('events_subject').on(t.sourceId, t.subjectKey),
    index('events_customer').on(t.customerId, t.occurredAt),
    index('events_rep_type_time').on(t.repId, t.type, t.occurredAt),
    // Scoring looks up the reversals of every event it scores (out-of-order refunds): without
    // this, each lookup scans the source's whole log.
    index('events_reverses_external').on(t.sourceId, t.reversesExternalId).where(sql`reverses_external_id IS NOT NULL`),
    index('events_import_batch').on(t.importBatchId).where(sql`import_batch_id IS NOT NULL`),
    // The fast-replies badge counts a rep's replies under a time on every reply until earned:
    // this answers from the index alone, not from a read of each of the rep's replies.
    index('events_fast_replies').on(t.repId, t.responseSeconds).where(sql`type = 'reply.sent' AND response_seconds IS NOT NULL AND retracted_at IS NULL`),
  ],
);

/** Points scoring rules: points per event of a type plus optional points per amount. */
export const scoringRules = sqliteTable(
  'scoring_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventType: text('event_type').notNull(),
    /** Fixed points for each event of the type. */
    points: integer('points').notNull().default(0),
    /** Points for every `amountStepMinor` of the base currency (0 = no amount points). */
    pointsPerStep: integer('points_per_step').notNull().default(0),
    amountStepMinor: integer('amount_step_minor').notNull().default(100),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('scoring_rules_event_type_unique').on(t.eventType)],
);

/** Points derived from events. Never edited: a correction is a reversal or adjustment row. */
export const ledger = sqliteTable(
  'ledger',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    ruleId: integer('rule_id').references(() => scoringRules.id),
    points: integer('points').notNull(),
    kind: text('kind', { enum: ['award', 'reversal', 'adjustment'] }).notNull(),
    /** For a reversal: the award row it takes back. */
    reversesLedgerId: integer('reverses_ledger_id'),
    /** The instant the points count at (the event's occurredAt), for period totals. */
    occurredAt: integer('occurred_at').notNull(),
    /** Why the row has its points (engine `Explanation` as JSON), worded by the UI. */
    explanationJson: text('explanation_json').notNull(),
    createdAt: integer('created_at').notNull(),
    /** The rule-set version (`rule_versions.id`, 0 = the initial rules) the points were computed under. */
    ruleVersion: integer('rule_version').notNull().default(0),
  },
  (t) => [
    index('ledger_event').on(t.eventId),
    // What points at an award (reversals, transfers, undo and recompute adjustments) is looked up
    // for every reversal, undo and rebuild: without it each lookup reads the whole ledger.
    index('ledger_reverses').on(t.reversesLedgerId).where(sql`reverses_ledger_id IS NOT NULL`),
    index('ledger_rep_time').on(t.repId, t.occurredAt),
    index('ledger_time').on(t.occurredAt),
  ],
);

/**
 * Incremental aggregate of the ledger per rep and local day (workspace time zone), kept in
 * the same transaction as the ledger so a leaderboard never scans ledger rows. Rebuilt by
 * recompute and when the workspace time zone changes.
 */
export const repDayTotals = sqliteTable(
  'rep_day_totals',
  {
    /** Local calendar day in the workspace time zone, `YYYY-MM-DD`. */
    day: text('day').notNull(),
    repId: integer('rep_id')
      .notNull()
      .references(() => reps.id),
    points: integer('points').notNull().default(0),
    /** Instant the rep's points last increased on that day: the earlier achiever wins ties. */
    lastScoredAt: integer('last_scored_at').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.repId] }),
    index('rep_day_totals_rep').on(t.repId, t.day),
    // No covering index: the table is WITHOUT ROWID (migration 0011), ordered by (day, rep).
  ],
);

/** Every webhook delivery and what became of it, for the Sources screen. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull(),
    receivedAt: integer('received_at').notNull(),
    outcome: text('outcome', { enum: ['accepted', 'duplicate', 'held', 'rejected'] }).notNull(),
    httpStatus: integer('http_status').notNull(),
    /** Why it was rejected or held, in words the manager can act on. */
    reason: text('reason'),
    eventCount: integer('event_count').notNull().default(0),
    /** External ids of the events in the delivery (JSON array, first 20). */
    externalIdsJson: text('external_ids_json').notNull().default('[]'),
    /** What became of the delivery's elements, as counts (`DeliverySummary` JSON), worded by the UI. */
    summaryJson: text('summary_json'),
  },
  (t) => [
    index('deliveries_source_time').on(t.sourceId, t.receivedAt),
    // The Sources screen shows each source's last error: found at once, not by walking back
    // through every accepted delivery (rejections are few).
    index('deliveries_rejected').on(t.sourceId, t.receivedAt).where(sql`outcome = 'rejected'`),
  ],
);

/** Read-only display links for TVs. */
export const displays = sqliteTable(
  'displays',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    token: text('token').notNull(),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [uniqueIndex('displays_token_unique').on(t.token)],
);

// Scoring rules beyond points per event type, and held webhook elements, live in their own files.
export * from './schema-rules';
export * from './schema-held';
export * from './schema-organisation';
export * from './schema-imports';
export * from './schema-commissions';
// The wallboard's tables (playlists, display settings, celebrations, branding).
export * from './schema-wallboard';
// Leaderboard metrics, badges, levels, goals, notifications and kudos.
export * from './schema-gamification';
