import type { EventType } from '../event-types';

/** How many points an event of one type earns. */
export interface ScoringRule {
  id: number;
  eventType: EventType;
  /** Fixed points for every event of the type. */
  points: number;
  /** Points for every `amountStepMinor` of the event's amount in the base currency. */
  pointsPerStep: number;
  amountStepMinor: number;
  enabled: boolean;
}

export type RuleDraft = Omit<ScoringRule, 'id'>;

/**
 * The rule set a new workspace starts with. Amount points use steps of 100.00 of the base
 * currency, so a 12,000.00 deal adds 120 points on top of the 50 for winning it.
 */
export const DEFAULT_RULES: readonly RuleDraft[] = [
  { eventType: 'deal.won', points: 50, pointsPerStep: 1, amountStepMinor: 10_000, enabled: true },
  { eventType: 'payment.confirmed', points: 20, pointsPerStep: 1, amountStepMinor: 10_000, enabled: true },
  { eventType: 'catalog.sale', points: 15, pointsPerStep: 1, amountStepMinor: 10_000, enabled: true },
  { eventType: 'followup.converted', points: 25, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
  { eventType: 'appointment.booked', points: 15, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
  { eventType: 'quote.sent', points: 10, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
  { eventType: 'reply.sent', points: 2, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
  { eventType: 'activity', points: 5, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
  { eventType: 'deal.lost', points: 0, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
  // Manual awards carry their own points; this rule only switches them on or off.
  { eventType: 'points.manual', points: 0, pointsPerStep: 0, amountStepMinor: 10_000, enabled: true },
];

/** Event types whose points come from a rule (reversing types only ever take points back). */
export const SCORED_TYPES: readonly EventType[] = DEFAULT_RULES.map((r) => r.eventType);
