import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markRunningBatchesInterrupted } from '../../../db/queries/imports';
import type { ServiceContext } from '../context';
import { readInWorker, readOnThisThread, type FileReader } from './file-reader';
import { ImportJobs } from './jobs';
import { finishInterruptedUndos } from './undo';
import { UploadStore } from './uploads';

export interface ImportRuntime {
  uploads: UploadStore;
  jobs: ImportJobs;
}

// Keyed by the database: each call gets its own ServiceContext (who is acting), but one
// app has one database and one import runtime.
const runtimes = new WeakMap<object, ImportRuntime>();

function create(ctx: ServiceContext, uploadsDir: string, reader: FileReader): ImportRuntime {
  const uploads = new UploadStore(uploadsDir, ctx.now);
  const runtime = { uploads, jobs: new ImportJobs(ctx, uploads, reader) };
  runtimes.set(ctx.db, runtime);
  return runtime;
}

/**
 * Sets up imports for the app (composition root): uploads in the data folder, files read
 * by a worker thread. Imports a crash interrupted are marked as such, and undos it cut
 * short are finished.
 */
export async function startImports(ctx: ServiceContext, options: { uploadsDir: string; workerFile?: string }): Promise<ImportRuntime> {
  const runtime = create(ctx, options.uploadsDir, options.workerFile ? readInWorker(options.workerFile) : readOnThisThread);
  if (markRunningBatchesInterrupted(ctx.db, ctx.now()) > 0) ctx.log('warn', 'an import was interrupted when Fanfare stopped: undo it or import the file again (only missing rows are added)');
  await finishInterruptedUndos(ctx);
  return runtime;
}

/** The import runtime of this context (a temp-folder, same-thread one when none was set up, as in tests). */
export function importRuntime(ctx: ServiceContext): ImportRuntime {
  return runtimes.get(ctx.db) ?? create(ctx, mkdtempSync(join(tmpdir(), 'fanfare-uploads-')), readOnThisThread);
}

export function stopImports(ctx: ServiceContext): void {
  const runtime = runtimes.get(ctx.db);
  if (!runtime) return;
  runtime.uploads.close();
  runtimes.delete(ctx.db);
}
