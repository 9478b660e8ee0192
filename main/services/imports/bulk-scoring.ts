import { LEDGER_BATCH, type ImportStatements } from '../../../db/queries/imports';
import { addToDayTotal } from '../../../db/queries/totals';
import { REVERSIBLE_BY, type EventType } from '../../engine/event-types';
import type { Explanation } from '../../engine/scoring/explanation';
import { reversePoints, scoreEvent } from '../../engine/scoring/score';
import type { ZoneClock } from '../../ingest/csv/zone';
import type { ServiceContext } from '../context';
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

/**
 * The ledger rows of imported events, written with prepared statements: the same engine
 * rules (`scoreEvent`, `reversePoints`) and the same rows, explanations and day totals as
 * services/scoring.ts, without a query builder per row. Day totals are summed per chunk
 * and written once per rep and day.
 */
export class BulkScoring {
  private readonly days = new Map<string, { repId: number; day: string; points: number; lastGain: number }>();
  /** Ledger rows not inserted yet, as flat values (inserted many per statement). */
  private pending: unknown[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly statements: ImportStatements,
    private readonly clock: ZoneClock,
    private readonly createdAt: number,
  ) {}

  private write(eventId: number, repId: number, ruleId: number | null, points: number, kind: 'award' | 'reversal', reversesLedgerId: number | null, occurredAt: number, explanation: Explanation): void {
    this.pending.push(eventId, repId, ruleId, points, kind, reversesLedgerId, occurredAt, JSON.stringify(explanation), this.createdAt);
    if (this.pending.length >= 9 * LEDGER_BATCH * 4) this.flushLedger();
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

  /** The points a won deal or a payment earns under the rules in force. */
  award(event: StoredImportEvent, setup: ScoringSetup): void {
    if (event.repId === null || event.type === 'payment.refunded') return;
    const awards = scoreEvent({ type: event.type, amountMinor: event.amountMinor, currency: event.currency, customerName: event.customerName }, setup.rules, setup.calendar.baseCurrency);
    for (const award of awards) this.write(event.id, event.repId, award.ruleId, award.points, 'award', null, event.occurredAt, award.explanation);
  }

  /** Inserts the ledger rows held back (before anything reads the ledger). */
  flushLedger(): void {
    if (this.pending.length === 0) return;
    this.statements.insertLedgerRows(this.pending);
    this.pending = [];
  }

  /** Takes back the share of the refunded payment's points that the refund's amount is (never twice). */
  reverse(refund: StoredImportEvent): void {
    if (!refund.reverses) return;
    this.flushLedger();
    const original = this.statements.liveEvent(refund.sourceId, refund.reverses);
    if (!original || !(REVERSIBLE_BY['payment.refunded'] ?? []).includes(original.type as EventType)) return;
    const awards = this.statements.awardsOf(original.id);
    if (awards.length === 0) return;
    const rows = reversePoints(
      awards.map((a) => ({ ledgerId: a.id, ruleId: a.ruleId, points: a.points, alreadyReversed: this.statements.takenFrom(a.id) })),
      { amountMinor: refund.amountMinor, previouslyReversedMinor: this.statements.refundedBefore(refund.sourceId, refund.reverses, refund.id), originalAmountMinor: original.amountMinor },
    );
    const partial =
      refund.amountMinor !== null && original.amountMinor !== null && refund.amountMinor < original.amountMinor && refund.currency
        ? { amountMinor: refund.amountMinor, ofMinor: original.amountMinor, currency: refund.currency }
        : undefined;
    const explanation: Explanation = {
      kind: 'reversal',
      eventType: original.type as EventType,
      ...(partial ? { share: partial } : {}),
      ...(original.customerName ? { customer: original.customerName } : {}),
    };
    for (const row of rows) {
      const award = awards.find((a) => a.id === row.reversesLedgerId);
      if (award) this.write(refund.id, award.repId, row.ruleId, row.points, 'reversal', award.id, refund.occurredAt, explanation);
    }
  }

  /** Writes what is held back: ledger rows, and the chunk's points into the day totals (call inside the chunk's transaction). */
  flush(): void {
    this.flushLedger();
    for (const t of this.days.values()) addToDayTotal(this.ctx.db, t.repId, t.day, t.points, t.lastGain);
    this.days.clear();
  }
}
