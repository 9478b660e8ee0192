import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb } from '../../db/open';
import { ChangeBus } from '../../main/services/bus';
import type { ServiceContext } from '../../main/services/context';
import { ensureWorkspace } from '../../main/services/workspace';

export const MIGRATIONS = join(import.meta.dirname, '..', '..', 'db', 'migrations');

export interface TestContext extends ServiceContext {
  /** Moves the injected clock. */
  setNow(at: number | string): void;
  dispose(): void;
  dir: string;
}

/** A workspace on a fresh database file in a temp folder, with a controllable clock. */
export function createTestContext(options: { timeZone?: string; now?: string } = {}): TestContext {
  const dir = mkdtempSync(join(tmpdir(), 'fanfare-test-'));
  const db = openDb({ file: join(dir, 'fanfare.db'), migrationsFolder: MIGRATIONS });
  let now = Date.parse(options.now ?? '2026-11-24T15:00:00Z');
  const ctx: TestContext = {
    db,
    bus: new ChangeBus(),
    now: () => now,
    baseUrl: () => 'http://127.0.0.1:4870',
    version: '0.0.0-test',
    electron: false,
    log: () => undefined,
    setNow(at) {
      now = typeof at === 'number' ? at : Date.parse(at);
    },
    dispose() {
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
    dir,
  };
  ensureWorkspace(ctx, options.timeZone ?? 'America/Sao_Paulo');
  return ctx;
}
