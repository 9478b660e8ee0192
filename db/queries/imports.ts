import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { prepared } from '../statements';
import { events, importBatches, importMappings, ledger, repDayTotals } from '../schema';
import { notCancelled, type LedgerRow } from './ledger';

export type ImportBatchRow = typeof importBatches.$inferSelect;

export function insertBatch(db: Db, row: Omit<ImportBatchRow, 'id'>): ImportBatchRow {
  return db.insert(importBatches).values(row).returning().get();
}

export function updateBatch(db: Db, id: number, patch: Partial<Omit<ImportBatchRow, 'id'>>): ImportBatchRow | undefined {
  return db.update(importBatches).set(patch).where(eq(importBatches.id, id)).returning().get();
}

export function findBatch(db: Db, id: number): ImportBatchRow | undefined {
  return db.select().from(importBatches).where(eq(importBatches.id, id)).get();
}

export function listBatches(db: Db, limit: number): ImportBatchRow[] {
  return db.select().from(importBatches).orderBy(desc(importBatches.id)).limit(limit).all();
}

/** Imports that were running when the app stopped (crash, power cut). */
export function markRunningBatchesInterrupted(db: Db, at: number): number {
  return db.update(importBatches).set({ status: 'interrupted', finishedAt: at }).where(eq(importBatches.status, 'running')).run().changes;
}

export function findMapping(db: Db, headerHash: string): typeof importMappings.$inferSelect | undefined {
  return db.select().from(importMappings).where(eq(importMappings.headerHash, headerHash)).get();
}

export function saveMapping(db: Db, row: typeof importMappings.$inferInsert): void {
  db.insert(importMappings)
    .values(row)
    .onConflictDoUpdate({ target: importMappings.headerHash, set: { kind: row.kind, planJson: row.planJson, updatedAt: row.updatedAt } })
    .run();
}

/** Live (not yet retracted) events of a batch, by id. */
export function liveEventIdsOfBatch(db: Db, batchId: number): number[] {
  return db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.importBatchId, batchId), isNull(events.retractedAt)))
    .all()
    .map((r) => r.id);
}

/**
 * Ledger rows an undo must cancel: every row of the batch's events, and every reversal
 * elsewhere that took points back from them, that no adjustment has cancelled yet.
 */
export function ledgerRowsToCancel(db: Db, eventIds: readonly number[]): LedgerRow[] {
  if (eventIds.length === 0) return [];
  const own = db.select({ id: ledger.id }).from(ledger).where(inArray(ledger.eventId, [...eventIds]));
  return db
    .select()
    .from(ledger)
    .where(
      and(
        or(inArray(ledger.eventId, [...eventIds]), and(eq(ledger.kind, 'reversal'), inArray(ledger.reversesLedgerId, own))),
        sql`${ledger.kind} != 'adjustment'`,
        notCancelled,
      ),
    )
    .orderBy(ledger.id)
    .all();
}

export function retractEventsOfBatch(db: Db, batchId: number, at: number): number {
  return db
    .update(events)
    .set({ retractedAt: at })
    .where(and(eq(events.importBatchId, batchId), isNull(events.retractedAt)))
    .run().changes;
}

/**
 * Recomputes when a rep's points last grew on a local day [start, end), from the ledger
 * rows that still count (an undone import must not leave its instants behind).
 */
export function refreshLastScoredAt(db: Db, repId: number, day: string, start: number, end: number): void {
  const last = db
    .select({ at: sql<number | null>`max(${ledger.occurredAt})` })
    .from(ledger)
    .where(
      and(
        eq(ledger.repId, repId),
        sql`${ledger.occurredAt} >= ${start} and ${ledger.occurredAt} < ${end}`,
        sql`${ledger.points} > 0`,
        sql`${ledger.kind} != 'adjustment'`,
        notCancelled,
      ),
    )
    .get()?.at;
  db.update(repDayTotals)
    .set({ lastScoredAt: last ?? 0 })
    .where(and(eq(repDayTotals.repId, repId), eq(repDayTotals.day, day)))
    .run();
}

/** Whether the source holds any live event at all. */
export function sourceHasEvents(db: Db, sourceId: string): boolean {
  return db.select({ id: events.id }).from(events).where(and(eq(events.sourceId, sourceId), isNull(events.retractedAt))).limit(1).get() !== undefined;
}

/** Whether any live event of the source takes back another (if none, new events need no check). */
export function sourceHasReversals(db: Db, sourceId: string): boolean {
  return (
    db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.sourceId, sourceId), isNotNull(events.reversesExternalId), isNull(events.retractedAt)))
      .limit(1)
      .get() !== undefined
  );
}

/**
 * Prepared statements for the hot path of an import (a million rows): plain SQL through
 * better-sqlite3, prepared once and reused for every row (a query builder would prepare
 * each call anew). They belong to one connection; build them per job.
 */
export function importStatements(db: Db) {
  const client = db.$client;
  const liveEvent = client.prepare<[string, string], { id: number; type: string; repId: number | null; amountMinor: number | null; customerName: string | null }>(
    'select id, type, rep_id as repId, amount_minor as amountMinor, customer_name as customerName from events where source_id = ? and external_id = ? and retracted_at is null',
  );
  const refunded = client
    .prepare<[string, string], number>(
      "select coalesce(sum(amount_minor), 0) from events where source_id = ? and reverses_external_id = ? and type = 'payment.refunded' and retracted_at is null",
    )
    .pluck();
  const refundedBefore = client
    .prepare<[string, string, number], number>(
      'select coalesce(sum(amount_minor), 0) from events where source_id = ? and reverses_external_id = ? and id < ? and retracted_at is null',
    )
    .pluck();
  const reversalOf = client.prepare<[string, string], number>('select 1 from events where source_id = ? and reverses_external_id = ? and retracted_at is null limit 1').pluck();
  // ON CONFLICT DO NOTHING: an external id the source already has is a duplicate (changes = 0).
  const insertEvent = client.prepare(
    `insert into events (source_id, external_id, type, rep_id, identity_kind, identity_value, occurred_at, occurred_offset, received_at,
       amount_minor, currency, reverses_event_id, reverses_external_id, product, customer_name, customer_id, payload_json, import_batch_id, subject_key)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
  );
  const ledgerColumns = 'insert into ledger (event_id, rep_id, rule_id, points, kind, reverses_ledger_id, occurred_at, explanation_json, created_at, rule_version) values ';
  const insertLedger = client.prepare(`${ledgerColumns}(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Many rows per statement: one call into SQLite instead of LEDGER_BATCH.
  const insertLedgerBatch = client.prepare(ledgerColumns + Array(LEDGER_BATCH).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', '));
  const awardsOf = client.prepare<[number], { id: number; repId: number; ruleId: number | null; points: number }>(
    "select id, rep_id as repId, rule_id as ruleId, points from ledger where event_id = ? and kind = 'award' order by id",
  );
  // A recompute's adjustment of an award (its own event, explanation kind "adjustment") changes
  // what the award is worth; every other row pointing at it took some of it back.
  const recomputeRow = `r.kind = 'adjustment' and r.event_id = ? and r.explanation_json like '{"kind":"adjustment"%'`;
  const takenFrom = client
    .prepare<[number, number], number>(
      `select coalesce(-sum(r.points), 0) from ledger r where r.reverses_ledger_id = ? and not (${recomputeRow}) and not exists (select 1 from ledger c where c.reverses_ledger_id = r.id and c.kind = 'adjustment')`,
    )
    .pluck();
  const recomputed = client.prepare<[number, number], number>(`select coalesce(sum(r.points), 0) from ledger r where r.reverses_ledger_id = ? and ${recomputeRow}`).pluck();
  return {
    /** The live event with this external id in the source, if any. */
    liveEvent: (sourceId: string, externalId: string) => liveEvent.get(sourceId, externalId),
    /** Total already refunded on a payment of the source. */
    refundedSoFar: (sourceId: string, paymentExternalId: string): number => refunded.get(sourceId, paymentExternalId) ?? 0,
    /** Amount taken back from a payment by reversals stored before event `beforeId`. */
    refundedBefore: (sourceId: string, paymentExternalId: string, beforeId: number): number => refundedBefore.get(sourceId, paymentExternalId, beforeId) ?? 0,
    hasReversalOf: (sourceId: string, externalId: string): boolean => reversalOf.get(sourceId, externalId) !== undefined,
    /** Inserts unless the source already has the external id; the new id, or null for a duplicate. */
    insertEvent: (e: NewImportedEvent): number | null => {
      const result = insertEvent.run(
        e.sourceId, e.externalId, e.type, e.repId, e.identityKind, e.identityValue, e.occurredAt, e.occurredOffset, e.receivedAt,
        e.amountMinor, e.currency, e.reversesEventId, e.reversesExternalId, e.product, e.customerName, e.customerId, e.payloadJson, e.importBatchId, e.subjectKey,
      );
      return result.changes === 0 ? null : Number(result.lastInsertRowid);
    },
    /** Inserts ledger rows given as flat values, ten per row (LEDGER_BATCH rows per statement where possible). */
    insertLedgerRows: (values: readonly unknown[]): void => {
      const perRow = 10;
      let at = 0;
      for (; at + LEDGER_BATCH * perRow <= values.length; at += LEDGER_BATCH * perRow) insertLedgerBatch.run(values.slice(at, at + LEDGER_BATCH * perRow));
      for (; at < values.length; at += perRow) insertLedger.run(values.slice(at, at + perRow));
    },
    awardsOf: (eventId: number) => awardsOf.all(eventId),
    /** Points already taken back from an award row of the event (reversals no undo cancelled, transfers). */
    takenFrom: (awardId: number, eventId: number): number => takenFrom.get(awardId, eventId) ?? 0,
    /** What recomputes added to (or took from) an award row of the event. */
    recomputed: (awardId: number, eventId: number): number => recomputed.get(awardId, eventId) ?? 0,
  };
}

/** Ledger rows per multi-row insert. */
export const LEDGER_BATCH = 64;

export interface NewImportedEvent {
  sourceId: string;
  externalId: string;
  type: string;
  repId: number | null;
  identityKind: string | null;
  identityValue: string | null;
  occurredAt: number;
  occurredOffset: number;
  receivedAt: number;
  amountMinor: number | null;
  currency: string | null;
  reversesEventId: number | null;
  reversesExternalId: string | null;
  product: string | null;
  customerName: string | null;
  /** The portfolio customer the row names (see ImportCustomers). */
  customerId: number | null;
  payloadJson: string;
  importBatchId: number | null;
  /** What the event is about (see events.subject_key): the payment or deal id; a refund's is its payment's. */
  subjectKey: string;
}

export type ImportStatements = ReturnType<typeof importStatements>;

/**
 * Every vendor payment id (Stripe charge / PaymentIntent, Asaas payment) that payments
 * received by webhook mention, found in their verbatim payloads so it works whatever the
 * adapter chose as external id.
 */
export function webhookPaymentTexts(db: Db, kinds: readonly string[]): IterableIterator<{ externalId: string; payload: string }> {
  if (kinds.length === 0) return [][Symbol.iterator]();
  const placeholders = kinds.map(() => '?').join(', ');
  return db.$client
    .prepare<string[], { externalId: string; payload: string }>(
      // CROSS JOIN keeps the sources first: only the payment sources' events are read, through
      // the source index, instead of the whole log.
      `select e.external_id as externalId, e.payload_json as payload from sources s cross join events e on e.source_id = s.id
       where s.kind in (${placeholders}) and e.type = 'payment.confirmed' and e.retracted_at is null`,
    )
    .iterate(...kinds);
}

/** A live payment of a CSV import source with one of the given external ids (the vendor's payment ids), if any. */
export function importedPaymentWithId(db: Db, ids: readonly string[]): number | null {
  if (ids.length === 0) return null;
  // On every Stripe and Asaas payment webhook: prepared once per number of ids, and read
  // through the (source, external id) index (import sources are few).
  const row = prepared(
    db,
    `imports.paymentWithIds:${ids.length}`,
    () => `select e.id from sources s join events e on e.source_id = s.id and e.external_id in (${ids.map(() => '?').join(', ')})
       where s.kind = 'csv' and e.type = 'payment.confirmed' and e.retracted_at is null order by e.id limit 1`,
  ).get(...ids) as { id: number } | undefined;
  return row?.id ?? null;
}

export function retractEventIds(db: Db, ids: readonly number[], at: number): void {
  if (ids.length === 0) return;
  db.update(events).set({ retractedAt: at }).where(and(inArray(events.id, [...ids]), isNull(events.retractedAt))).run();
}

/** Undone batches whose undo did not finish (the app stopped half-way). */
export function undoneBatchesWithLiveEvents(db: Db): number[] {
  return db
    .selectDistinct({ id: importBatches.id })
    .from(importBatches)
    .innerJoin(events, eq(events.importBatchId, importBatches.id))
    .where(and(eq(importBatches.status, 'undone'), isNull(events.retractedAt)))
    .all()
    .map((r) => r.id);
}

/**
 * Settings for a long run of write transactions (a large import), returning the function
 * that restores the previous ones: a larger page cache keeps the event and ledger indexes
 * in memory, and (when this connection checkpoints itself) a larger WAL before checkpoints
 * means fewer fsyncs mid-import.
 */
export function applyBulkWriteSettings(db: Db): () => void {
  const client = db.$client;
  const cache = client.pragma('cache_size', { simple: true }) as number;
  const checkpoint = client.pragma('wal_autocheckpoint', { simple: true }) as number;
  client.pragma('cache_size = -32768');
  // 0: a background worker checkpoints (db/checkpointer.ts); the import must not start doing it here.
  if (checkpoint !== 0) client.pragma('wal_autocheckpoint = 16384');
  return () => {
    client.pragma(`cache_size = ${cache}`);
    client.pragma(`wal_autocheckpoint = ${checkpoint}`);
    if (checkpoint !== 0) client.pragma('wal_checkpoint(PASSIVE)');
  };
}

/** The newest live event of each rep and type in a batch (what gamification judges after an import). */
export function latestEventsOfBatch(db: Db, batchId: number): (typeof events.$inferSelect)[] {
  const latest = db
    .select({ id: sql<number>`max(${events.id})` })
    .from(events)
    .where(and(eq(events.importBatchId, batchId), isNull(events.retractedAt), isNotNull(events.repId)))
    .groupBy(events.repId, events.type);
  return db.select().from(events).where(inArray(events.id, latest)).all();
}
