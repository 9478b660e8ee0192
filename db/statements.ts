// Cached prepared statements for the ingest hot path. Drizzle builds the SQL text and asks
// SQLite to prepare it again on every call, which costs more than the work itself when a
// webhook takes ten small statements; these are prepared once per connection. Column lists
// come from the drizzle table definitions, so the rows keep drizzle's shapes and types.
import type { Statement } from 'better-sqlite3';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Db } from './open';

const caches = new WeakMap<object, Map<string, Statement>>();

/** A statement prepared once per connection for `key`. */
export function prepared(db: Db, key: string, sql: () => string): Statement {
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  let statement = cache.get(key);
  if (!statement) cache.set(key, (statement = db.$client.prepare(sql())));
  return statement;
}

interface Columns<T> {
  /** `"source_id" AS "sourceId", …` */
  select: string;
  /** Column names and bind names for an INSERT of every column but the id. */
  insertNames: string;
  insertValues: string;
  /** A raw row (aliased to drizzle keys) with drizzle's value mapping (booleans, JSON). */
  map(row: Record<string, unknown>): T;
  /** A drizzle-shaped value object as bind parameters (booleans as 0/1). */
  bind(values: Record<string, unknown>): Record<string, unknown>;
  table: string;
}

const columnCache = new WeakMap<Table, Columns<unknown>>();

export function columnsOf<T extends Table>(table: T): Columns<T['$inferSelect']> {
  const hit = columnCache.get(table);
  if (hit) return hit as Columns<T['$inferSelect']>;
  const columns = Object.entries(getTableColumns(table));
  const insertable = columns.filter(([key]) => key !== 'id');
  const result: Columns<T['$inferSelect']> = {
    table: getTableName(table),
    select: columns.map(([key, c]) => `"${c.name}" AS "${key}"`).join(', '),
    insertNames: insertable.map(([, c]) => `"${c.name}"`).join(', '),
    insertValues: insertable.map(([key]) => `@${key}`).join(', '),
    map(row) {
      const out: Record<string, unknown> = {};
      for (const [key, c] of columns) {
        const value = row[key];
        out[key] = value === null || value === undefined ? null : c.mapFromDriverValue(value);
      }
      return out as T['$inferSelect'];
    },
    bind(values) {
      const out: Record<string, unknown> = {};
      for (const [key, c] of insertable) {
        const value = values[key] ?? (c.hasDefault && c.default !== undefined ? c.default : null);
        out[key] = value === null ? null : c.mapToDriverValue(value);
      }
      return out;
    },
  };
  columnCache.set(table, result as Columns<unknown>);
  return result;
}
