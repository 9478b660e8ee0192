import type { Db } from './open';

/**
 * Runs `work` in one IMMEDIATE transaction (the write lock is taken up front, so two
 * writers never deadlock on upgrade). Everything `work` does through `db` is part of it;
 * a throw rolls it all back. Nested calls become savepoints.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work).immediate();
}

const BUSY_RETRY_MS = 100;

/**
 * `inTransaction` for long background work written in many transactions (an import): when
 * another connection holds the write lock past the busy timeout (a checkpoint of a large WAL),
 * the transaction could not even begin, so nothing of `work` ran; it is tried again after a
 * pause instead of failing the whole job. Gives up after `patienceMs`.
 */
export async function inTransactionWhenFree<T>(db: Db, work: () => T, patienceMs = 60_000): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    let begun = false;
    try {
      return inTransaction(db, () => {
        begun = true;
        return work();
      });
    } catch (error) {
      if (begun || (error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
  }
}
