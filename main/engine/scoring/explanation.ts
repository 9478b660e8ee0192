import type { EventType } from '../event-types';

/**
 * Why a ledger row has its points, as data: the UI words it in the reader's language
 * ("+170: deal won Acme, 12,000.00 BRL: 50 + 120 (1 per 100.00)").
 */
export type Explanation =
  | {
      kind: 'award';
      eventType: EventType;
      fixedPoints: number;
      /** Present when the rule gives points per amount and the event's amount counted. */
      amountPoints?: { pointsPerStep: number; stepMinor: number; amountMinor: number; currency: string };
      /** Present when the amount could not count (another currency and no exchange rate). */
      amountSkipped?: { currency: string; reason: 'no_rate' };
      customer?: string;
      activityName?: string;
      /** The points came with the customer from its previous owner (a transfer dated before the event). */
      viaTransfer?: true;
    }
  | { kind: 'manual'; reason: string }
  | {
      kind: 'reversal';
      eventType: EventType;
      /** The amount taken back and the original amount, when the reversal is partial. */
      share?: { amountMinor: number; ofMinor: number; currency: string };
      customer?: string;
    }
  /** Points that left with the customer for its new owner (a transfer dated before the event). */
  | { kind: 'transfer'; eventType: EventType; customer?: string }
  /** Points cancelled because the manager undid the CSV import (named) the event came with. */
  | { kind: 'undo'; batch: string };
