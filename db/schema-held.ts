// Webhook elements Fanfare accepted but could not turn into events yet (e.g. a HubSpot deal
// whose details could not be fetched): kept verbatim and replayed, never dropped.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { deliveries, sources } from './schema';

export const heldItems = sqliteTable(
  'held_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    deliveryId: integer('delivery_id')
      .notNull()
      .references(() => deliveries.id),
    /** The vendor's id for the element (unique per source, so a redelivery is not held twice). */
    key: text('key').notNull(),
    /** The element as the vendor sent it (JSON text), what a replay interprets again. */
    elementJson: text('element_json').notNull(),
    /** Why it is held, in words the manager can act on (the last failure). */
    reason: text('reason').notNull(),
    attempts: integer('attempts').notNull().default(1),
    createdAt: integer('created_at').notNull(),
    lastAttemptAt: integer('last_attempt_at').notNull(),
    /** Set once a replay turned it into events (or found it needs none). */
    resolvedAt: integer('resolved_at'),
  },
  (t) => [uniqueIndex('held_items_key_unique').on(t.sourceId, t.key), index('held_items_delivery').on(t.deliveryId)],
);
