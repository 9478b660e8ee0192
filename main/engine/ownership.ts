// Who an event about a customer scores for, and how a change of ownership cuts the
// customer's ownership timeline. Pure.

/**
 * - owner: an event about a customer scores for whoever owned the customer at the event's
 *   instant (a transfer moves the customer's later events to the new owner); the rep the
 *   source names counts only while the customer has no owner.
 * - named: an event scores for the rep the source names; the owner counts only when the
 *   source names nobody (Asaas payments name only the customer).
 */
export const CREDIT_POLICIES = ['owner', 'named'] as const;
export type CreditPolicy = (typeof CREDIT_POLICIES)[number];

export interface CreditFacts {
  policy: CreditPolicy;
  /** The customer's owner at the event's instant, if the event is about an owned customer. */
  ownerRepId: number | null;
  /** The rep the source's identity resolves to (mapping or e-mail), if any. */
  namedRepId: number | null;
  /** Whether the source named anyone at all (an unknown identity is held until mapped). */
  namesSomeone: boolean;
}

export type Credit = { repId: number; by: 'owner' | 'identity' } | { repId: null; by: null };

export function creditFor({ policy, ownerRepId, namedRepId, namesSomeone }: CreditFacts): Credit {
  if (policy === 'owner') {
    if (ownerRepId !== null) return { repId: ownerRepId, by: 'owner' };
    if (namedRepId !== null) return { repId: namedRepId, by: 'identity' };
    return { repId: null, by: null };
  }
  if (namedRepId !== null) return { repId: namedRepId, by: 'identity' };
  // A name we cannot resolve yet waits for its mapping rather than going to the owner.
  if (!namesSomeone && ownerRepId !== null) return { repId: ownerRepId, by: 'owner' };
  return { repId: null, by: null };
}

/**
 * Whether the source names a rep at all. A payment system that knows only the buyer (Asaas)
 * may pass the customer id as the identity, so a manual mapping of that id to a rep still
 * works; such an identity names the customer, not a rep.
 */
export function namesARep(identity: { kind: string; value: string } | null, customerExternalId: string | null): boolean {
  if (identity === null) return false;
  return !(identity.kind === 'external_id' && customerExternalId !== null && identity.value === customerExternalId.trim());
}

export interface OwnershipPeriod {
  repId: number;
  fromAt: number;
  /** null = still open. */
  toAt: number | null;
}

/** The owner at `at`: the period with fromAt <= at < toAt. */
export function ownerAt(periods: readonly OwnershipPeriod[], at: number): number | null {
  for (const p of periods) if (p.fromAt <= at && (p.toAt === null || at < p.toAt)) return p.repId;
  return null;
}

/** The latest period (the one a new change cuts), or undefined for an unowned customer. */
export function latestPeriod<P extends OwnershipPeriod>(periods: readonly P[]): P | undefined {
  let latest: P | undefined;
  for (const p of periods) if (!latest || p.fromAt > latest.fromAt) latest = p;
  return latest;
}

export type CutCheck = { ok: true; replaces: boolean } | { ok: false; latestFrom: number; latestRepId: number };

/**
 * Whether a change effective at `effectiveAt` may be applied. History is linear: a change
 * cannot start before the latest owner's period started (that would rewrite a later
 * transfer); starting exactly then replaces that period (correcting a mistaken assignment).
 */
export function checkCut(periods: readonly OwnershipPeriod[], effectiveAt: number): CutCheck {
  const latest = latestPeriod(periods);
  if (!latest) return { ok: true, replaces: false };
  if (effectiveAt < latest.fromAt) return { ok: false, latestFrom: latest.fromAt, latestRepId: latest.repId };
  return { ok: true, replaces: effectiveAt === latest.fromAt };
}
