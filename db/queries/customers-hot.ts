// The portfolio queries every ingested event runs, prepared once per database: building a
// drizzle query costs more than running it, and a 1,000-event delivery runs each 1,000 times.
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { customerOwnership, customers, events, ownershipChangeItems, ownershipChanges } from '../schema';

function prepare(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return {
    eventId: db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.sourceId, p('sourceId')), eq(events.externalId, p('externalId')), isNull(events.retractedAt)))
      .prepare(),
    customerByKey: db
      .select()
      .from(customers)
      .where(and(eq(customers.sourceId, p('sourceId')), eq(customers.keyKind, p('keyKind')), eq(customers.keyValue, p('keyValue'))))
      .prepare(),
    insertCustomer: db
      .insert(customers)
      .values({
        sourceId: sql`${p('sourceId')}`,
        keyKind: sql`${p('keyKind')}`,
        keyValue: sql`${p('keyValue')}`,
        name: sql`${p('name')}`,
        region: sql`${p('region')}`,
        firstSeenAt: sql`${p('firstSeenAt')}`,
        lastActivityAt: sql`${p('lastActivityAt')}`,
        createdAt: sql`${p('createdAt')}`,
      })
      .returning()
      .prepare(),
    touch: db
      .update(customers)
      .set({ lastActivityAt: sql`max(${customers.lastActivityAt}, ${p('at')})`, firstSeenAt: sql`min(${customers.firstSeenAt}, ${p('at')})` })
      .where(eq(customers.id, p('id')))
      .prepare(),
    ownerAt: db
      .select({ repId: customerOwnership.repId })
      .from(customerOwnership)
      .where(and(eq(customerOwnership.customerId, p('customerId')), lte(customerOwnership.fromAt, p('at')), or(isNull(customerOwnership.toAt), gt(customerOwnership.toAt, p('at')))))
      .prepare(),
    hasOwnershipHistory: db.select({ id: customerOwnership.id }).from(customerOwnership).where(eq(customerOwnership.customerId, p('customerId'))).limit(1).prepare(),
    insertChange: db
      .insert(ownershipChanges)
      .values({
        kind: sql`${p('kind')}`,
        toRepId: sql`${p('toRepId')}`,
        effectiveAt: sql`${p('effectiveAt')}`,
        reason: sql`${p('reason')}`,
        strategy: sql`${p('strategy')}`,
        customerCount: 1,
        movedEvents: 0,
        movedPoints: 0,
        actor: sql`${p('actor')}`,
        createdAt: sql`${p('createdAt')}`,
      })
      .returning({ id: ownershipChanges.id })
      .prepare(),
    insertPeriod: db
      .insert(customerOwnership)
      .values({ customerId: sql`${p('customerId')}`, repId: sql`${p('repId')}`, fromAt: sql`${p('fromAt')}`, toAt: null })
      .prepare(),
    insertItem: db
      .insert(ownershipChangeItems)
      .values({ changeId: sql`${p('changeId')}`, customerId: sql`${p('customerId')}`, fromRepId: null, toRepId: sql`${p('toRepId')}` })
      .prepare(),
  };
}

const cache = new WeakMap<Db, ReturnType<typeof prepare>>();

export function hot(db: Db): ReturnType<typeof prepare> {
  let prepared = cache.get(db);
  if (!prepared) {
    prepared = prepare(db);
    cache.set(db, prepared);
  }
  return prepared;
}

/** The id of an event a source already delivered, if any (the duplicate check before anything is written). */
export function deliveredEventId(db: Db, sourceId: string, externalId: string): number | undefined {
  return hot(db).eventId.get({ sourceId, externalId })?.id;
}
