import type { ParsedInput } from '../../../preload/contract';
import type { ImportPlan, Inspection } from '../../../preload/imports-contract';
import { findMapping } from '../../../db/queries/imports';
import { inspectSample, suggestPlan } from '../../ingest/csv/inspect';
import type { ServiceContext } from '../context';
import { getWorkspace } from '../workspace';
import { vendorSourceId } from './import-sources';
import { headerHash } from './plan-check';
import { importRuntime } from './runtime';

const PREVIEW_ROWS = 12;

/**
 * The wizard's first look at an uploaded file: encoding, delimiter, header, the first rows,
 * the known export it is (if any), and the plan Fanfare suggests. A plan saved for the same
 * header is reused as is (only how to read the bytes is detected again).
 */
export async function inspectUpload(ctx: ServiceContext, input: ParsedInput<'imports.inspect'>): Promise<Inspection> {
  const { uploads } = importRuntime(ctx);
  const upload = uploads.get(input.uploadId);
  const sample = await uploads.sample(upload.id);
  const view = inspectSample(sample.bytes, sample.complete, {
    ...(input.encoding ? { encoding: input.encoding } : {}),
    ...(input.delimiter ? { delimiter: input.delimiter } : {}),
  });
  const workspace = getWorkspace(ctx);
  const suggested = suggestPlan(view, { timeZone: workspace.timeZone, baseCurrency: workspace.baseCurrency, locale: workspace.locale }, input.kind);
  const saved = findMapping(ctx.db, headerHash(view.header));
  const savedPlan = saved && (!input.kind || saved.kind === input.kind) ? (JSON.parse(saved.planJson) as ImportPlan) : null;
  const plan: ImportPlan = savedPlan
    ? { ...savedPlan, encoding: view.encoding, delimiter: view.delimiter, owners: {} }
    : { ...suggested.plan, sourceId: vendorSourceId(suggested.layout?.vendor ?? null) };
  return {
    upload: { id: upload.id, name: upload.name, bytes: upload.bytes },
    encoding: view.encoding,
    encodingReason: view.encodingReason,
    delimiter: view.delimiter,
    header: view.header,
    preview: view.records.slice(0, PREVIEW_ROWS),
    layout: suggested.layout ? { id: suggested.layout.id, label: suggested.layout.label } : null,
    savedMapping: savedPlan !== null,
    plan,
    slashedDates: suggested.slashedDates,
    dateOrderAmbiguous: !savedPlan && suggested.dateOrderAmbiguous,
  };
}
