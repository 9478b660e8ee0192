import type { ImportJob, ImportPlan } from '../../../preload/imports-contract';
import { insertBatch, saveMapping, updateBatch, applyBulkWriteSettings } from '../../../db/queries/imports';
import { upsertIdentity } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import { catchUpAfterBatch } from '../gamification/bulk';
import { UnreadableFile } from '../../ingest/csv/read-events';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { resolveHeldEvents } from '../identities';
import type { FileReader } from './file-reader';
import { requireImportSource } from './import-sources';
import { checkPlan, headerHash } from './plan-check';
import { ImportRun } from './run';
import { rollBackBatch } from './undo';
import type { UploadStore } from './uploads';

export interface StartImport {
  uploadId: string;
  plan: ImportPlan;
  mode: 'dryRun' | 'commit';
  name?: string | undefined;
  rememberMapping: boolean;
}

interface Job {
  view: ImportJob;
  uploadId: string;
  cancel: boolean;
  lastPush: number;
}

const KEEP_JOBS = 50;
const PUSH_EVERY_MS = 200;
const NOTIFY_TABLES_EVERY_MS = 1000;

/**
 * Import jobs: a dry run or an import of one uploaded file, running in the background
 * (the file is read off the main thread) while the manager window follows its progress.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private counter = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly uploads: UploadStore,
    private readonly read: FileReader,
  ) {}

  async start(input: StartImport): Promise<string> {
    const upload = this.uploads.get(input.uploadId);
    const header = await checkPlan(this.ctx, this.uploads, upload.id, input.plan);
    if (input.mode === 'commit' && [...this.jobs.values()].some((j) => j.view.mode === 'commit' && j.view.state === 'running')) {
      fail('conflict', 'Another import is running; wait for it to finish (its progress is on the Import screen).');
    }
    // A new dry run of the same file replaces the one still running (the plan changed).
    for (const job of this.jobs.values()) if (job.uploadId === upload.id && job.view.mode === 'dryRun' && job.view.state === 'running') job.cancel = true;

    const id = `job-${++this.counter}-${this.ctx.now().toString(36)}`;
    const job: Job = {
      uploadId: upload.id,
      cancel: false,
      lastPush: 0,
      view: { id, mode: input.mode, state: 'running', bytesRead: 0, totalBytes: upload.bytes, rows: 0, rowsPerSecond: 0, secondsLeft: null, startedAt: this.ctx.now(), finishedAt: null, report: null, error: null, batchId: null },
    };
    this.jobs.set(id, job);
    this.forgetOldJobs();
    void this.run(job, input, header, upload.path, upload.name);
    return id;
  }

  view(id: string): ImportJob {
    return (this.jobs.get(id) ?? fail('not_found', 'That import job is no longer known (jobs are forgotten when Fanfare restarts).')).view;
  }

  cancel(id: string): ImportJob {
    const job = this.jobs.get(id) ?? fail('not_found', 'That import job is no longer known.');
    job.cancel = true;
    return job.view;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.view.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, this.jobs.size - KEEP_JOBS))) this.jobs.delete(job.view.id);
  }

  private progress(job: Job, rows: number, bytes: number, force = false): void {
    const view = job.view;
    const elapsed = Math.max(1, this.ctx.now() - view.startedAt) / 1000;
    view.rows = rows;
    view.bytesRead = bytes;
    view.rowsPerSecond = Math.round(rows / elapsed);
    const bytesPerSecond = bytes / elapsed;
    view.secondsLeft = bytes > 0 && view.state === 'running' ? Math.max(0, Math.round((view.totalBytes - bytes) / bytesPerSecond)) : null;
    const now = this.ctx.now();
    if (!force && now - job.lastPush < PUSH_EVERY_MS) return;
    job.lastPush = now;
    const { report: _report, ...progress } = view;
    this.ctx.bus.importProgress(progress);
  }

  private async run(job: Job, input: StartImport, header: string[], path: string, fileName: string): Promise<void> {
    const { plan } = input;
    const commit = input.mode === 'commit';
    let batchId: number | null = null;
    let restore: (() => void) | null = null;
    let run: ImportRun | null = null;
    const name = input.name ?? fileName;
    try {
      const receivedAt = this.ctx.now();
      if (commit) batchId = this.beginBatch(plan, header, name, fileName, job.view.totalBytes);
      job.view.batchId = batchId;
      run = new ImportRun(this.ctx, plan, batchId === null ? null : { batchId, receivedAt });
      let lastNotice = this.ctx.now();
      restore = commit ? applyBulkWriteSettings(this.ctx.db) : null;
      const result = await this.read(
        path,
        plan,
        async (chunk) => {
          await run?.accept(chunk.events);
          this.progress(job, chunk.rows, chunk.bytes);
          if (commit && this.ctx.now() - lastNotice >= NOTIFY_TABLES_EVERY_MS) {
            lastNotice = this.ctx.now();
            this.ctx.bus.changed('events', 'ledger');
          }
        },
        () => job.cancel,
      );
      restore?.();
      restore = null;
      if (result.cancelled) {
        job.view.state = 'cancelled';
        if (batchId !== null) await this.endBatch(batchId, name, 'cancelled', run);
      } else {
        const imported = run;
        job.view.report = imported.report(result.stats);
        if (batchId !== null) {
          const report = job.view.report;
          inTransaction(this.ctx.db, () => {
            // Names the wizard suggested and the manager accepted become the source's mappings.
            for (const { identity, repId } of imported.owners.suggested.values()) saveOwner(this.ctx, plan.sourceId, identity.kind, identity.value, repId);
            // The batch's customers nobody owned yet go to the rep the file names; no point moves.
            imported.customers?.finish('Owner named by a CSV import');
            updateBatch(this.ctx.db, batchId ?? 0, { status: 'done', reportJson: JSON.stringify(report), eventsAdded: imported.added, finishedAt: this.ctx.now() });
            if (input.rememberMapping) {
              saveMapping(this.ctx.db, { headerHash: headerHash(header), kind: plan.kind, planJson: JSON.stringify({ ...plan, owners: {} }), updatedAt: this.ctx.now() });
            }
          });
          this.uploads.remove(job.uploadId);
          // Goals, badges and levels the imported events complete.
          catchUpAfterBatch(this.ctx, batchId);
          this.ctx.bus.changed('events', 'ledger', 'imports', 'identities', 'customers');
        }
        job.view.state = 'done';
      }
    } catch (error) {
      restore?.();
      job.view.state = 'failed';
      job.view.error = describe(error);
      if (!(error instanceof UnreadableFile)) this.ctx.log('error', 'CSV import failed', error);
      if (batchId !== null) await this.endBatch(batchId, name, 'failed', run);
    }
    job.view.finishedAt = this.ctx.now();
    this.progress(job, job.view.rows, job.view.bytesRead, true);
  }

  /** Creates the batch and saves the owners the manager mapped, before any event is written. */
  private beginBatch(plan: ImportPlan, header: string[], name: string, fileName: string, fileBytes: number): number {
    const batch = inTransaction(this.ctx.db, () => {
      requireImportSource(this.ctx, plan.sourceId);
      for (const [value, repId] of Object.entries(plan.owners)) {
        if (repId !== null) saveOwner(this.ctx, plan.sourceId, value.includes('@') ? 'email' : 'name', value, repId);
      }
      return insertBatch(this.ctx.db, {
        sourceId: plan.sourceId,
        name,
        kind: plan.kind,
        fileName,
        fileBytes,
        headerJson: JSON.stringify(header),
        planJson: JSON.stringify(plan),
        status: 'running',
        reportJson: null,
        eventsAdded: 0,
        createdAt: this.ctx.now(),
        finishedAt: null,
        undoneAt: null,
      });
    });
    this.ctx.bus.changed('imports', 'identities', 'events', 'ledger');
    return batch.id;
  }

  /** A cancelled or failed import leaves nothing behind: what it wrote is taken back. */
  private async endBatch(batchId: number, name: string, status: 'cancelled' | 'failed', run: ImportRun | null): Promise<void> {
    try {
      await rollBackBatch(this.ctx, batchId, name);
      inTransaction(this.ctx.db, () => {
        run?.customers?.forgetCreated();
        updateBatch(this.ctx.db, batchId, { status, finishedAt: this.ctx.now() });
      });
    } catch (error) {
      this.ctx.log('error', `could not take back the events of import ${batchId}`, error);
      inTransaction(this.ctx.db, () => updateBatch(this.ctx.db, batchId, { status: 'interrupted', finishedAt: this.ctx.now() }));
    }
    this.ctx.bus.changed('imports');
  }
}

function saveOwner(ctx: ServiceContext, sourceId: string, kind: 'email' | 'name', value: string, repId: number): void {
  upsertIdentity(ctx.db, { sourceId, kind, value, repId, createdAt: ctx.now() });
  // Events an earlier import held for this owner score now.
  resolveHeldEvents(ctx, sourceId, kind, value, repId);
}

function describe(error: unknown): string {
  if (error instanceof UnreadableFile) {
    return `The file could not be read as CSV${error.line ? ` near line ${error.line}` : ''}: ${error.message}. Check the delimiter and encoding in the wizard, or re-save the file as CSV.`;
  }
  return (error as Error).message ?? String(error);
}
