// Tables of the CSV import (re-exported by schema.ts).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sources } from './schema';

/**
 * One CSV import: the file, the plan it was read with, what it added, and whether it was
 * undone. Its events carry `events.import_batch_id`.
 */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['deals', 'payments'] }).notNull(),
  fileName: text('file_name').notNull(),
  fileBytes: integer('file_bytes').notNull(),
  /** The file's header cells (JSON array): imported events keep only their cells. */
  headerJson: text('header_json').notNull(),
  planJson: text('plan_json').notNull(),
  status: text('status', { enum: ['running', 'done', 'failed', 'cancelled', 'interrupted', 'undone'] }).notNull(),
  /** The validation report as of the import (JSON), null while it runs. */
  reportJson: text('report_json'),
  eventsAdded: integer('events_added').notNull().default(0),
  createdAt: integer('created_at').notNull(),
  finishedAt: integer('finished_at'),
  undoneAt: integer('undone_at'),
});

/** A plan the manager used, reused for the next file with exactly the same header. */
export const importMappings = sqliteTable('import_mappings', {
  /** SHA-256 of the header cells (trimmed, in order). */
  headerHash: text('header_hash').primaryKey(),
  kind: text('kind', { enum: ['deals', 'payments'] }).notNull(),
  planJson: text('plan_json').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
