import type { ImportField, ImportKind, StatusRole } from '../../../preload/imports-contract';
import type { DateOrder } from './dates';

/** The export source a known layout comes from; each has its own import source in Fanfare. */
export const VENDORS = ['stripe', 'hubspot', 'pipedrive', 'salesforce', 'zoho'] as const;
export type Vendor = (typeof VENDORS)[number];

/** A vendor export Fanfare recognises by its header and maps without asking. */
export interface KnownLayout {
  id: string;
  label: string;
  vendor: Vendor;
  kind: ImportKind;
  /** Header cell per field; a field whose header is absent stays unmapped. */
  fields: Partial<Record<ImportField, string>>;
  /** Headers that must all be present for the layout to match. */
  required: readonly ImportField[];
  statuses: Readonly<Record<string, StatusRole>>;
  /** 'UTC' when the export says so in its header; otherwise the workspace zone. */
  timeZone: 'UTC' | 'workspace';
  dateOrder: DateOrder | null;
}

// Stripe's Dashboard words (not the API's `succeeded`). "Refunded" is still a payment: the
// refund comes from the `Amount Refunded` column, so a partial refund that stays "Paid" and
// a full one marked "Refunded" are read the same way.
const STRIPE_STATUSES: Record<string, StatusRole> = {
  Paid: 'payment',
  Refunded: 'payment',
  Failed: 'skip',
  Pending: 'skip',
  Canceled: 'skip',
  Uncaptured: 'skip',
  requires_payment_method: 'skip',
};

const STRIPE_SHARED = {
  vendor: 'stripe',
  kind: 'payments',
  required: ['id', 'date', 'amount', 'currency', 'status'],
  statuses: STRIPE_STATUSES,
  timeZone: 'UTC',
  dateOrder: null,
} as const;

export const KNOWN_LAYOUTS: readonly KnownLayout[] = [
  {
    ...STRIPE_SHARED,
    id: 'stripe-payments',
    label: 'Stripe payments',
    fields: {
      id: 'id',
      date: 'Created date (UTC)',
      amount: 'Amount',
      refundedAmount: 'Amount Refunded',
      refundedDate: 'Refunded date (UTC)',
      currency: 'Currency',
      status: 'Status',
      customer: 'Customer Description',
      title: 'Description',
    },
  },
  {
    ...STRIPE_SHARED,
    id: 'stripe-payments-legacy',
    label: 'Stripe payments (older layout)',
    fields: {
      id: 'id',
      date: 'Created (UTC)',
      amount: 'Amount',
      refundedAmount: 'Amount Refunded',
      currency: 'Currency',
      status: 'Status',
      customer: 'Customer Description',
      title: 'Description',
    },
  },
  {
    id: 'hubspot-deals',
    label: 'HubSpot deals',
    vendor: 'hubspot',
    kind: 'deals',
    fields: { id: 'Record ID', title: 'Deal Name', status: 'Deal Stage', date: 'Close Date', owner: 'Deal owner', amount: 'Amount', currency: 'Currency', customer: 'Associated Company' },
    required: ['id', 'status', 'date', 'owner', 'amount'],
    statuses: { 'Closed Won': 'won' },
    timeZone: 'workspace',
    dateOrder: null,
  },
  {
    id: 'pipedrive-deals',
    label: 'Pipedrive deals',
    vendor: 'pipedrive',
    kind: 'deals',
    // Filter on Deal - Status: a won deal's stage is still a pipeline stage. Deal - Creator
    // is whoever typed it in, Deal - Weighted value a forecast: neither is used.
    fields: {
      id: 'Deal - ID',
      title: 'Deal - Title',
      owner: 'Deal - Owner',
      amount: 'Deal - Value',
      currency: 'Deal - Currency of Value',
      status: 'Deal - Status',
      date: 'Deal - Won time',
      customer: 'Deal - Organization',
    },
    required: ['id', 'owner', 'amount', 'status', 'date'],
    statuses: { Won: 'won' },
    timeZone: 'workspace',
    dateOrder: null,
  },
  {
    id: 'pipedrive-deals-pt',
    label: 'Pipedrive deals (Português)',
    vendor: 'pipedrive',
    kind: 'deals',
    fields: {
      id: 'Negócio - ID',
      title: 'Negócio - Título',
      owner: 'Negócio - Proprietário',
      amount: 'Negócio - Valor',
      currency: 'Negócio - Moeda de Valor',
      status: 'Negócio - Status',
      date: 'Negócio - Ganho em',
      customer: 'Negócio - Organização',
    },
    required: ['id', 'owner', 'amount', 'status', 'date'],
    statuses: { Ganho: 'won' },
    timeZone: 'workspace',
    dateOrder: 'dmy',
  },
  {
    id: 'salesforce-opportunities',
    label: 'Salesforce opportunities report',
    vendor: 'salesforce',
    kind: 'deals',
    fields: {
      id: 'Opportunity ID',
      owner: 'Opportunity Owner',
      customer: 'Account Name',
      title: 'Opportunity Name',
      status: 'Stage',
      amount: 'Amount',
      currency: 'Opportunity Currency',
      date: 'Close Date',
    },
    required: ['id', 'owner', 'status', 'amount', 'date'],
    statuses: { 'Closed Won': 'won' },
    timeZone: 'workspace',
    dateOrder: 'mdy',
  },
  {
    id: 'zoho-deals',
    label: 'Zoho CRM deals',
    vendor: 'zoho',
    kind: 'deals',
    // Expected Revenue and Exchange Rate are forecasts/conversions, not the deal's amount.
    fields: { id: 'Record Id', owner: 'Deal Owner', title: 'Deal Name', amount: 'Amount', currency: 'Currency', status: 'Stage', date: 'Closing Date', customer: 'Account Name' },
    required: ['id', 'owner', 'amount', 'status', 'date'],
    statuses: { 'Closed Won': 'won' },
    timeZone: 'workspace',
    dateOrder: null,
  },
];

const key = (header: string) => header.trim().toLowerCase();

/** The known layout a header belongs to, with each mapped field's column index. */
export function matchLayout(header: readonly string[]): { layout: KnownLayout; columns: Partial<Record<ImportField, number>> } | null {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    if (!index.has(key(cell))) index.set(key(cell), i);
  });
  for (const layout of KNOWN_LAYOUTS) {
    const columns: Partial<Record<ImportField, number>> = {};
    for (const [field, name] of Object.entries(layout.fields) as [ImportField, string][]) {
      const at = index.get(key(name));
      if (at !== undefined) columns[field] = at;
    }
    if (layout.required.every((field) => columns[field] !== undefined)) {
      if (layout.vendor === 'stripe' && columns.owner === undefined) {
        // Stripe has no seller field: the merchant's own metadata key names the rep.
        const metadata = header.findIndex((h) => /\(metadata\)\s*$/i.test(h) && /rep|sales|seller|owner|vendedor|agent/i.test(h));
        if (metadata >= 0) columns.owner = metadata;
      }
      return { layout, columns };
    }
  }
  return null;
}

export function layoutById(id: string | null): KnownLayout | undefined {
  return KNOWN_LAYOUTS.find((l) => l.id === id);
}
