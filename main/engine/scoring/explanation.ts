import type { EventType } from '../event-types';

/** The amount part of an award: whole steps of the amount in the base currency. */
export interface AmountPart {
  pointsPerStep: number;
  stepMinor: number;
  /** The event's amount, in its own currency. */
  amountMinor: number;
  currency: string;
  /** Points this part gave (absent on rows written before it was recorded). */
  points?: number;
  /** Present when the amount was converted into the base currency with a manager-entered rate. */
  converted?: { baseMinor: number; baseCurrency: string; rate: string };
}

/** Points for the product sold: its own points per unit, or its group's. */
export interface ProductPart {
  sku: string;
  name: string;
  quantity: number;
  perUnit: number;
  points: number;
  from: 'product' | 'group';
  group?: string;
}

export interface FocusPart {
  name: string;
  /** Exact decimal text ("2", "1.5"). */
  factor: string;
}

export interface AwardExplanation {
  kind: 'award';
  eventType: EventType;
  fixedPoints: number;
  /** Present when the rule gives points per amount and the event's amount counted. */
  amountPoints?: AmountPart;
  /** Present when the amount could not count (another currency and no exchange rate). */
  amountSkipped?: { currency: string; reason: 'no_rate' };
  product?: ProductPart;
  /** Focus factors in force, multiplied onto `subtotal` (rounded once, half away from zero). */
  focus?: FocusPart[];
  subtotal?: number;
  customer?: string;
  activityName?: string;
  /** The rule-set version the points were computed under. */
  ruleVersion?: number;
  /** The points came with the customer from its previous owner (a transfer dated before the event). */
  viaTransfer?: true;
}

export interface ManualExplanation {
  kind: 'manual';
  reason: string;
}

export interface ReversalExplanation {
  kind: 'reversal';
  /** The type of the event taken back. */
  eventType: EventType;
  /** The type of the event that took it back (refund, reopening, cancellation). */
  by?: EventType;
  /** The amount taken back and the original amount, when the reversal is partial. */
  share?: { amountMinor: number; ofMinor: number; currency: string };
  customer?: string;
}

/**
 * Why a ledger row has its points, as data: the UI words it in the reader's language
 * ("+170: deal won Acme, 12,000.00 BRL: 50 + 120 (1 per 100.00)").
 */
export type Explanation =
  | AwardExplanation
  | ManualExplanation
  | ReversalExplanation
  /** Points that left with the customer for its new owner (a transfer dated before the event). */
  | { kind: 'transfer'; eventType: EventType; customer?: string }
  /** Points cancelled because the manager undid the CSV import (named) the event came with. */
  | { kind: 'undo'; batch: string }
  | {
      kind: 'adjustment';
      /** Recompute: the event's points under the rules of `ruleVersion`. */
      reason: 'recompute';
      before: number;
      after: number;
      ruleVersion: number;
      /** How the new points come about. */
      now?: AwardExplanation | ManualExplanation | ReversalExplanation;
    };
