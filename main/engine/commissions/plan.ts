// The commission plan model. Every behaviour that changes money is an explicit field: there
// are no hidden defaults (a plan says whether its tiers are marginal or retroactive, per
// transaction or cumulative, which tier a value exactly on a threshold belongs to, ...).
//
// Units: money is integer minor units of the plan currency (`...Minor`); rates, percents,
// multipliers and exchange rates are decimal strings ("8", "1.5", "5.4321") so they are
// exact; days are local calendar days `YYYY-MM-DD` in the workspace time zone.
import type { EventType } from '../event-types';

/** marginal: each slice at its own tier's rate ("tiered"); retroactive: the whole amount at the rate of the tier reached ("stepped", "volume"). */
export const TIER_MODES = ['marginal', 'retroactive'] as const;
/** per_transaction: each deal is tiered on its own; cumulative: the running total within the period is tiered. */
export const TIER_BASES = ['per_transaction', 'cumulative'] as const;
/** What the tier thresholds measure: the credited amount (or count) itself, or quota attainment in percent. */
export const TIER_MEASURES = ['amount', 'attainment'] as const;
/** Where a value exactly on a threshold belongs: the tier that starts there, or the one that ends there. */
export const BOUNDARY_RULES = ['upper_tier', 'lower_tier'] as const;
/** amount: credited money; count: credited transactions (e.g. new logos). */
export const METRICS = ['amount', 'count'] as const;
/** booking: deals won are credited when won; collection: payments are credited as the cash arrives. */
export const CREDIT_ON = ['booking', 'collection'] as const;
/** Which credit shares a plan pays on: direct (sums to at most 100%), overlay (on top), or both. */
export const CREDIT_ROLES = ['direct', 'overlay', 'both'] as const;
export const SPIF_PAYOUTS = ['every_time', 'once_per_period'] as const;
export const CLAWBACK_MODES = ['full', 'prorated'] as const;
export const DRAW_KINDS = ['recoverable', 'non_recoverable'] as const;
export const COMMISSION_PERIOD_KINDS = ['month', 'quarter'] as const;
export const GATE_COMPARISONS = ['at_least', 'above'] as const;

export type TierMode = (typeof TIER_MODES)[number];
export type TierBasis = (typeof TIER_BASES)[number];
export type TierMeasure = (typeof TIER_MEASURES)[number];
export type BoundaryRule = (typeof BOUNDARY_RULES)[number];
export type Metric = (typeof METRICS)[number];
export type CreditOn = (typeof CREDIT_ON)[number];
export type CreditRoles = (typeof CREDIT_ROLES)[number];
export type SpifPayout = (typeof SPIF_PAYOUTS)[number];
export type ClawbackMode = (typeof CLAWBACK_MODES)[number];
export type DrawKind = (typeof DRAW_KINDS)[number];
export type CommissionPeriodKind = (typeof COMMISSION_PERIOD_KINDS)[number];
export type GateComparison = (typeof GATE_COMPARISONS)[number];

export interface Tier {
  /**
   * Where the tier starts, in the unit of the table's measure: for `amount` on an amount
   * metric, minor units of the plan currency ("5000000" is 50,000.00); on a count metric,
   * transactions ("10"); for `attainment`, percent of quota ("100"). The first tier starts at 0.
   */
  from: string;
  /** percent_of_amount: percent of the credited amount ("8"); target_incentive: multiplier of the base rate ("1.5"). */
  rate: string;
}

export interface RateTable {
  measure: TierMeasure;
  mode: TierMode;
  basis: TierBasis;
  boundary: BoundaryRule;
  tiers: Tier[];
}

export type ComponentPayout =
  | { kind: 'percent_of_amount' }
  /** Pays weight × target incentive at 100% attainment: base rate per credited unit = weight × TI ÷ quota. */
  | { kind: 'target_incentive'; weightPercent: string };

export type Cap = { kind: 'amount'; amountMinor: number } | { kind: 'percent_of_target'; percent: string };

/** The component pays only if another component's attainment passes a threshold. */
export interface Gate {
  componentId: string;
  comparison: GateComparison;
  attainmentPercent: string;
}

export interface PlanComponent {
  /** Stable key, unique in the plan (statement lines and quotas refer to it). */
  id: string;
  name: string;
  metric: Metric;
  /** Only credited transactions of these products count; empty = every product. */
  products: string[];
  payout: ComponentPayout;
  table: RateTable;
  cap: Cap | null;
  gate: Gate | null;
}

/** A time-boxed bonus for a product or a behaviour. */
export interface Spif {
  id: string;
  name: string;
  eventType: EventType;
  products: string[];
  firstDay: string;
  lastDay: string;
  amountMinor: number;
  payout: SpifPayout;
  /** Qualifying events the rep needs in the period before the SPIF pays at all (1 = from the first). */
  minQuantity: number;
}

export interface ClawbackPolicy {
  /** A refund or cancellation up to this many days after the sale (inclusive) is clawed back. */
  windowDays: number;
  mode: ClawbackMode;
  /** Service term the prorated mode measures unused time against (a deal can override it). */
  termDays: number | null;
}

/** 1 unit of `currency` is worth `rate` units of the plan currency (the plan's stated rate). */
export interface FxRate {
  currency: string;
  rate: string;
}

export interface CommissionPlan {
  name: string;
  currency: string;
  periodKind: CommissionPeriodKind;
  creditOn: CreditOn;
  creditRoles: CreditRoles;
  fxRates: FxRate[];
  components: PlanComponent[];
  spifs: Spif[];
  clawback: ClawbackPolicy | null;
}

export interface Draw {
  kind: DrawKind;
  /** Guaranteed per full period (prorated like the quota for partial periods). */
  amountMinor: number;
  /** For how many periods from the assignment's first period; null = as long as the assignment runs. */
  periods: number | null;
}

/** One rep on one plan: the terms that differ per person. */
export interface Assignment {
  startDay: string;
  /** Last day on the plan (inclusive); null = open-ended. */
  endDay: string | null;
  /** Full-period quota per component: minor units for amount metrics, transactions for count metrics. */
  quotas: { componentId: string; quota: string }[];
  /** Variable pay at 100% attainment per full period; needed by target_incentive components. */
  targetIncentiveMinor: number | null;
  /** Percent of quota for the first periods of a new hire ("25", "50", "75"); afterwards 100%. */
  ramp: string[];
  /** Days away (leave): prorate quota, target incentive and draw. */
  leaves: { firstDay: string; lastDay: string }[];
  draw: Draw | null;
}

/** The event types a plan credits, and the types that take them back. */
export function creditedTypes(plan: Pick<CommissionPlan, 'creditOn'>): readonly EventType[] {
  return plan.creditOn === 'booking' ? ['deal.won'] : ['payment.confirmed', 'catalog.sale'];
}
