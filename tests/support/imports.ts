import { Readable } from 'node:stream';
import type { ImportJob, ImportPlan, Inspection } from '../../preload/imports-contract';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../preload/contract';
import { createReps } from './reps';
import { createDispatch } from '../../main/services/handler-map';
import { buildHandlers } from '../../main/services/handlers';
import { importRuntime } from '../../main/services/imports/runtime';
import { UPLOAD_PART_BYTES } from '../../main/services/imports/uploads';
import type { TestContext } from './context';
import { fixtureBytes } from './csv-fixtures';

export { createReps };

/** Calls procedures through the real dispatch (contract validation on the way in and out). */
export function procedures(ctx: TestContext) {
  const dispatch = createDispatch(ctx, buildHandlers());
  return async function call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value as ProcedureOutput<N>;
  };
}

/** Uploads bytes the way the wizard does: announced, then sent in parts. */
export async function upload(ctx: TestContext, name: string, bytes: Buffer): Promise<string> {
  const { uploads } = importRuntime(ctx);
  const started = uploads.begin(name, bytes.length);
  for (let at = 0; at < bytes.length; at += UPLOAD_PART_BYTES) {
    await uploads.appendPart(started.id, at, Readable.from([bytes.subarray(at, at + UPLOAD_PART_BYTES)]));
  }
  return started.id;
}

/** Resolves when the job has finished (done, failed or cancelled). */
export function waitForJob(ctx: TestContext, jobId: string): Promise<ImportJob> {
  const call = procedures(ctx);
  return new Promise((resolve, reject) => {
    const check = () =>
      call('imports.job', { jobId }).then((job) => {
        if (job.state === 'running') return;
        off();
        resolve(job);
      }, reject);
    const off = ctx.bus.subscribe((event) => {
      if (event.name === 'importProgress' && event.payload.id === jobId && event.payload.state !== 'running') void check();
    });
    void check();
  });
}

export interface ImportOutcome {
  inspection: Inspection;
  plan: ImportPlan;
  job: ImportJob;
}

/** Uploads a file (a fixture by name, or bytes), inspects it and runs the suggested plan (patched). */
export async function importFile(
  ctx: TestContext,
  file: string | { name: string; bytes: Buffer },
  options: { mode?: 'dryRun' | 'commit'; plan?: (plan: ImportPlan, inspection: Inspection) => ImportPlan; name?: string } = {},
): Promise<ImportOutcome> {
  const call = procedures(ctx);
  const { name, bytes } = typeof file === 'string' ? { name: file, bytes: fixtureBytes(file) } : file;
  const uploadId = await upload(ctx, name, bytes);
  const inspection = await call('imports.inspect', { uploadId });
  const plan = options.plan ? options.plan(inspection.plan, inspection) : inspection.plan;
  const { jobId } = await call('imports.start', { uploadId, plan, mode: options.mode ?? 'commit', ...(options.name ? { name: options.name } : {}) });
  const job = await waitForJob(ctx, jobId);
  return { inspection, plan, job };
}
