import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../tests/support/context';
import { closeDb, openDb } from './open';
import { events, sources } from './schema';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fanfare-db-'));
  dirs.push(dir);
  return join(dir, 'fanfare.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDb', () => {
  it('applies every migration to an empty file and sets the pragmas', () => {
    const db = openDb({ file: tempFile(), migrationsFolder: MIGRATIONS });
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['deliveries', 'displays', 'events', 'ledger', 'rep_day_totals', 'rep_identities', 'reps', 'scoring_rules', 'sources', 'workspace']),
    );
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeDb(db);
  });

  it('re-opening an up-to-date file applies nothing twice', () => {
    const file = tempFile();
    closeDb(openDb({ file, migrationsFolder: MIGRATIONS }));
    const db = openDb({ file, migrationsFolder: MIGRATIONS });
    const applied = db.$client.prepare('select count(*) from __drizzle_migrations').pluck().get();
    const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(applied).toBe(journal.entries.length);
    closeDb(db);
  });

  it('refuses a second event with the same external id from the same source', () => {
    const db = openDb({ file: tempFile(), migrationsFolder: MIGRATIONS });
    db.insert(sources).values([
      { id: 'a', kind: 'generic', name: 'A', secret: 's', createdAt: 0 },
      { id: 'b', kind: 'generic', name: 'B', secret: 's', createdAt: 0 },
    ]).run();
    const event = { sourceId: 'a', externalId: 'crm-1', type: 'deal.won', occurredAt: 1, receivedAt: 1, payloadJson: '{}' };
    db.insert(events).values(event).run();
    expect(() => db.insert(events).values(event).run()).toThrow(/UNIQUE constraint failed/);
    // The same id from another source is a different event.
    db.insert(events).values({ ...event, sourceId: 'b' }).run();
    expect(db.select().from(events).all()).toHaveLength(2);
    closeDb(db);
  });
});
