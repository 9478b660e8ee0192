import type { ImportSource } from '../../../preload/imports-contract';
import { findSource, insertSource, listSources, type SourceRow } from '../../../db/queries/sources';
import { inTransaction } from '../../../db/transaction';
import { VENDORS, type Vendor } from '../../ingest/csv/layouts';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { newToken } from '../tokens';

// How CSV imports relate to sources: every import belongs to an import source (kind `csv`,
// no webhook URL). Each known export has one (`csv-stripe`, `csv-hubspot`, ...), so the
// same deal or payment exported twice has the same external id in the same source and
// counts once, and an owner mapped once ("Ana Souza" -> Ana) holds for every later file
// from that vendor. Sheets Fanfare does not know go to "Spreadsheets" (`csv-sheets`) or to
// a source the manager names, so unrelated sheets that both number rows 1, 2, 3 do not
// collide.
export const CSV_KIND = 'csv';
export const SHEETS_SOURCE = 'csv-sheets';

// Vendor names read the same in every language; the UI words "Spreadsheets" itself.
const VENDOR_NAMES: Record<Vendor, string> = {
  stripe: 'Stripe CSV',
  hubspot: 'HubSpot CSV',
  pipedrive: 'Pipedrive CSV',
  salesforce: 'Salesforce CSV',
  zoho: 'Zoho CRM CSV',
};

export function vendorSourceId(vendor: Vendor | null): string {
  return vendor ? `csv-${vendor}` : SHEETS_SOURCE;
}

function builtIn(id: string): { name: string; vendor: Vendor | null } | null {
  if (id === SHEETS_SOURCE) return { name: 'Spreadsheets (CSV)', vendor: null };
  const vendor = VENDORS.find((v) => `csv-${v}` === id);
  return vendor ? { name: VENDOR_NAMES[vendor], vendor } : null;
}

function vendorOf(row: SourceRow): string | null {
  const config = JSON.parse(row.configJson) as { vendor?: unknown };
  return typeof config.vendor === 'string' ? config.vendor : null;
}

function toView(row: SourceRow): ImportSource {
  return { id: row.id, name: row.name, vendor: vendorOf(row) };
}

/** The import source with this id, created on first use for the built-in ones. Call inside a transaction. */
export function requireImportSource(ctx: ServiceContext, id: string): SourceRow {
  const existing = findSource(ctx.db, id);
  if (existing) {
    if (existing.kind !== CSV_KIND) fail('invalid_input', `"${existing.name}" is a webhook source; CSV files are imported into an import source.`, { path: 'plan.sourceId' });
    return existing;
  }
  const known = builtIn(id) ?? fail('not_found', `There is no import source "${id}"; pick one in the wizard or create it.`, { path: 'plan.sourceId' });
  return insertSource(ctx.db, {
    id,
    kind: CSV_KIND,
    name: known.name,
    // Import sources receive no webhooks: the secret is never used.
    secret: '',
    enabled: true,
    configJson: JSON.stringify({ vendor: known.vendor }),
    createdAt: ctx.now(),
  });
}

/** Import sources that exist, plus the built-in ones not used yet. */
export function listImportSources(ctx: ServiceContext): ImportSource[] {
  const rows = listSources(ctx.db).filter((s) => s.kind === CSV_KIND);
  const views = rows.map(toView);
  for (const id of [...VENDORS.map((v) => vendorSourceId(v)), SHEETS_SOURCE]) {
    const known = builtIn(id);
    if (known && !views.some((v) => v.id === id)) views.push({ id, name: known.name, vendor: known.vendor });
  }
  return views;
}

export function createImportSource(ctx: ServiceContext, name: string): ImportSource {
  const taken = listSources(ctx.db).find((s) => s.kind === CSV_KIND && s.name.toLowerCase() === name.toLowerCase());
  if (taken) fail('conflict', `An import source named "${name}" already exists; pick it in the list.`, { path: 'name' });
  const row = inTransaction(ctx.db, () =>
    insertSource(ctx.db, {
      id: `csv-${newToken(6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`,
      kind: CSV_KIND,
      name,
      secret: '',
      enabled: true,
      configJson: JSON.stringify({ vendor: null }),
      createdAt: ctx.now(),
    }),
  );
  ctx.bus.changed('imports');
  return toView(row);
}
