import type { IdentityMapping, ParsedInput, UnmappedIdentity } from '../../preload/contract';
import { assignRep, findEvent, heldEventsOfIdentity, unmappedGroups } from '../../db/queries/events';
import { deleteIdentity, findRep, listIdentities, listReps, upsertIdentity } from '../../db/queries/reps';
import { findSource, listSources } from '../../db/queries/sources';
import { inTransaction } from '../../db/transaction';
import { normaliseIdentity } from '../ingest/incoming-event';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { audit } from './audit/audit';
import { scoringSetup } from './ingest';
import { scoreStoredEvent } from './scoring';
import { claimForResolvedEvent } from './portfolio/credit';

/**
 * Gives held events of an identity their rep and scores them, oldest first. Call inside the
 * transaction that created the mapping. `sourceId` null = any source (e-mail auto-match).
 */
export function resolveHeldEvents(ctx: ServiceContext, sourceId: string | null, kind: 'email' | 'external_id' | 'name', value: string, repId: number): number {
  const held = heldEventsOfIdentity(ctx.db, sourceId, kind, value);
  if (held.length === 0) return 0;
  const setup = scoringSetup(ctx);
  let resolved = 0;
  for (const event of held) {
    const assigned = assignRep(ctx.db, event.id, repId);
    if (!assigned) continue;
    claimForResolvedEvent(ctx, assigned.customerId, repId);
    scoreStoredEvent(ctx, setup, assigned);
    resolved += 1;
  }
  return resolved;
}

export function listIdentityMappings(ctx: ServiceContext, input: ParsedInput<'identities.list'>): IdentityMapping[] {
  const reps = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const sources = new Map(listSources(ctx.db).map((s) => [s.id, s.name]));
  return listIdentities(ctx.db, input.sourceId).map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    sourceName: sources.get(row.sourceId) ?? row.sourceId,
    kind: row.kind,
    value: row.value,
    repId: row.repId,
    repName: reps.get(row.repId) ?? '',
  }));
}

/**
 * Maps a source's identity (an e-mail or a vendor user id) to a rep, and scores every event
 * held for it, in one transaction. Mapping again to another rep changes who future events
 * belong to; events already scored stay with the rep they were scored for.
 */
export function mapIdentity(ctx: ServiceContext, input: ParsedInput<'identities.map'>): { mapping: IdentityMapping; scoredEvents: number } {
  const identity = normaliseIdentity(input.kind, input.value);
  if (!identity.value) fail('invalid_input', 'The identity to map is empty.', { path: 'value' });
  const result = inTransaction(ctx.db, () => {
    const source = findSource(ctx.db, input.sourceId) ?? fail('not_found', `There is no source "${input.sourceId}".`);
    const rep = findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`);
    const row = upsertIdentity(ctx.db, { sourceId: source.id, kind: identity.kind, value: identity.value, repId: rep.id, createdAt: ctx.now() });
    const previous = listIdentities(ctx.db, source.id).find((i) => i.kind === identity.kind && i.value === identity.value && i.id !== row.id);
    const scoredEvents = resolveHeldEvents(ctx, source.id, identity.kind, identity.value, rep.id);
    audit(ctx, {
      action: 'identity.map',
      entity: { type: 'identity', id: row.id, label: `${identity.value} (${source.name})` },
      ...(previous ? { before: { rep: findRep(ctx.db, previous.repId)?.name ?? previous.repId } } : {}),
      after: { source: source.name, kind: identity.kind, value: identity.value, rep: rep.name, scoredEvents },
    });
    return {
      mapping: { id: row.id, sourceId: source.id, sourceName: source.name, kind: row.kind, value: row.value, repId: rep.id, repName: rep.name },
      scoredEvents,
    };
  });
  ctx.bus.changed('identities', 'events', 'ledger', 'audit');
  return result;
}

export function unmapIdentity(ctx: ServiceContext, input: ParsedInput<'identities.unmap'>): { id: number } {
  inTransaction(ctx.db, () => {
    const removed = deleteIdentity(ctx.db, input.id) ?? fail('not_found', `There is no identity mapping with id ${input.id}.`);
    const source = findSource(ctx.db, removed.sourceId);
    audit(ctx, {
      action: 'identity.unmap',
      entity: { type: 'identity', id: removed.id, label: `${removed.value} (${source?.name ?? removed.sourceId})` },
      before: { source: source?.name ?? removed.sourceId, kind: removed.kind, value: removed.value, rep: findRep(ctx.db, removed.repId)?.name ?? removed.repId },
    });
  });
  ctx.bus.changed('identities', 'audit');
  return { id: input.id };
}

/** The Unmapped inbox: held events grouped by the identity they name, with a sample. */
export function listUnmapped(ctx: ServiceContext): UnmappedIdentity[] {
  const sources = new Map(listSources(ctx.db).map((s) => [s.id, s.name]));
  return unmappedGroups(ctx.db).map((group) => {
    const sample = findEvent(ctx.db, group.sampleEventId);
    return {
      sourceId: group.sourceId,
      sourceName: sources.get(group.sourceId) ?? group.sourceId,
      kind: group.kind,
      value: group.value,
      count: group.count,
      firstAt: group.firstAt,
      lastAt: group.lastAt,
      sample: sample
        ? {
            type: sample.type as UnmappedIdentity['sample']['type'],
            occurredAt: sample.occurredAt,
            amountMinor: sample.amountMinor,
            currency: sample.currency,
            customerName: sample.customerName,
          }
        : { type: 'activity', occurredAt: group.lastAt, amountMinor: null, currency: null, customerName: null },
    };
  });
}
