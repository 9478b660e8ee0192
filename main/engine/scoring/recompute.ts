import type { EventType } from '../event-types';
import type { AwardExplanation, Explanation, ManualExplanation, ReversalExplanation } from './explanation';
import type { RuleSet } from './rules';
import { reversalTake, scoreEvent, type ScorableEvent } from './score';

/** A counted event as recompute sees it. */
export interface RecomputeCounted extends ScorableEvent {
  id: number;
  repId: number | null;
  /** Set when the event repeated an already counted fact: it earns nothing. */
  repeatsEventId: number | null;
}

/** A reversal with what it takes back. */
export interface RecomputeReversal {
  id: number;
  type: EventType;
  occurredAt: number;
  amountMinor: number | null;
  currency: string | null;
  /** The counted event it takes back (null = still waiting for one: it moves nothing). */
  target: {
    event: RecomputeCounted;
    /** Recomputed along (in the range) or kept as it stands (its current net points). */
    inScope: boolean;
    currentPoints: number;
    /** Amounts of the target's reversals up to and including this one, in order. */
    amountsSoFar: readonly (number | null)[];
  } | null;
}

export type RecomputeEvent = { kind: 'counted'; event: RecomputeCounted } | { kind: 'reversal'; event: RecomputeReversal };

/** The net points an event should hold for one rep, and why. */
export interface DesiredPoints {
  eventId: number;
  repId: number;
  occurredAt: number;
  points: number;
  /** The rule that gives (or, for a reversal, gave) the points. */
  ruleId: number | null;
  /** For a reversal: the counted event it takes back. */
  targetEventId: number | null;
  why?: AwardExplanation | ManualExplanation | ReversalExplanation;
}

function countedPoints(event: RecomputeCounted, set: RuleSet): { points: number; ruleId: number | null; why?: AwardExplanation | ManualExplanation } {
  if (event.repId === null || event.repeatsEventId !== null) return { points: 0, ruleId: null };
  const [award] = scoreEvent(event, set);
  if (!award) return { points: 0, ruleId: null };
  return { points: award.points, ruleId: award.ruleId, why: award.explanation as AwardExplanation | ManualExplanation };
}

/**
 * What each event should hold under `set`: a counted event its award; a reversal the share of
 * its target's points that its amount takes back (the difference between the cumulative
 * shares with and without it, so a chain of partial refunds stays exact).
 */
export function desiredPoints(item: RecomputeEvent, set: RuleSet): DesiredPoints | null {
  if (item.kind === 'counted') {
    const { event } = item;
    if (event.repId === null) return null;
    const { points, ruleId, why } = countedPoints(event, set);
    return { eventId: event.id, repId: event.repId, occurredAt: event.occurredAt, points, ruleId, targetEventId: null, ...(why ? { why } : {}) };
  }
  const { event } = item;
  const target = event.target;
  if (!target || target.event.repId === null) return null;
  const counted = countedPoints(target.event, set);
  const award = target.inScope ? counted.points : target.currentPoints;
  const before = target.amountsSoFar.slice(0, -1);
  const takenBefore = before.length === 0 ? 0 : reversalTake({ awardPoints: award, originalAmountMinor: target.event.amountMinor, reversalAmounts: before, alreadyTaken: 0 });
  const take = reversalTake({ awardPoints: award, originalAmountMinor: target.event.amountMinor, reversalAmounts: target.amountsSoFar, alreadyTaken: takenBefore });
  const partial = event.amountMinor !== null && target.event.amountMinor !== null && event.amountMinor < target.event.amountMinor && event.currency !== null;
  const why: ReversalExplanation = {
    kind: 'reversal',
    eventType: target.event.type,
    by: event.type,
    ...(partial && event.amountMinor !== null && target.event.amountMinor !== null && event.currency !== null
      ? { share: { amountMinor: event.amountMinor, ofMinor: target.event.amountMinor, currency: event.currency } }
      : {}),
    ...(target.event.customerName ? { customer: target.event.customerName } : {}),
  };
  return { eventId: event.id, repId: target.event.repId, occurredAt: event.occurredAt, points: -take, ruleId: counted.ruleId, targetEventId: target.event.id, why };
}

export interface Adjustment {
  eventId: number;
  repId: number;
  occurredAt: number;
  points: number;
  ruleId: number | null;
  targetEventId: number | null;
  explanation: Explanation;
}

/**
 * The adjustment rows that bring each event's net points (per rep) from what the ledger holds
 * to what the rules now give. The ledger is never edited: a difference is a new row.
 */
export function adjustmentsFor(
  desired: readonly DesiredPoints[],
  existing: ReadonlyMap<string, { eventId: number; repId: number; occurredAt: number; points: number }>,
  ruleVersion: number,
): Adjustment[] {
  const out: Adjustment[] = [];
  const seen = new Set<string>();
  for (const d of desired) {
    const key = `${d.eventId}:${d.repId}`;
    seen.add(key);
    const before = existing.get(key)?.points ?? 0;
    if (before === d.points) continue;
    out.push({
      eventId: d.eventId,
      repId: d.repId,
      occurredAt: d.occurredAt,
      points: d.points - before,
      ruleId: d.ruleId,
      targetEventId: d.targetEventId,
      explanation: { kind: 'adjustment', reason: 'recompute', before, after: d.points, ruleVersion, ...(d.why ? { now: d.why } : {}) },
    });
  }
  for (const [key, row] of existing) {
    if (seen.has(key) || row.points === 0) continue;
    out.push({
      eventId: row.eventId,
      repId: row.repId,
      occurredAt: row.occurredAt,
      points: -row.points,
      ruleId: null,
      targetEventId: null,
      explanation: { kind: 'adjustment', reason: 'recompute', before: row.points, after: 0, ruleVersion },
    });
  }
  return out;
}
