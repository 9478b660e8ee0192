import { and, asc, desc, eq, gte, inArray, isNull, lte, or, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { hot } from './customers-hot';
import { customerOwnership, customers, events, ownershipChangeItems, ownershipChanges } from '../schema';

export type CustomerRow = typeof customers.$inferSelect;
export type PeriodRow = typeof customerOwnership.$inferSelect;
export type ChangeRow = typeof ownershipChanges.$inferSelect;
export type ChangeItemRow = typeof ownershipChangeItems.$inferSelect;

export function findCustomer(db: Db, id: number): CustomerRow | undefined {
  return db.select().from(customers).where(eq(customers.id, id)).get();
}

export function findCustomers(db: Db, ids: readonly number[]): CustomerRow[] {
  if (ids.length === 0) return [];
  const rows: CustomerRow[] = [];
  // SQLite limits bound parameters: look ids up in slices.
  for (let i = 0; i < ids.length; i += 500) rows.push(...db.select().from(customers).where(inArray(customers.id, ids.slice(i, i + 500))).all());
  return rows;
}

export function findCustomerByKey(db: Db, sourceId: string, keyKind: CustomerRow['keyKind'], keyValue: string): CustomerRow | undefined {
  return hot(db).customerByKey.get({ sourceId, keyKind, keyValue });
}

/** Widens the customer's span of activity to include `at`. */
export function touchCustomer(db: Db, id: number, at: number): void {
  hot(db).touch.run({ id, at });
}

export function insertCustomer(db: Db, row: Omit<CustomerRow, 'id'>): CustomerRow {
  const inserted = hot(db).insertCustomer.get(row);
  if (!inserted) throw new Error(`customer ${row.keyValue} of source ${row.sourceId} was not stored`);
  return inserted;
}

/**
 * Removes customers that nothing refers to any more: no live event names them and they never
 * had an owner. Withdrawn (retracted) events let go of them first.
 */
export function deleteUnusedCustomers(db: Db, ids: readonly number[]): void {
  const client = db.$client;
  const release = client.prepare('update events set customer_id = null where customer_id = ? and retracted_at is not null');
  const remove = client.prepare(
    `delete from customers where id = ?
       and not exists (select 1 from events where customer_id = customers.id)
       and not exists (select 1 from customer_ownership where customer_id = customers.id)
       and not exists (select 1 from ownership_change_items where customer_id = customers.id)`,
  );
  for (const id of ids) {
    release.run(id);
    remove.run(id);
  }
}

export function updateCustomerRow(db: Db, id: number, patch: Partial<Omit<CustomerRow, 'id'>>): CustomerRow | undefined {
  return db.update(customers).set(patch).where(eq(customers.id, id)).returning().get();
}

export function periodsOf(db: Db, customerId: number): PeriodRow[] {
  return db.select().from(customerOwnership).where(eq(customerOwnership.customerId, customerId)).orderBy(asc(customerOwnership.fromAt)).all();
}

/** The owner of a customer at an instant, by the ownership periods. */
export function ownerAtInstant(db: Db, customerId: number, at: number): number | null {
  return hot(db).ownerAt.get({ customerId, at })?.repId ?? null;
}

/** Whether the customer ever had an owner. */
export function hasOwnershipHistory(db: Db, customerId: number): boolean {
  return hot(db).hasOwnershipHistory.get({ customerId }) !== undefined;
}

/**
 * A customer that never had an owner gets its first one, from its first event (0): the
 * claim of ingest's hot path, with no earlier events to move.
 */
export function claimNewCustomer(db: Db, row: { customerId: number; repId: number; kind: 'claim' | 'distribute'; reason: string; strategy: string | null; actor: string; createdAt: number }): number {
  const q = hot(db);
  const change = q.insertChange.get({ kind: row.kind, toRepId: row.repId, effectiveAt: 0, reason: row.reason, strategy: row.strategy, actor: row.actor, createdAt: row.createdAt });
  const changeId = change?.id ?? 0;
  q.insertPeriod.run({ customerId: row.customerId, repId: row.repId, fromAt: 0 });
  q.insertItem.run({ changeId, customerId: row.customerId, toRepId: row.repId });
  return changeId;
}

/**
 * Customers that never had an owner get their first ones, from their first event (0), in one
 * change of owner: the claim that closes an import.
 */
export function claimNewCustomers(db: Db, claims: ReadonlyMap<number, number>, row: { reason: string; actor: string; createdAt: number }): number | null {
  if (claims.size === 0) return null;
  const reps = new Set(claims.values());
  const change = insertChange(db, {
    kind: 'claim',
    toRepId: reps.size === 1 ? ([...reps][0] ?? null) : null,
    effectiveAt: 0,
    reason: row.reason,
    strategy: null,
    customerCount: claims.size,
    movedEvents: 0,
    movedPoints: 0,
    actor: row.actor,
    createdAt: row.createdAt,
  });
  const q = hot(db);
  for (const [customerId, repId] of claims) {
    q.insertPeriod.run({ customerId, repId, fromAt: 0 });
    q.insertItem.run({ changeId: change.id, customerId, toRepId: repId });
  }
  return change.id;
}

export function insertPeriod(db: Db, row: Omit<PeriodRow, 'id'>): PeriodRow {
  return db.insert(customerOwnership).values(row).returning().get();
}

export function updatePeriod(db: Db, id: number, patch: Partial<Omit<PeriodRow, 'id'>>): void {
  db.update(customerOwnership).set(patch).where(eq(customerOwnership.id, id)).run();
}

/** Which rep owns each customer at `at` (customers without an owner then are absent). */
export function ownersAt(db: Db, at: number): Map<number, number> {
  const rows = db
    .select({ customerId: customerOwnership.customerId, repId: customerOwnership.repId })
    .from(customerOwnership)
    .where(and(lte(customerOwnership.fromAt, at), or(isNull(customerOwnership.toAt), gt(customerOwnership.toAt, at))))
    .all();
  return new Map(rows.map((r) => [r.customerId, r.repId]));
}

/** Periods that start after `at`: transfers already decided for a later date. */
export function scheduledPeriods(db: Db, at: number): PeriodRow[] {
  return db.select().from(customerOwnership).where(gt(customerOwnership.fromAt, at)).orderBy(asc(customerOwnership.fromAt)).all();
}

export function searchCondition(search: string | undefined): SQL | undefined {
  if (!search) return undefined;
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${customers.name} like ${pattern} escape '\\'`;
}

export function countCustomers(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(customers).get()?.n ?? 0;
}

export interface CustomerTotalsRow {
  customerId: number;
  type: string;
  currency: string | null;
  count: number;
  amountMinor: number;
}

/** Event counts and amounts per customer, type and currency (for deals won and payments). */
export function customerTotals(db: Db, customerIds: readonly number[]): CustomerTotalsRow[] {
  if (customerIds.length === 0) return [];
  const rows: CustomerTotalsRow[] = [];
  for (let i = 0; i < customerIds.length; i += 500) {
    rows.push(
      ...db
        .select({
          customerId: sql<number>`${events.customerId}`,
          type: events.type,
          currency: events.currency,
          count: sql<number>`count(*)`,
          amountMinor: sql<number>`coalesce(sum(${events.amountMinor}), 0)`,
        })
        .from(events)
        .where(and(inArray(events.customerId, customerIds.slice(i, i + 500)), inArray(events.type, ['deal.won', 'deal.reopened', 'payment.confirmed', 'payment.refunded']), isNull(events.retractedAt), isNull(events.repeatsEventId)))
        .groupBy(events.customerId, events.type, events.currency)
        .all(),
    );
  }
  return rows;
}

/** The latest event's type per customer. */
export function lastEventTypes(db: Db, customerIds: readonly number[]): Map<number, string> {
  const map = new Map<number, string>();
  for (let i = 0; i < customerIds.length; i += 500) {
    const slice = customerIds.slice(i, i + 500);
    const rows = db.all<{ customer_id: number; type: string }>(sql`
      select customer_id, type from (
        select customer_id, type, row_number() over (partition by customer_id order by occurred_at desc, id desc) as n
        from events where customer_id in (${sql.join(slice.map((id) => sql`${id}`), sql`, `)}) and retracted_at is null
      ) where n = 1`);
    for (const row of rows) map.set(row.customer_id, row.type);
  }
  return map;
}

export function eventsOfCustomer(db: Db, customerId: number, fromAt = Number.MIN_SAFE_INTEGER, limit = 10_000_000): (typeof events.$inferSelect)[] {
  return db
    .select()
    .from(events)
    .where(and(eq(events.customerId, customerId), gte(events.occurredAt, fromAt), isNull(events.retractedAt)))
    .orderBy(asc(events.occurredAt), asc(events.id))
    .limit(limit)
    .all();
}

export function insertChange(db: Db, row: Omit<ChangeRow, 'id'>): ChangeRow {
  return db.insert(ownershipChanges).values(row).returning().get();
}

export function updateChange(db: Db, id: number, patch: Partial<Omit<ChangeRow, 'id'>>): void {
  db.update(ownershipChanges).set(patch).where(eq(ownershipChanges.id, id)).run();
}

export function insertChangeItem(db: Db, row: ChangeItemRow): void {
  db.insert(ownershipChangeItems).values(row).run();
}

export function listChanges(db: Db, opts: { repId?: number; customerId?: number; limit: number; excludeClaims?: boolean }): ChangeRow[] {
  const conditions: SQL[] = [];
  if (opts.excludeClaims) conditions.push(sql`${ownershipChanges.kind} <> 'claim'`);
  if (opts.repId !== undefined) {
    conditions.push(
      sql`${ownershipChanges.id} in (select change_id from ownership_change_items where from_rep_id = ${opts.repId} or to_rep_id = ${opts.repId})`,
    );
  }
  if (opts.customerId !== undefined) {
    conditions.push(sql`${ownershipChanges.id} in (select change_id from ownership_change_items where customer_id = ${opts.customerId})`);
  }
  return db
    .select()
    .from(ownershipChanges)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(ownershipChanges.id))
    .limit(opts.limit)
    .all();
}

export function itemsOfChanges(db: Db, changeIds: readonly number[]): ChangeItemRow[] {
  if (changeIds.length === 0) return [];
  return db.select().from(ownershipChangeItems).where(inArray(ownershipChangeItems.changeId, [...changeIds])).all();
}

/** Sets which customer an event is about and who it now belongs to (see events.repId). */
export function setEventCredit(db: Db, eventId: number, repId: number, attributedBy: 'identity' | 'owner'): void {
  db.update(events).set({ repId, attributedBy }).where(eq(events.id, eventId)).run();
}

export function deletePeriod(db: Db, id: number): void {
  db.delete(customerOwnership).where(eq(customerOwnership.id, id)).run();
}

export type OwnerFilter = { kind: 'rep'; repId: number } | { kind: 'unowned' } | { kind: 'all' };

/** The owner at `at` as a correlated subquery on customers.id. */
const ownerNow = (at: number) =>
  sql`(select o.rep_id from customer_ownership o where o.customer_id = ${customers.id} and o.from_at <= ${at} and (o.to_at is null or o.to_at > ${at}))`;

function ownerCondition(filter: OwnerFilter, at: number): SQL | undefined {
  if (filter.kind === 'rep') return sql`${ownerNow(at)} = ${filter.repId}`;
  if (filter.kind === 'unowned') return sql`${ownerNow(at)} is null`;
  return undefined;
}

/** A page of customers by their owner at `at`, most recently active first, and how many match. */
export function pageCustomers(db: Db, opts: { owner: OwnerFilter; at: number; search?: string; limit: number; offset: number }): { total: number; rows: CustomerRow[] } {
  const conditions = [ownerCondition(opts.owner, opts.at), searchCondition(opts.search)].filter((c): c is SQL => c !== undefined);
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(customers).where(where).get()?.n ?? 0;
  const rows = db.select().from(customers).where(where).orderBy(desc(customers.lastActivityAt), asc(customers.id)).limit(opts.limit).offset(opts.offset).all();
  return { total, rows };
}

/** Unowned at `at` and not already promised to someone later: the customers distribution may place. */
const distributable = (at: number) =>
  sql`${ownerNow(at)} is null and not exists (select 1 from customer_ownership o where o.customer_id = ${customers.id} and o.from_at > ${at})`;

/** The distribution queue, oldest first. */
export function unownedCustomers(db: Db, at: number): CustomerRow[] {
  return db.select().from(customers).where(distributable(at)).orderBy(asc(customers.firstSeenAt), asc(customers.id)).all();
}

export function countUnowned(db: Db, at: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(customers).where(distributable(at)).get()?.n ?? 0;
}

/** Customers whose latest period is `repId`'s and still open: the portfolio a rep hands over. */
export function openPortfolioOf(db: Db, repId: number): CustomerRow[] {
  return db
    .select()
    .from(customers)
    .where(
      sql`exists (select 1 from customer_ownership o where o.customer_id = ${customers.id} and o.rep_id = ${repId} and o.to_at is null)`,
    )
    .orderBy(asc(customers.id))
    .all();
}
