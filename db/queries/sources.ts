import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { columnsOf, prepared } from '../statements';
import { deliveries, sources } from '../schema';

export type SourceRow = typeof sources.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;

export function listSources(db: Db): SourceRow[] {
  return db.select().from(sources).orderBy(sources.createdAt).all();
}

export function findSource(db: Db, id: string): SourceRow | undefined {
  const c = columnsOf(sources);
  const raw = prepared(db, 'sources.byId', () => `SELECT ${c.select} FROM sources WHERE id = ?`).get(id);
  return raw ? c.map(raw as Record<string, unknown>) : undefined;
}

export function insertSource(db: Db, row: SourceRow): SourceRow {
  return db.insert(sources).values(row).returning().get();
}

export function insertDelivery(db: Db, row: Omit<DeliveryRow, 'id'>): DeliveryRow {
  const c = columnsOf(deliveries);
  const bound = c.bind(row);
  const result = prepared(db, 'deliveries.insert', () => `INSERT INTO deliveries (${c.insertNames}) VALUES (${c.insertValues})`).run(bound);
  return c.inserted(bound, Number(result.lastInsertRowid));
}

export function listDeliveries(db: Db, sourceId: string, limit: number): DeliveryRow[] {
  return db
    .select()
    .from(deliveries)
    .where(eq(deliveries.sourceId, sourceId))
    .orderBy(desc(deliveries.receivedAt), desc(deliveries.id))
    .limit(limit)
    .all();
}

export interface DeliveryStats {
  lastDeliveryAt: number | null;
  deliveriesSince: number;
}

export function deliveryStats(db: Db, sourceId: string, since: number): DeliveryStats {
  // Two index reads: the newest delivery, and a count over the recent ones only (not a pass
  // over every delivery the source ever made).
  const last = prepared(db, 'deliveries.last', () => 'SELECT max(received_at) AS at FROM deliveries WHERE source_id = ?').get(sourceId) as { at: number | null };
  const recent = prepared(db, 'deliveries.since', () => 'SELECT count(*) AS n FROM deliveries WHERE source_id = ? AND received_at >= ?').get(sourceId, since) as { n: number };
  return { lastDeliveryAt: last.at, deliveriesSince: recent.n };
}

/** Deliveries per hour bucket since `since` (bucket 0 = [since, since + 1 h)). */
export function deliveriesPerHour(db: Db, sourceId: string, since: number): Map<number, number> {
  // The bound number arrives as a REAL: cast, or 23.7 would not be hour 23.
  const bucket = sql<number>`cast((${deliveries.receivedAt} - ${since}) / 3600000 as integer)`;
  const rows = db
    .select({ bucket, n: sql<number>`count(*)` })
    .from(deliveries)
    .where(and(eq(deliveries.sourceId, sourceId), gte(deliveries.receivedAt, since)))
    .groupBy(bucket)
    .all();
  return new Map(rows.map((r) => [r.bucket, r.n]));
}

export function lastRejectedDelivery(db: Db, sourceId: string): DeliveryRow | undefined {
  return db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.sourceId, sourceId), eq(deliveries.outcome, 'rejected')))
    .orderBy(desc(deliveries.receivedAt), desc(deliveries.id))
    .limit(1)
    .get();
}

export function findDelivery(db: Db, id: number): DeliveryRow | undefined {
  return db.select().from(deliveries).where(eq(deliveries.id, id)).get();
}

export function updateSourceRow(db: Db, id: string, patch: Partial<Omit<SourceRow, 'id' | 'kind' | 'createdAt'>>): SourceRow | undefined {
  return db.update(sources).set(patch).where(eq(sources.id, id)).returning().get();
}
