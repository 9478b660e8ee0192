import { isReversingType, REVERSIBLE_BY, type EventType } from '../event-types';
import { isFullyReversed } from './score';

/**
 * What the subject machine needs to know about each event of one subject (a deal, a payment,
 * a booking), with the decisions stored when the event arrived.
 */
export interface SubjectEvent {
  id: number;
  type: EventType;
  amountMinor: number | null;
  /** For a reversal: the counted event it took back when it arrived (null = none was open yet). */
  reversesEventId: number | null;
  /** For a counting event: the counted event it repeats (null = it counted). */
  repeatsEventId: number | null;
}

export interface SubjectState {
  /** Counted events not yet fully taken back, latest per type. */
  open: Map<EventType, number>;
  /** For each counted event, the reversals that take it back, in arrival order. */
  reversalsOf: Map<number, number[]>;
  /** Reversals that arrived before anything they could take back (applied to the next one). */
  pending: number[];
}

/**
 * Replays a subject's events in arrival (id) order. A won deal, a confirmed payment or a
 * booking counts once while it is open; a reopening, refund or cancellation takes back the open
 * one of a type it may reverse, and a full take-back closes it, so a deal won, reopened and won
 * again counts twice, while a deal won twice in a row counts once. A reversal that arrives
 * before its original waits and applies to the next counted event it may reverse.
 */
export function replaySubject(events: readonly SubjectEvent[]): SubjectState {
  const sorted = [...events].sort((a, b) => a.id - b.id);
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const state: SubjectState = { open: new Map(), reversalsOf: new Map(), pending: [] };
  const attach = (counted: SubjectEvent, reversal: SubjectEvent) => {
    const list = state.reversalsOf.get(counted.id) ?? [];
    list.push(reversal.id);
    state.reversalsOf.set(counted.id, list);
    const amounts = list.map((id) => byId.get(id)?.amountMinor ?? null);
    if (isFullyReversed(counted.amountMinor, amounts) && state.open.get(counted.type) === counted.id) state.open.delete(counted.type);
  };
  for (const event of sorted) {
    if (isReversingType(event.type)) {
      const target = event.reversesEventId === null ? undefined : byId.get(event.reversesEventId);
      if (target) attach(target, event);
      else state.pending.push(event.id);
      continue;
    }
    if (event.repeatsEventId !== null) continue;
    state.reversalsOf.set(event.id, state.reversalsOf.get(event.id) ?? []);
    state.open.set(event.type, event.id);
    const waiting = state.pending.filter((id) => (REVERSIBLE_BY[byId.get(id)?.type ?? event.type] ?? []).includes(event.type));
    state.pending = state.pending.filter((id) => !waiting.includes(id));
    for (const id of waiting) {
      const reversal = byId.get(id);
      if (reversal) attach(event, reversal);
    }
  }
  return state;
}

export type SubjectDecision =
  | { kind: 'counts' }
  | { kind: 'repeats'; eventId: number }
  | { kind: 'reverses'; eventId: number }
  | { kind: 'waits' };

/** What a new event of the subject does, given the subject's events so far. */
export function decide(state: SubjectState, type: EventType): SubjectDecision {
  if (isReversingType(type)) {
    let latest: number | undefined;
    for (const reversible of REVERSIBLE_BY[type] ?? []) {
      const open = state.open.get(reversible);
      if (open !== undefined && (latest === undefined || open > latest)) latest = open;
    }
    return latest === undefined ? { kind: 'waits' } : { kind: 'reverses', eventId: latest };
  }
  const open = state.open.get(type);
  return open === undefined ? { kind: 'counts' } : { kind: 'repeats', eventId: open };
}
