import type { EventType } from '../engine/event-types';
import type { Money } from '../engine/money';

/** How the sending system names the rep. */
export interface Identity {
  /** `name`: an owner's name as CSV exports write it (needs a mapping the manager confirms). */
  kind: 'email' | 'external_id' | 'name';
  /** Normalised: e-mails trimmed and lower-cased; ids trimmed; names trimmed with single spaces. */
  value: string;
}

/** A vendor-independent event, ready to be stored in the log. */
export interface IncomingEvent {
  externalId: string;
  type: EventType;
  occurredAt: number;
  /** Minutes east of UTC in the original timestamp. */
  occurredOffset: number;
  identity: Identity | null;
  amount: Money | null;
  /** External id (same source) of the event this one takes back. */
  reversesExternalId: string | null;
  activityName: string | null;
  product: string | null;
  customerExternalId: string | null;
  customerName: string | null;
  /** A region code of the customer (state, country, zone) for territory rules, when the source has one. */
  customerRegion?: string | null;
  /** Points of a manual award (`points.manual`) and its reason. */
  manualPoints: number | null;
  reason: string | null;
  /** For `reply.sent`: seconds from the customer's message to this first reply, when known. */
  responseSeconds?: number | null;
  /** The element as the vendor sent it, kept verbatim (JSON text). */
  payloadJson: string;
}

export function normaliseIdentity(kind: Identity['kind'], raw: string): Identity {
  const trimmed = raw.trim();
  if (kind === 'name') return { kind, value: trimmed.replace(/\s+/g, ' ') };
  return { kind, value: kind === 'email' ? trimmed.toLowerCase() : trimmed };
}

/** A problem found in a delivered body, with where it is (e.g. `[2].amount.value`). */
export interface FieldProblem {
  path: string;
  message: string;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };
