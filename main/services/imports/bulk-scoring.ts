import { findEvent } from '../../../db/queries/events';
import { addToDayMetrics } from '../../../db/queries/day-metrics';
import { LEDGER_BATCH, type ImportStatements } from '../../../db/queries/imports';
import { addToDayTotal } from '../../../db/queries/totals';
import { eventMetrics } from '../../engine/gamification/metrics';
import { REVERSIBLE_BY, type EventType } from '../../engine/event-types';
import type { Explanation } from '../../engine/scoring/explanation';
import { reversalTake, scoreEvent } from '../../engine/scoring/score';
import type { ZoneClock } from '../../ingest/csv/zone';
import type { ServiceContext } from '../context';
import { recordEventMetrics } from '../gamification/aggregates';
import type { ScoringSetup } from '../scoring';

export interface StoredImportEvent {
  id: number;
  sourceId: string;
  externalId: string;
  type: 'deal.won' | 'payment.confirmed' | 'payment.refunded';
  repId: number | null;
  amountMinor: number | null;
  currency: string | null;
  customerName: string | null;
  occurredAt: number;
  reverses: string | null;
}

/** What a chunk adds to one metric of one rep on one local day. */
interface MetricTally {
  repId: number;
  day: string;
  deltas: Map<string, { metric: string; delta: number; gainAt: number }>;
}

/**
 * The ledger rows of imported events, written with prepared statements: the same engine
 * rules (`scoreEvent`, `reversalTake`, `eventMetrics`) and the same rows, explanations, day
 * totals and day metrics as services/scoring.ts, without a query builder per row. Day
 * totals and metrics are summed per chunk and written once per rep and day, so an import
 * leaves the aggregates as a rebuild from the log would, without one.
 */
export class BulkScoring {
  private readonly days = new Map<string, { repId: number; day: string; points: number; lastGain: number }>();
  private readonly metrics = new Map<string, MetricTally>();
  /** Ledger rows not inserted yet, as flat values (inserted many per statement). */
  private pending: unknown[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly statements: ImportStatements,
    private readonly clock: ZoneClock,
    private readonly createdAt: number,
    private readonly ruleVersion: number,
  ) {}

  private write(eventId: number, repId: number, ruleId: number | null, points: number, kind: 'award' | 'reversal', reversesLedgerId: number | null, occurredAt: number, explanation: Explanation): void {
    this.pending.push(eventId, repId, ruleId, points, kind, reversesLedgerId, occurredAt, JSON.stringify(explanation), this.createdAt, this.ruleVersion);
    if (this.pending.length >= 10 * LEDGER_BATCH * 4) this.flushLedger();
    const day = this.clock.localDay(occurredAt);
    const key = `${repId}|${day}`;
    let total = this.days.get(key);
    if (!total) {
      total = { repId, day, points: 0, lastGain: 0 };
      this.days.set(key, total);
    }
    total.points += points;
    if (points > 0 && occurredAt > total.lastGain) total.lastGain = occurredAt;
  }

  /** Adds a scored event's revenue, deals won, activity and count to its rep's local day. */
  private count(event: StoredImportEvent & { repId: number }, baseCurrency: string): void {
    const day = this.clock.localDay(event.occurredAt);
    const key = `${event.repId}|${day}`;
    let tally = this.metrics.get(key);
    if (!tally) {
      tally = { repId: event.repId, day, deltas: new Map() };
      this.metrics.set(key, tally);
    }
    for (const { metric, delta } of eventMetrics(event, baseCurrency)) {
      if (delta === 0) continue;
      const gainAt = delta > 0 ? event.occurredAt : 0;
      const sum = tally.deltas.get(metric);
      if (!sum) tally.deltas.set(metric, { metric, delta, gainAt });
      else {
        sum.delta += delta;
        sum.gainAt = Math.max(sum.gainAt, gainAt);
      }
    }
  }

  /** The points a won deal or a payment earns under the rules in force, and what it adds to the day's metrics. */
  award(event: StoredImportEvent, setup: ScoringSetup): void {
    if (event.repId === null || event.type === 'payment.refunded') return;
    this.count(event as StoredImportEvent & { repId: number }, setup.calendar.baseCurrency);
    const awards = scoreEvent({ type: event.type, occurredAt: event.occurredAt, amountMinor: event.amountMinor, currency: event.currency, customerName: event.customerName }, setup.set);
    for (const award of awards) this.write(event.id, event.repId, award.ruleId, award.points, 'award', null, event.occurredAt, award.explanation);
  }

  /** Inserts the ledger rows held back (before anything reads the ledger). */
  flushLedger(): void {
    if (this.pending.length === 0) return;
    this.statements.insertLedgerRows(this.pending);
    this.pending = [];
  }

  /**
   * Takes back the share of the refunded payment's points that the refund's amount is (never
   * twice), and its share of the payment's revenue (refunds are few: the general path).
   */
  reverse(refund: StoredImportEvent, setup: ScoringSetup): void {
    if (!refund.reverses) return;
    this.flushLedger();
    const stored = findEvent(this.ctx.db, refund.id);
    if (stored) recordEventMetrics(this.ctx, stored, setup.calendar);
    const original = this.statements.liveEvent(refund.sourceId, refund.reverses);
    if (!original || !(REVERSIBLE_BY['payment.refunded'] ?? []).includes(original.type as EventType)) return;
    const awards = this.statements.awardsOf(original.id);
    if (awards.length === 0) return;
    // Shares go by the cumulative refunded amount (see reversalTake): the earlier refunds, then this one.
    const reversalAmounts = [this.statements.refundedBefore(refund.sourceId, refund.reverses, refund.id), refund.amountMinor];
    const partial =
      refund.amountMinor !== null && original.amountMinor !== null && refund.amountMinor < original.amountMinor && refund.currency
        ? { amountMinor: refund.amountMinor, ofMinor: original.amountMinor, currency: refund.currency }
        : undefined;
    const explanation: Explanation = {
      kind: 'reversal',
      eventType: original.type as EventType,
      by: 'payment.refunded',
      ...(partial ? { share: partial } : {}),
      ...(original.customerName ? { customer: original.customerName } : {}),
    };
    for (const award of awards) {
      const take = reversalTake({
        awardPoints: award.points + this.statements.recomputed(award.id, original.id),
        originalAmountMinor: original.amountMinor,
        reversalAmounts,
        alreadyTaken: this.statements.takenFrom(award.id, original.id),
      });
      if (take > 0) this.write(refund.id, award.repId, award.ruleId, -take, 'reversal', award.id, refund.occurredAt, explanation);
    }
  }

  /** Writes what is held back: ledger rows, and the chunk's points into the day totals (call inside the chunk's transaction). */
  flush(): void {
    this.flushLedger();
    for (const t of this.days.values()) addToDayTotal(this.ctx.db, t.repId, t.day, t.points, t.lastGain);
    this.days.clear();
    for (const t of this.metrics.values()) addToDayMetrics(this.ctx.db, t.repId, t.day, [...t.deltas.values()]);
    this.metrics.clear();
  }
}
