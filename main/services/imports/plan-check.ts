import { createHash } from 'node:crypto';
import type { ImportField, ImportPlan } from '../../../preload/imports-contract';
import { findSource } from '../../../db/queries/sources';
import { isCurrencyCode } from '../../engine/currencies';
import { isValidTimeZone } from '../../engine/periods';
import { inspectSample } from '../../ingest/csv/inspect';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { CSV_KIND, listImportSources } from './import-sources';
import type { UploadStore } from './uploads';

/** Identifies a header for saved mappings: the same cells in the same order. */
export function headerHash(header: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(header)).digest('hex');
}

const FIELD_WORDS: Record<ImportField, string> = {
  id: 'ID',
  owner: 'owner (rep)',
  amount: 'amount',
  currency: 'currency',
  date: 'date',
  status: 'status',
  customer: 'customer',
  title: 'title',
  refundedAmount: 'refunded amount',
  refundedDate: 'refund date',
  reverses: 'refund of',
};

/**
 * Checks that a plan can be run on a file before any row is read: the columns exist, the
 * fields an event needs are mapped, the zone and currency are real. Returns the header.
 */
export async function checkPlan(ctx: ServiceContext, uploads: UploadStore, uploadId: string, plan: ImportPlan): Promise<string[]> {
  const sample = await uploads.sample(uploadId);
  const { header } = inspectSample(sample.bytes, sample.complete, { encoding: plan.encoding, delimiter: plan.delimiter });
  for (const [field, at] of Object.entries(plan.columns) as [ImportField, number][]) {
    if (at >= header.length) {
      fail('invalid_input', `The ${FIELD_WORDS[field]} column is #${at + 1} but the file has ${header.length} columns; map the columns again.`, { path: `plan.columns.${field}` });
    }
  }
  const used = Object.values(plan.columns);
  if (new Set(used).size !== used.length) fail('invalid_input', 'One column is mapped to two fields; each column feeds one field.', { path: 'plan.columns' });
  if (plan.columns.date === undefined) fail('invalid_input', `Choose the column with the ${plan.kind === 'deals' ? 'won (close) date' : 'payment date'}.`, { path: 'plan.columns.date' });
  if (plan.kind === 'payments' && plan.columns.amount === undefined) fail('invalid_input', 'Choose the column with the amount paid.', { path: 'plan.columns.amount' });
  if (plan.columns.amount !== undefined && plan.columns.currency === undefined && !plan.defaultCurrency) {
    fail('invalid_input', 'The file has no currency column: choose the currency of its amounts.', { path: 'plan.defaultCurrency' });
  }
  if (plan.defaultCurrency && !isCurrencyCode(plan.defaultCurrency.toUpperCase())) {
    fail('invalid_input', `"${plan.defaultCurrency}" is not an ISO 4217 currency code; use a code like BRL, USD or EUR.`, { path: 'plan.defaultCurrency' });
  }
  if (!isValidTimeZone(plan.timeZone)) fail('invalid_input', `"${plan.timeZone}" is not an IANA time zone; use a name like America/Sao_Paulo or UTC.`, { path: 'plan.timeZone' });
  const source = findSource(ctx.db, plan.sourceId);
  const known = source ? source.kind === CSV_KIND : listImportSources(ctx).some((s) => s.id === plan.sourceId);
  if (!known) fail('invalid_input', `"${plan.sourceId}" is not an import source; pick one in the wizard.`, { path: 'plan.sourceId' });
  return header;
}
