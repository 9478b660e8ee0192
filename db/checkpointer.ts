// WAL checkpoints on a worker thread. SQLite's automatic checkpoint runs inside the commit
// that crosses the threshold, on the thread that commits, and (with synchronous=NORMAL) ends
// with an fsync: a burst of webhooks would wait behind it on the event loop. Here the main
// connection never checkpoints; a second connection on a worker does it every so often in
// PASSIVE mode, which never blocks the writer. If the worker stops, the main connection takes
// checkpoints back so the WAL cannot grow without end.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './open';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    let [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // Under sustained writes a passive checkpoint never catches up, and the WAL only starts
    // over once one does: past a size, a TRUNCATE waits for a gap between transactions and
    // gives the disk space back (a million-row import grows the WAL to hundreds of MB). It
    // holds off writers while it copies what is left, so it runs only when the passive pass
    // left little to copy: a long one would make the app's next transaction time out.
    if (result && result.log > workerData.restartFrames && result.log - result.checkpointed <= workerData.restartLeftover) {
      [result] = db.pragma('wal_checkpoint(TRUNCATE)');
    }
    parentPort.postMessage({ checkpointed: result ? result.checkpointed : 0 });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
}, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Resolves once at least `frames` WAL frames have been copied into the database file. */
  reached(frames: number): Promise<void>;
  stop(): Promise<void>;
}

export function startCheckpointer(db: Db, file: string, opts: { nativeBinding?: string; everyMs?: number; log?: (message: string) => void } = {}): Checkpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  db.$client.pragma('wal_autocheckpoint = 0');
  let frames = 0;
  let stopping = false;
  const waiting: { frames: number; resolve: () => void }[] = [];
  const worker = new Worker(WORKER, { eval: true, workerData: { module, file, nativeBinding: opts.nativeBinding ?? null, everyMs: opts.everyMs ?? 500, restartFrames: 8192, restartLeftover: 1024 } });
  worker.unref();
  worker.on('message', (message: { checkpointed?: number; error?: string }) => {
    if (message.error) opts.log?.(`background checkpoint failed: ${message.error}`);
    else frames += message.checkpointed ?? 0;
    for (const w of waiting.filter((w) => frames >= w.frames)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  const fallBack = () => {
    if (stopping || !db.$client.open) return;
    opts.log?.('the checkpoint worker stopped: checkpoints run on the main connection again');
    db.$client.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    reached: (target) => (frames >= target ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ frames: target, resolve }))),
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
