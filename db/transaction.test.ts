import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../tests/support/context';
import { closeDb, openDb, type Db } from './open';
import { inTransactionWhenFree } from './transaction';

let dir: string;
let db: Db;
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fanfare-busy-'));
  const file = join(dir, 'fanfare.db');
  db = openDb({ file, migrationsFolder: MIGRATIONS });
  db.$client.pragma('busy_timeout = 20');
  db.$client.exec('create table chunks (n integer)');
  // Another connection on the same file (what the checkpoint worker is) holding the write lock.
  other = new Database(file);
  other.exec('begin immediate');
});
afterEach(() => {
  if (other.inTransaction) other.exec('rollback');
  other.close();
  closeDb(db);
  rmSync(dir, { recursive: true, force: true });
});

const stored = () => db.$client.prepare('select count(*) from chunks').pluck().get();

describe('a background transaction while another connection holds the write lock', () => {
  it('waits for the lock and then runs its work exactly once', async () => {
    let runs = 0;
    const done = inTransactionWhenFree(db, () => {
      runs += 1;
      db.$client.prepare('insert into chunks (n) values (1)').run();
      return 'stored';
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(stored()).toBe(0);
    other.exec('commit');
    await expect(done).resolves.toBe('stored');
    expect(runs).toBe(1);
    expect(stored()).toBe(1);
  });

  it('gives up with the database error once its patience runs out, having written nothing', async () => {
    await expect(inTransactionWhenFree(db, () => db.$client.prepare('insert into chunks (n) values (1)').run(), 300)).rejects.toThrow(/locked|busy/i);
    other.exec('rollback');
    expect(stored()).toBe(0);
  });
});
