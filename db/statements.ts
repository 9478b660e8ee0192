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
  /** Column names and their placeholders for an INSERT of every column but the id. */
  insertNames: string;
  insertValues: string;
  /** A raw row (aliased to drizzle keys) with drizzle's value mapping (booleans, JSON). */
  map(row: Record<string, unknown>): T;
  /**
   * A drizzle-shaped value object as positional bind parameters for `insertValues` (booleans
   * as 0/1, defaults filled in). Positional: binding by name looks every name up on the object.
   */
  bind(values: Record<string, unknown>): unknown[];
  /** The row an INSERT of `bound` created, as a SELECT would return it. */
  inserted(bound: readonly unknown[], id: number): T;
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
    insertValues: insertable.map(() => '?').join(', '),
    map(row) {
      const out: Record<string, unknown> = {};
      for (const [key, c] of columns) {
        const value = row[key];
        out[key] = value === null || value === undefined ? null : c.mapFromDriverValue(value);
      }
      return out as T['$inferSelect'];
    },
    bind(values) {
      return insertable.map(([key, c]) => {
        const value = values[key] ?? (c.hasDefault && c.default !== undefined ? c.default : null);
        return value === null ? null : c.mapToDriverValue(value);
      });
    },
    inserted(bound, id) {
      const out: Record<string, unknown> = {};
      let i = 0;
      for (const [key, c] of columns) {
        const value = key === 'id' ? id : bound[i++];
        out[key] = value === null || value === undefined ? null : c.mapFromDriverValue(value);
      }
      return out as T['$inferSelect'];
    },
  };
  columnCache.set(table, result as Columns<unknown>);
  return result;
}
