// The CSV import part of the typed API (procedures are merged into contract.ts). The plan
// is everything the wizard decided about a file: how to read it, which column is which
// Fanfare field, which statuses count, who the owners are. The same plan drives the dry
// run and the import, so what the report shows is what the import does.
import { z } from 'zod';

export const IMPORT_KINDS = ['deals', 'payments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Fanfare fields a column can feed. `refundedAmount`/`refundedDate`: Stripe's cumulative refund columns. */
export const IMPORT_FIELDS = ['id', 'owner', 'amount', 'currency', 'date', 'status', 'customer', 'title', 'refundedAmount', 'refundedDate', 'reverses'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What a status value means: a won deal, a payment, a refund, or a row to skip. */
export const STATUS_ROLES = ['won', 'payment', 'refund', 'skip'] as const;
export type StatusRole = (typeof STATUS_ROLES)[number];

const column = z.number().int().min(0).max(4095);

export const importPlanSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    /** Id of a known export layout (e.g. `hubspot-deals`), or null for a sheet mapped by hand. */
    layout: z.string().max(60).nullable(),
    /** The import source (a Fanfare source of kind `csv`) the events belong to. */
    sourceId: z.string().min(1).max(80),
    encoding: z.enum(TEXT_ENCODINGS),
    delimiter: z.enum(DELIMITERS),
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), column),
    dateOrder: z.enum(['dmy', 'mdy']),
    decimalMark: z.enum(['.', ',']),
    /** Zone of timestamps written without an offset (IANA name; `UTC` for Stripe's "(UTC)" columns). */
    timeZone: z.string().min(1).max(64),
    /** Currency of amounts when no currency column is mapped (or the cell is blank) and the symbol names none. */
    defaultCurrency: z.string().length(3).nullable(),
    /**
     * Status value (trimmed, as written) -> role. A value not listed is skipped for a known
     * export, and read by its usual meaning ("Pago", "Refunded") in a sheet mapped by hand.
     */
    statuses: z.record(z.string().max(200), z.enum(STATUS_ROLES)),
    /**
     * Owner value (trimmed; e-mails lower-cased) -> rep id, or null to leave the owner's
     * events in the Unmapped inbox. Owners not listed use the suggestion of the report.
     */
    owners: z.record(z.string().max(254), z.number().int().nullable()),
  })
  .strict();
export type ImportPlan = z.infer<typeof importPlanSchema>;

/** Why a row could not be imported; the UI words each code in the workspace language. */
export const ROW_PROBLEM_CODES = [
  'missing_value',
  'not_a_number',
  'too_many_decimals',
  'negative_amount',
  'unknown_currency',
  'missing_currency',
  'not_a_date',
  'impossible_date',
  'duplicate_id',
  'duplicate_row',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export const rowProblemSchema = z.object({
  row: z.number().int(),
  /** Physical line where the record starts, when it differs from the row (quoted line breaks). */
  line: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.enum(ROW_PROBLEM_CODES),
  /** Extra facts for the wording: e.g. `firstRow` of a duplicate, `daysInMonth` of an impossible date. */
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

const totalsSchema = z.object({
  currency: z.string(),
  /** Integer minor units. `won`: deals; `confirmed`/`refunded`/`net`: payments. */
  won: z.number().int(),
  confirmed: z.number().int(),
  refunded: z.number().int(),
  net: z.number().int(),
});

export const ownerLineSchema = z.object({
  value: z.string(),
  kind: z.enum(['email', 'name']),
  events: z.number().int(),
  /** The rep the events go to, and how that was decided. */
  repId: z.number().int().nullable(),
  via: z.enum(['plan', 'mapping', 'email', 'suggestion', 'none']),
});
export type OwnerLine = z.infer<typeof ownerLineSchema>;

export const importReportSchema = z.object({
  /** Data records in the file (not the header, footers or blank lines). */
  records: z.number().int(),
  /** Events the file holds, by type (before looking at what Fanfare already has). */
  events: z.object({ won: z.number().int(), confirmed: z.number().int(), refunded: z.number().int() }),
  /** Of those, events Fanfare already has (an earlier import, or the same payment by webhook). */
  duplicates: z.object({
    count: z.number().int(),
    viaWebhook: z.number().int(),
    sample: z.array(z.object({ row: z.number().int(), externalId: z.string(), webhook: z.boolean() })),
  }),
  /** Events that are new: what "Import" adds. */
  newEvents: z.number().int(),
  skipped: z.object({ count: z.number().int(), byStatus: z.array(z.object({ value: z.string(), count: z.number().int(), firstRows: z.array(z.number().int()) })) }),
  errors: z.object({ rows: z.number().int(), problems: z.array(rowProblemSchema), truncated: z.boolean() }),
  /** Rows that are not data: report footers and blank lines. */
  ignored: z.array(z.object({ row: z.number().int(), line: z.number().int(), text: z.string() })),
  /** Events with no owner at all: they import into the Unmapped inbox. */
  blankOwner: z.object({ count: z.number().int(), firstRows: z.array(z.number().int()) }),
  owners: z.array(ownerLineSchema),
  /** Refunds that name no payment Fanfare could find: stored, but they take no points back. */
  unlinkedRefunds: z.object({ count: z.number().int(), firstRows: z.array(z.number().int()) }),
  statusValues: z.array(z.object({ value: z.string(), count: z.number().int(), role: z.enum(STATUS_ROLES) })),
  totals: z.array(totalsSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export const importJobSchema = z.object({
  id: z.string(),
  mode: z.enum(['dryRun', 'commit']),
  state: z.enum(JOB_STATES),
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
  rows: z.number().int(),
  rowsPerSecond: z.number(),
  /** Seconds left at the current pace (null until it can be estimated). */
  secondsLeft: z.number().nullable(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  report: importReportSchema.nullable(),
  error: z.string().nullable(),
  batchId: z.number().int().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importSourceSchema = z.object({ id: z.string(), name: z.string(), vendor: z.string().nullable() });
export type ImportSource = z.infer<typeof importSourceSchema>;

export const BATCH_STATES = ['running', 'done', 'failed', 'cancelled', 'interrupted', 'undone'] as const;
export const importBatchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(IMPORT_KINDS),
  sourceId: z.string(),
  sourceName: z.string(),
  fileName: z.string(),
  fileBytes: z.number().int(),
  status: z.enum(BATCH_STATES),
  eventsAdded: z.number().int(),
  report: importReportSchema.nullable(),
  createdAt: z.number(),
  finishedAt: z.number().nullable(),
  undoneAt: z.number().nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const inspectionSchema = z.object({
  upload: z.object({ id: z.string(), name: z.string(), bytes: z.number().int() }),
  encoding: z.enum(TEXT_ENCODINGS),
  encodingReason: z.enum(['bom', 'utf16_pattern', 'utf8', 'single_byte', 'chosen']),
  delimiter: z.enum(DELIMITERS),
  header: z.array(z.string()),
  /** The first data rows as read with the detected settings. */
  preview: z.array(z.array(z.string())),
  /** The known export the header matches, if any. */
  layout: z.object({ id: z.string(), label: z.string() }).nullable(),
  /** True when the plan comes from a mapping saved for this exact header. */
  savedMapping: z.boolean(),
  /** The settings Fanfare suggests (the wizard starts from these). */
  plan: importPlanSchema,
  /** Whether the file writes dates with slashes (03/04/2025): only then does day/month order matter. */
  slashedDates: z.boolean(),
  /** Whether those dates leave day/month order open (the manager must choose). */
  dateOrderAmbiguous: z.boolean(),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const importProcedures = {
  'imports.uploadTicket': {
    input: z.object({}).strict(),
    output: z.object({ ticket: z.string(), uploadPath: z.string(), maxBytes: z.number().int() }),
  },
  'imports.inspect': {
    input: z
      .object({
        uploadId: z.string().max(64),
        kind: z.enum(IMPORT_KINDS).optional(),
        encoding: z.enum(TEXT_ENCODINGS).optional(),
        delimiter: z.enum(DELIMITERS).optional(),
      })
      .strict(),
    output: inspectionSchema,
  },
  'imports.start': {
    input: z
      .object({
        uploadId: z.string().max(64),
        plan: importPlanSchema,
        mode: z.enum(['dryRun', 'commit']),
        name: z.string().trim().min(1).max(120).optional(),
        /** Remember this plan for the next file with the same header (on import). */
        rememberMapping: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  'imports.job': { input: z.object({ jobId: z.string().max(64) }).strict(), output: importJobSchema },
  'imports.cancel': { input: z.object({ jobId: z.string().max(64) }).strict(), output: importJobSchema },
  'imports.batches': { input: z.object({}).strict(), output: z.array(importBatchSchema) },
  'imports.undo': { input: z.object({ batchId: z.number().int() }).strict(), output: importBatchSchema },
  'imports.sources': { input: z.object({}).strict(), output: z.array(importSourceSchema) },
  'imports.createSource': { input: z.object({ name: z.string().trim().min(1).max(80) }).strict(), output: importSourceSchema },
} as const;

/** Pushed while an import job runs (at most a few times a second). */
export const importProgressSchema = importJobSchema.omit({ report: true });
