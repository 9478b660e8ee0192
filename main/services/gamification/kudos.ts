// Kudos: a manager's shout-out to a rep, with optional points. Points go through the event
// log as a `points.manual` event (so the ledger explains them like any other points); the
// shout-out itself appears in the rep's feed and on the wallboard.
import type { Kudos, ParsedInput } from '../../../preload/contract';
import { insertKudos } from '../../../db/queries/game';
import { findRep } from '../../../db/queries/reps';
import { findSource, insertSource } from '../../../db/queries/sources';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { scoringSetup } from '../ingest';
import { storeManualPoints } from '../awards';
import { newToken } from '../tokens';
import { addNotification } from './notifications';

/** The internal source kudos events come from (kind `internal`: no webhook, not listed as a source). */
export const KUDOS_SOURCE_ID = 'fanfare-kudos';

function ensureKudosSource(ctx: ServiceContext): void {
  if (findSource(ctx.db, KUDOS_SOURCE_ID)) return;
  insertSource(ctx.db, { id: KUDOS_SOURCE_ID, kind: 'internal', name: 'Kudos', secret: newToken(24), enabled: false, configJson: '{}', createdAt: ctx.now() });
}

export function giveKudos(ctx: ServiceContext, input: ParsedInput<'kudos.give'>): Kudos {
  const result = inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`, { path: 'repId' });
    if (!rep.active) fail('conflict', `${rep.name} is deactivated; activate them on the Reps screen to give kudos.`, { path: 'repId' });
    const now = ctx.now();
    let eventId: number | null = null;
    if (input.points > 0) {
      const setup = scoringSetup(ctx);
      if (!setup.rules.some((r) => r.eventType === 'points.manual' && r.enabled)) {
        fail('conflict', 'Manual awards are switched off in Scoring rules: switch them on to give points with kudos, or give the kudos without points.', { path: 'points' });
      }
      ensureKudosSource(ctx);
      const payload = { type: 'points.manual', points: input.points, reason: input.message, kudos: true };
      eventId = storeManualPoints(ctx, setup, { sourceId: KUDOS_SOURCE_ID, idPrefix: 'kudos', repId: rep.id, occurredAt: now, payload }).id;
    }
    const row = insertKudos(ctx.db, { repId: rep.id, message: input.message, points: input.points, eventId, givenAt: now });
    addNotification(ctx, { audience: 'rep', repId: rep.id, teamId: null, payload: { kind: 'kudos', kudosId: row.id, message: row.message, points: row.points }, dedupeKey: `kudos:${row.id}` });
    return { ...row, repName: rep.name };
  });
  ctx.bus.changed('events', 'ledger', 'notifications', 'game');
  return { id: result.id, repId: result.repId, repName: result.repName, message: result.message, points: result.points, givenAt: result.givenAt };
}
