import { findCustomerByKey, insertCustomer, touchCustomer, updateCustomerRow, type CustomerRow } from '../../../db/queries/customers';
import type { ServiceContext } from '../context';

/** What an event says about its customer. */
export interface CustomerMention {
  externalId: string | null;
  name: string | null;
  /** A region code for territory rules, when the source gives one. */
  region?: string | null;
}

/** The name key of a customer named without an id: case and spacing do not make a new customer. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function customerKey(mention: CustomerMention): { keyKind: CustomerRow['keyKind']; keyValue: string } | null {
  const id = mention.externalId?.trim();
  if (id) return { keyKind: 'id', keyValue: id };
  const name = mention.name?.trim();
  if (name) return { keyKind: 'name', keyValue: nameKey(name) };
  return null;
}

/**
 * The portfolio customer an event is about, created the first time a source mentions it.
 * Keeps the name of the latest event (a renamed account follows its CRM) and the span of
 * activity. Returns null when the event names no customer.
 */
export function ensureCustomer(ctx: ServiceContext, sourceId: string, mention: CustomerMention, occurredAt: number): { customer: CustomerRow; created: boolean } | null {
  const key = customerKey(mention);
  if (!key) return null;
  const given = mention.name?.trim().replace(/\s+/g, ' ') || null;
  const name = given || mention.externalId?.trim() || key.keyValue;
  const region = mention.region?.trim().toUpperCase() || null;
  const existing = findCustomerByKey(ctx.db, sourceId, key.keyKind, key.keyValue);
  if (!existing) {
    const customer = insertCustomer(ctx.db, { sourceId, ...key, name, region, firstSeenAt: occurredAt, lastActivityAt: occurredAt, createdAt: ctx.now() });
    return { customer, created: true };
  }
  const latest = occurredAt >= existing.lastActivityAt;
  if (occurredAt < existing.firstSeenAt || occurredAt > existing.lastActivityAt) touchCustomer(ctx.db, existing.id, occurredAt);
  const patch: Partial<CustomerRow> = {};
  // A customer known by its name keeps the spelling it was first seen with.
  if (latest && existing.keyKind === 'id' && given && given !== existing.name) patch.name = given;
  // A region the manager set is not overwritten; one from the source fills a gap.
  if (region && !existing.region) patch.region = region;
  if (Object.keys(patch).length === 0) return { customer: { ...existing, firstSeenAt: Math.min(existing.firstSeenAt, occurredAt), lastActivityAt: Math.max(existing.lastActivityAt, occurredAt) }, created: false };
  return { customer: updateCustomerRow(ctx.db, existing.id, patch) ?? existing, created: false };
}
