import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { auditLog } from '../schema';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditQuery {
  entityType?: string;
  search?: string;
  /** Instants [from, to). */
  from?: number;
  to?: number;
  beforeId?: number;
}

function where(q: AuditQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (q.entityType) conditions.push(eq(auditLog.entityType, q.entityType));
  if (q.from !== undefined) conditions.push(gte(auditLog.at, q.from));
  if (q.to !== undefined) conditions.push(lt(auditLog.at, q.to));
  if (q.beforeId !== undefined) conditions.push(lt(auditLog.id, q.beforeId));
  if (q.search) {
    // LIKE with the wildcards in the search text escaped: "50%" finds "50%", not everything.
    const pattern = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const columns = [auditLog.entityLabel, auditLog.action, auditLog.beforeJson, auditLog.afterJson];
    conditions.push(or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`)) as SQL);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Newest first. */
export function listAuditRows(db: Db, q: AuditQuery, limit: number): AuditRow[] {
  return db.select().from(auditLog).where(where(q)).orderBy(desc(auditLog.id)).limit(limit).all();
}

export function auditEntityTypes(db: Db): string[] {
  return db
    .selectDistinct({ type: auditLog.entityType })
    .from(auditLog)
    .orderBy(auditLog.entityType)
    .all()
    .map((r) => r.type);
}
