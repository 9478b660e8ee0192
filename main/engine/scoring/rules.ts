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

/** "1 `currency` = `rate` base currency", from a local day on (null = any day). */
export interface ExchangeRate {
  currency: string;
  /** Exact decimal text. */
  rate: string;
  validFrom: string | null;
}

export interface ProductGroup {
  id: number;
  name: string;
  /** Points per unit of a product of the group without points of its own. */
  points: number;
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  groupId: number | null;
  /** Points per unit; null = the group's. */
  points: number | null;
}

/** A multiplier on matching events whose local day is in [fromDay, toDay] (inclusive). */
export interface FocusFactor {
  id: number;
  name: string;
  /** Exact decimal text, e.g. "2" or "1.5". */
  factor: string;
  fromDay: string;
  toDay: string;
  /** All null = every event; otherwise each one set must match. */
  eventType: EventType | null;
  productId: number | null;
  groupId: number | null;
  enabled: boolean;
}

/** Everything the scorer needs, as of one version of the manager's rules. */
export interface RuleSet {
  /** `rule_versions.id` of the last change; 0 = the initial rules. */
  version: number;
  baseCurrency: string;
  /** The workspace time zone: focus factor days and rate dates are local days. */
  timeZone: string;
  rules: readonly ScoringRule[];
  rates: readonly ExchangeRate[];
  products: readonly Product[];
  groups: readonly ProductGroup[];
  focus: readonly FocusFactor[];
}

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
