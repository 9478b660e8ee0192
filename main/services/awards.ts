import { DateTime } from 'luxon';
import type { ParsedInput } from '../../preload/contract';
import { insertEventIfNew, type EventRow } from '../../db/queries/events';
import { findRep } from '../../db/queries/reps';
import { findSource, insertSource } from '../../db/queries/sources';
import { inTransaction } from '../../db/transaction';
import { audit } from './audit/audit';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { scoreStoredEvent, scoringSetup, type ScoringSetup } from './scoring';
import { newToken } from './tokens';

/** The built-in source of the manager's own awards (not a webhook: never listed on the Sources screen). */
export const MANUAL_SOURCE_ID = 'manager';
export const MANUAL_SOURCE_KIND = 'manual';

function ensureManualSource(ctx: ServiceContext): void {
  if (findSource(ctx.db, MANUAL_SOURCE_ID)) return;
  insertSource(ctx.db, { id: MANUAL_SOURCE_ID, kind: MANUAL_SOURCE_KIND, name: 'Manager', secret: `fsk_${newToken(24)}`, enabled: true, configJson: '{}', createdAt: ctx.now() });
}

/**
 * Stores and scores a `points.manual` event from one of Fanfare's own sources (the manager's
 * awards, kudos): in the append-only log like any event, so the ledger explains the points.
 */
export function storeManualPoints(
  ctx: ServiceContext,
  setup: ScoringSetup,
  input: { sourceId: string; idPrefix: string; repId: number; occurredAt: number; payload: Record<string, unknown> },
): EventRow {
  const event = insertEventIfNew(ctx.db, {
    sourceId: input.sourceId,
    externalId: `${input.idPrefix}-${ctx.now()}-${newToken(6)}`,
    type: 'points.manual',
    repId: input.repId,
    identityKind: null,
    identityValue: null,
    occurredAt: input.occurredAt,
    occurredOffset: DateTime.fromMillis(input.occurredAt, { zone: setup.calendar.timeZone }).offset,
    receivedAt: ctx.now(),
    amountMinor: null,
    currency: null,
    reversesEventId: null,
    reversesExternalId: null,
    activityName: null,
    product: null,
    customerExternalId: null,
    customerName: null,
    payloadJson: JSON.stringify(input.payload),
    importBatchId: null,
    subjectKey: null,
    repeatsEventId: null,
    quantity: null,
  });
  if (!event) throw new Error(`a ${input.idPrefix} event id collided`);
  scoreStoredEvent(ctx, setup, event);
  return event;
}

/**
 * Points the manager gives a rep with a reason (soft skills, a great demo). Recorded like any
 * other event, as `points.manual` in the append-only log, and scored in the same transaction.
 * `day` dates the award in the workspace time zone (noon) for a past period; default now.
 */
export function createAward(ctx: ServiceContext, input: ParsedInput<'awards.create'>): { eventId: number; points: number } {
  const result = inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`, { path: 'repId' });
    const setup = scoringSetup(ctx);
    const { set } = setup;
    if (!set.rules.some((r) => r.eventType === 'points.manual' && r.enabled)) {
      fail('conflict', 'Manual awards are switched off on the Scoring rules screen; switch "Manual award" on first.');
    }
    ensureManualSource(ctx);
    const occurredAt = input.day ? DateTime.fromISO(`${input.day}T12:00:00`, { zone: set.timeZone }).toMillis() : ctx.now();
    if (occurredAt > ctx.now() + 60_000) fail('invalid_input', 'An award cannot be dated in the future.', { path: 'day' });
    const event = storeManualPoints(ctx, setup, { sourceId: MANUAL_SOURCE_ID, idPrefix: 'award', repId: rep.id, occurredAt, payload: { points: input.points, reason: input.reason } });
    audit(ctx, { action: 'award.create', entity: { type: 'rep', id: rep.id, label: rep.name }, after: { points: input.points, reason: input.reason, day: input.day ?? null } });
    return { eventId: event.id, points: input.points };
  });
  ctx.bus.changed('events', 'ledger', 'audit');
  return result;
}
