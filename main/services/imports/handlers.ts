import type { HandlerSlice } from '../handler-map';
import { batchView, listBatchViews } from './batches';
import { createImportSource, listImportSources } from './import-sources';
import { inspectUpload } from './inspect-upload';
import { importRuntime } from './runtime';
import { undoBatch } from './undo';
import { MAX_UPLOAD_BYTES } from './uploads';

/** The CSV import procedures (preload/imports-contract.ts). */
export const importHandlers: HandlerSlice = {
  'imports.uploadTicket': (_input, ctx) => ({ ticket: importRuntime(ctx).uploads.issueTicket(), uploadPath: '/uploads', maxBytes: MAX_UPLOAD_BYTES }),
  'imports.inspect': (input, ctx) => inspectUpload(ctx, input),
  'imports.start': async (input, ctx) => ({ jobId: await importRuntime(ctx).jobs.start(input) }),
  'imports.job': (input, ctx) => importRuntime(ctx).jobs.view(input.jobId),
  'imports.cancel': (input, ctx) => importRuntime(ctx).jobs.cancel(input.jobId),
  'imports.batches': (_input, ctx) => listBatchViews(ctx),
  'imports.undo': async (input, ctx) => {
    await undoBatch(ctx, input.batchId);
    return batchView(ctx, input.batchId);
  },
  'imports.sources': (_input, ctx) => listImportSources(ctx),
  'imports.createSource': (input, ctx) => createImportSource(ctx, input.name),
};
