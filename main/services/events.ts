import type { EventView, ParsedInput } from '../../preload/contract';
import { countUnmapped, listEventsPage, type EventRow } from '../../db/queries/events';
import { ledgerOfEvents } from '../../db/queries/ledger';
import { listReps } from '../../db/queries/reps';
import { listSources } from '../../db/queries/sources';
import { isEventType, isReversingType } from '../engine/event-types';
import type { Explanation } from '../engine/scoring/explanation';
import type { ServiceContext } from './context';

function noteOf(row: EventRow, lines: number): EventView['note'] {
  if (row.repeatsEventId !== null) return 'already_counted';
  const reversing = isEventType(row.type) && isReversingType(row.type);
  if (reversing) return row.reversesEventId === null && lines === 0 ? 'waits_for_original' : null;
  return row.repId === null ? 'waits_for_rep' : null;
}

/** The event log, newest first, with the points each event moved and why. */
export function listEvents(ctx: ServiceContext, input: ParsedInput<'events.list'>): { events: EventView[]; unmappedCount: number } {
  const rows = listEventsPage(ctx.db, {
    limit: input.limit,
    unmappedOnly: input.unmappedOnly,
    ...(input.beforeId !== undefined ? { beforeId: input.beforeId } : {}),
    ...(input.repId !== undefined ? { repId: input.repId } : {}),
  });
  const repNames = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const sourceNames = new Map(listSources(ctx.db).map((s) => [s.id, s.name]));
  const ledger = ledgerOfEvents(ctx.db, rows.map((r) => r.id));
  const events = rows.map((row): EventView => {
    const lines = ledger.filter((l) => l.eventId === row.id);
    return {
      id: row.id,
      sourceId: row.sourceId,
      sourceName: sourceNames.get(row.sourceId) ?? row.sourceId,
      externalId: row.externalId,
      type: row.type as EventView['type'],
      repId: row.repId,
      repName: row.repId === null ? null : (repNames.get(row.repId) ?? null),
      identity: row.identityValue,
      occurredAt: row.occurredAt,
      receivedAt: row.receivedAt,
      amountMinor: row.amountMinor,
      currency: row.currency,
      customerName: row.customerName,
      points: lines.reduce((sum, l) => sum + l.points, 0),
      explanations: lines.map((l) => ({ points: l.points, explanation: JSON.parse(l.explanationJson) as Explanation })),
      note: noteOf(row, lines.length),
    };
  });
  return { events, unmappedCount: countUnmapped(ctx.db) };
}
