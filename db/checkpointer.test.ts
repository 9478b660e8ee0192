import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../tests/support/context';
import { startCheckpointer } from './checkpointer';
import { closeDb, openDb } from './open';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('background checkpoints', () => {
  it('copy the WAL into the database file from a worker while the main connection only writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanfare-ckpt-'));
    dirs.push(dir);
    const file = join(dir, 'fanfare.db');
    const db = openDb({ file, migrationsFolder: MIGRATIONS });
    const checkpointer = startCheckpointer(db, file, { everyMs: 10 });
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    db.$client.exec('create table filler (x text); with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000) insert into filler select hex(randomblob(500)) from n');
    // Nothing checkpoints on the main connection: only the worker can make the file grow.
    await checkpointer.reached(1);
    await checkpointer.stop();
    expect(statSync(file).size).toBeGreaterThan(before);
    closeDb(db);
  });
});
