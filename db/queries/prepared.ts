import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

const cache = new WeakMap<object, Map<string, Statement>>();

/**
 * A prepared statement, prepared once per connection. For the few queries that run on every
 * scored event (the webhook's hot path), where building and preparing the SQL each time
 * would cost more than running it.
 */
export function prepared(db: Db, sql: string): Statement {
  let statements = cache.get(db.$client);
  if (!statements) {
    statements = new Map();
    cache.set(db.$client, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.$client.prepare(sql);
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
