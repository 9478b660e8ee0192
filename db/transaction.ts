import type { Db } from './open';

/**
 * Runs `work` in one IMMEDIATE transaction (the write lock is taken up front, so two
 * writers never deadlock on upgrade). Everything `work` does through `db` is part of it;
 * a throw rolls it all back. Nested calls become savepoints.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work).immediate();
}
