// What a statement is computed from and what it is made of. Inputs are plain JSON (they are
// frozen as-is when a period is locked); exact amounts travel as rational text ("96000",
// "1000/3"), in minor units of the plan currency.
import type { EventType } from '../event-types';
import type { Assignment, CommissionPlan, DrawKind, GateComparison, Metric, SpifPayout } from './plan';

/** Enough of an event to say which one it was on a statement line. */
export interface EventRef {
  eventId: number;
  externalId: string;
  type: EventType;
  /** Local day it happened (workspace time zone). */
  day: string;
  /** Instant, for ordering within a day. */
  at: number;
  customer: string | null;
  product: string | null;
  amountMinor: number | null;
  currency: string | null;
}

/** A rep's share of an event: 100% direct unless the manager entered a split. */
export interface CreditShare {
  percent: string;
  role: string;
  overlay: boolean;
  /** True when the manager entered it (a split), false for the default 100% to the event's rep. */
  split: boolean;
}

export interface RepEvent {
  event: EventRef;
  share: CreditShare;
}

/** A refund or cancellation of an event this rep was credited for. */
export interface Reversal {
  event: EventRef;
  original: EventRef;
  share: CreditShare;
  /** Commission actually paid to this rep for the original (exact), null if it earned none under this plan. */
  paid: string | null;
  /** Amount of earlier reversals of the same original (original currency), so refunds never take back more than was sold. */
  reversedBeforeMinor: number;
  /** The deal's own service term, when the manager entered one (overrides the plan's). */
  termDays: number | null;
}

export interface Adjustment {
  id: number;
  amountMinor: number;
  reason: string;
  disputeId: number | null;
  enteredAt: number;
}

export interface PeriodWindow {
  firstDay: string;
  lastDay: string;
  /** 0 for the period holding the assignment's start day, 1 for the next, ... (ramps and draws count these). */
  index: number;
}

/** Everything `calculateEarnings` needs for one rep, one plan, one period. */
export interface EarningsInput {
  plan: CommissionPlan;
  assignment: Assignment;
  period: PeriodWindow;
  events: RepEvent[];
  reversals: Reversal[];
}

export interface Opening {
  /** Negative balance brought from the previous statement (0 or less). */
  carryMinor: number;
  carryFrom: { firstDay: string; lastDay: string } | null;
  /** Recoverable draw paid out and not yet earned back (0 or more). */
  drawOutstandingMinor: number;
}

export interface StatementInput extends EarningsInput {
  adjustments: Adjustment[];
  corrections: StatementLine[];
  opening: Opening;
}

export interface Conversion {
  fromMinor: number;
  fromCurrency: string;
  rate: string;
}

/** Traces of every line but corrections (a correction points at one of these). */
export type BaseTrace =
  | {
      kind: 'commission';
      componentId: string;
      componentName: string;
      metric: Metric;
      event: EventRef;
      share: CreditShare;
      conversion: Conversion | null;
      /** The credited quantity this line pays on (a slice of the deal when it straddles tiers). */
      base: string;
      /** Credited quantity of the whole transaction (equals base unless sliced). */
      credited: string;
      tier: number;
      tierCount: number;
      rate: string;
      payout: 'percent_of_amount' | 'target_incentive';
      /** target_incentive: weight × TI ÷ quota, per credited unit (exact). */
      baseRate: string | null;
      /** What decided the tier: the deal alone, the running total, or the period total. */
      reachedBy: 'transaction' | 'running_total' | 'period_total';
    }
  | { kind: 'cap'; componentId: string; componentName: string; computed: string; cap: string }
  | {
      kind: 'gate';
      componentId: string;
      componentName: string;
      gateComponentName: string;
      attainmentPercent: string;
      thresholdPercent: string;
      comparison: GateComparison;
    }
  | {
      kind: 'spif';
      spifId: string;
      name: string;
      payout: SpifPayout;
      amountMinor: number;
      minQuantity: number;
      qualifying: number;
      events: EventRef[];
      share: CreditShare | null;
    }
  | {
      kind: 'clawback';
      original: EventRef;
      reversal: EventRef;
      share: CreditShare;
      paid: string;
      /** Part of the original taken back (reversal amount ÷ original amount), exact. */
      fraction: string;
      daysAfter: number;
      windowDays: number;
      prorate: { unusedDays: number; termDays: number } | null;
      outsideWindow: boolean;
    }
  | { kind: 'adjustment'; adjustmentId: number; reason: string; disputeId: number | null; enteredAt: number }
  | { kind: 'carry_in'; fromFirstDay: string | null; fromLastDay: string | null }
  | { kind: 'draw_top_up'; drawKind: DrawKind; drawAmount: string; earned: string }
  | { kind: 'draw_recovery'; outstandingBefore: number; recoverable: string };

export type LineTrace = BaseTrace | { kind: 'correction'; periodFirstDay: string; periodLastDay: string; of: BaseTrace; was: string; now: string };

export type LineSection = 'carry' | 'commission' | 'spif' | 'clawback' | 'correction' | 'adjustment' | 'draw';

export interface StatementLine {
  /** Stable within a period: disputes and corrections point at lines by key. */
  key: string;
  section: LineSection;
  /** Exact amount, minor units of the plan currency, as rational text. */
  amount: string;
  trace: LineTrace;
}

export interface ComponentResult {
  componentId: string;
  name: string;
  metric: Metric;
  credited: string;
  /** Effective quota this period (after ramp and proration); null when the component has none. */
  quota: string | null;
  attainmentPercent: string | null;
  computed: string;
  paid: string;
}

export interface Proration {
  activeDays: number;
  periodDays: number;
  rampPercent: string;
}

export type Warning =
  | { kind: 'no_fx_rate'; eventId: number; currency: string }
  | { kind: 'no_quota'; componentId: string }
  | { kind: 'no_target_incentive'; componentId: string };

export interface Earnings {
  lines: StatementLine[];
  components: ComponentResult[];
  /** Commission paid per original event (after caps and gates), the rate later clawbacks use. */
  paidByEvent: Record<string, string>;
  proration: Proration;
  warnings: Warning[];
}

export interface StatementTotals {
  carryIn: string;
  commission: string;
  spifs: string;
  clawbacks: string;
  corrections: string;
  adjustments: string;
  /** Everything above: what the rep earned this period, exact. */
  earned: string;
  drawTopUp: string;
  drawRecovery: string;
  /** earned + top-up − recovery, exact; the only number that is rounded. */
  total: string;
  /** The total rounded half-up to the plan currency's minor unit, if positive: what payroll pays. */
  payoutMinor: number;
  /** The rounded total if negative: carried to the next statement. */
  carryOutMinor: number;
  drawOutstandingMinor: number;
}

export interface Statement extends Earnings {
  currency: string;
  totals: StatementTotals;
}
