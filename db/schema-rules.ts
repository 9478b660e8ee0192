// Scoring rules the manager controls beyond points per event type: exchange rates to the base
// currency, the product catalog, focus factors, and the version history of the whole rule set.
// Decimal quantities (rates, factors) are kept as their exact decimal text, never as floats.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** "1 <currency> = <rate> <base currency>", in force from a local day on (null = any date). */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    currency: text('currency').notNull(),
    /** The base currency the rate converts into; a rate for another base no longer applies. */
    baseCurrency: text('base_currency').notNull(),
    /** Units of the base currency per unit of `currency`, exact decimal text ("5.4321"). */
    rate: text('rate').notNull(),
    /** First local day (`YYYY-MM-DD`, workspace time zone) the rate applies to; null = any day. */
    validFrom: text('valid_from'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('exchange_rates_unique').on(t.currency, t.baseCurrency, t.validFrom)],
);

export const productGroups = sqliteTable(
  'product_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Points per unit sold of any product of the group that has no points of its own. */
    points: integer('points').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('product_groups_name_unique').on(t.name)],
);

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The product code events carry (`product` in the generic format), matched exactly. */
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    groupId: integer('group_id').references(() => productGroups.id),
    /** Points per unit sold; null = the group's points. */
    points: integer('points'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('products_sku_unique').on(t.sku), index('products_group').on(t.groupId)],
);

/** A multiplier on the points of matching events whose local day falls in [fromDay, toDay]. */
export const focusFactors = sqliteTable('focus_factors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** Exact decimal text, e.g. "2" or "1.5". */
  factor: text('factor').notNull(),
  fromDay: text('from_day').notNull(),
  toDay: text('to_day').notNull(),
  /** What it applies to: all null = every event; otherwise the event type and/or product or group. */
  eventType: text('event_type'),
  productId: integer('product_id').references(() => products.id),
  groupId: integer('group_id').references(() => productGroups.id),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
});

/**
 * Every change to the rule set, with the whole rule set as it was after the change. Ledger
 * rows name the version they were computed under; recompute uses the latest.
 */
export const ruleVersions = sqliteTable('rule_versions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdAt: integer('created_at').notNull(),
  /** What changed, as data (`RuleChange` JSON) for the UI to word. */
  changeJson: text('change_json').notNull(),
  /** The engine `RuleSet` after the change (JSON). */
  snapshotJson: text('snapshot_json').notNull(),
});
