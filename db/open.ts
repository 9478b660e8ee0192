import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** Folder holding the drizzle-kit migrations (db/migrations). */
  migrationsFolder: string;
  /** better-sqlite3 compiled for another ABI (Electron's), when not running in plain Node. */
  nativeBinding?: string;
}

/**
 * Opens the database with the pragmas Fanfare relies on and applies pending migrations,
 * all of them in one transaction (drizzle's migrator wraps them in BEGIN/COMMIT).
 */
export function openDb({ file, migrationsFolder, nativeBinding }: OpenOptions): Db {
  const client = new Database(file, nativeBinding ? { nativeBinding } : {});
  // WAL: readers never block the writer; NORMAL is durable across an application crash
  // (kill -9) and only risks the last transactions on power loss.
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  const db = drizzle(client, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

export function closeDb(db: Db): void {
  const client = db.$client;
  if (!client.open) return;
  // Fold the WAL back into the main file so a copied data dir is self-contained.
  client.pragma('wal_checkpoint(TRUNCATE)');
  client.close();
}
