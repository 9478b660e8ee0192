import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

const cache = new WeakMap<object, Record<RowShape, Map<string, Statement>>>();

/**
 * How a statement returns rows. better-sqlite3 builds a row object property by property,
 * which costs more than a small query itself: hot queries of one column `pluck` the value,
 * and hot queries of many rows can take them `raw` (arrays in column order).
 */
export type RowShape = 'objects' | 'pluck' | 'raw';

/**
 * A prepared statement, prepared once per connection. For the few queries that run on every
 * scored event (the webhook's hot path), where building and preparing the SQL each time
 * would cost more than running it.
 */
export function prepared(db: Db, sql: string, shape: RowShape = 'objects'): Statement {
  let shapes = cache.get(db.$client);
  if (!shapes) {
    shapes = { objects: new Map(), pluck: new Map(), raw: new Map() };
    cache.set(db.$client, shapes);
  }
  // A statement's shape is a mode of the statement: each shape of the same SQL is its own.
  const statements = shapes[shape];
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.$client.prepare(sql);
    if (shape === 'pluck') statement.pluck();
    if (shape === 'raw') statement.raw();
    statements.set(sql, statement);
  }
  return statement;
}

const queries = new WeakMap<object, Map<string, unknown>>();

/**
 * A drizzle query prepared once per connection (placeholders for its parameters), for hot
 * paths that want drizzle's typed rows without rebuilding the SQL on every call.
 */
export function preparedQuery<T>(db: Db, key: string, build: () => T): T {
  let map = queries.get(db.$client);
  if (!map) {
    map = new Map();
    queries.set(db.$client, map);
  }
  let query = map.get(key) as T | undefined;
  if (query === undefined) {
    query = build();
    map.set(key, query);
  }
  return query;
}
