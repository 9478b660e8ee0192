import type { ImportBatch, ImportReport } from '../../../preload/imports-contract';
import { findBatch, listBatches, type ImportBatchRow } from '../../../db/queries/imports';
import { listSources } from '../../../db/queries/sources';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

function toView(row: ImportBatchRow, sourceNames: ReadonlyMap<string, string>): ImportBatch {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sourceId: row.sourceId,
    sourceName: sourceNames.get(row.sourceId) ?? row.sourceId,
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    status: row.status,
    eventsAdded: row.eventsAdded,
    report: row.reportJson ? (JSON.parse(row.reportJson) as ImportReport) : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    undoneAt: row.undoneAt,
  };
}

const names = (ctx: ServiceContext) => new Map(listSources(ctx.db).map((s) => [s.id, s.name]));

/** Imports, newest first. */
export function listBatchViews(ctx: ServiceContext): ImportBatch[] {
  const sourceNames = names(ctx);
  return listBatches(ctx.db, 200).map((row) => toView(row, sourceNames));
}

export function batchView(ctx: ServiceContext, id: number): ImportBatch {
  return toView(findBatch(ctx.db, id) ?? fail('not_found', `There is no import with id ${id}.`), names(ctx));
}
