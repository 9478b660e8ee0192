import type { ImportPlan, ImportReport } from '../../../preload/imports-contract';
import { findEvent } from '../../../db/queries/events';
import { importStatements, liveEventOf, sourceHasReversals, type ImportStatements } from '../../../db/queries/imports';
import { addToDayTotal } from '../../../db/queries/totals';
import { inTransaction } from '../../../db/transaction';
import { scoreEvent } from '../../engine/scoring/score';
import type { FileStats } from '../../ingest/csv/file-stats';
import type { CsvEvent } from '../../ingest/csv/row-mapper';
import { ZoneClock } from '../../ingest/csv/zone';
import type { ServiceContext } from '../context';
import { scoringSetup } from '../ingest';
import { scoreStoredEvent, type ScoringSetup } from '../scoring';
import { OwnerResolver } from './owners';
import { WebhookPayments } from './webhook-payments';

const SAMPLE = 20;

/** What an import run learned by comparing the file with Fanfare's data. */
interface Tally {
  duplicates: number;
  viaWebhook: number;
  sample: ImportReport['duplicates']['sample'];
  newEvents: number;
  unlinked: { count: number; firstRows: number[] };
}

/**
 * One pass of a file's events against the database, chunk by chunk. A dry run only
 * classifies (new, duplicate of an earlier import, already received by webhook); an
 * import also writes each chunk in one transaction: the events, their ledger rows (the
 * engine's scoring, through prepared statements) and the day totals.
 */
export class ImportRun {
  readonly owners: OwnerResolver;
  private readonly statements: ImportStatements;
  private readonly webhooks: WebhookPayments;
  private readonly clock: ZoneClock;
  private reversalsExist: boolean;
  private readonly tally: Tally = { duplicates: 0, viaWebhook: 0, sample: [], newEvents: 0, unlinked: { count: 0, firstRows: [] } };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly plan: ImportPlan,
    private readonly write: { batchId: number; receivedAt: number } | null,
  ) {
    this.owners = new OwnerResolver(ctx, plan.sourceId, plan.owners);
    this.statements = importStatements(ctx.db);
    this.webhooks = WebhookPayments.load(ctx.db);
    this.clock = new ZoneClock(scoringSetup(ctx).calendar.timeZone);
    this.reversalsExist = sourceHasReversals(ctx.db, plan.sourceId);
  }

  get added(): number {
    return this.tally.newEvents;
  }

  /** Classifies (and, when importing, writes) one chunk of events. */
  accept(events: readonly CsvEvent[]): void {
    if (events.length === 0) return;
    if (!this.write) {
      for (const event of events) this.classify(event);
      return;
    }
    inTransaction(this.ctx.db, () => {
      const setup = scoringSetup(this.ctx);
      const days = new Map<string, { repId: number; day: string; points: number; lastGain: number }>();
      for (const event of events) {
        const decided = this.classify(event);
        if (decided) this.store(decided, setup, days);
      }
      for (const t of days.values()) addToDayTotal(this.ctx.db, t.repId, t.day, t.points, t.lastGain);
    });
  }

  private duplicate(event: CsvEvent, webhook: boolean): null {
    this.tally.duplicates += 1;
    if (webhook) this.tally.viaWebhook += 1;
    if (this.tally.sample.length < SAMPLE) this.tally.sample.push({ row: event.row, externalId: event.externalId, webhook });
    return null;
  }

  /** Decides whether the event is new; returns it ready to store (amount and link settled), or null. */
  private classify(event: CsvEvent): (CsvEvent & { repId: number | null }) | null {
    const source = this.plan.sourceId;
    const refund = event.type === 'payment.refunded';
    if (this.webhooks.has(refund ? event.reverses : event.externalId)) return this.duplicate(event, true);
    if (this.statements.liveEventId(source, event.externalId) !== undefined) return this.duplicate(event, false);
    let { reverses, amountMinor } = event;
    if (refund && !reverses) {
      reverses = event.candidates.find((id) => liveEventOf(this.ctx.db, source, id)?.type === 'payment.confirmed') ?? null;
    }
    if (event.cumulative && reverses && amountMinor !== null) {
      // Stripe's Amount Refunded is a running total: only what grew since the last import is new.
      amountMinor -= this.statements.refundedSoFar(source, reverses);
      if (amountMinor <= 0) return this.duplicate(event, false);
    }
    if (refund && !reverses) {
      this.tally.unlinked.count += 1;
      if (this.tally.unlinked.firstRows.length < SAMPLE) this.tally.unlinked.firstRows.push(event.row);
    }
    this.tally.newEvents += 1;
    const repId = event.identity ? this.owners.resolve(event.identity).repId : null;
    return { ...event, reverses, amountMinor, repId };
  }

  private store(event: CsvEvent & { repId: number | null }, setup: ScoringSetup, days: Map<string, { repId: number; day: string; points: number; lastGain: number }>): void {
    if (!this.write) return;
    const source = this.plan.sourceId;
    const refund = event.type === 'payment.refunded';
    const id = this.statements.insertEvent({
      sourceId: source,
      externalId: event.externalId,
      type: event.type,
      repId: event.repId,
      identityKind: event.identity?.kind ?? null,
      identityValue: event.identity?.value ?? null,
      occurredAt: event.occurredAt,
      occurredOffset: event.occurredOffset,
      receivedAt: this.write.receivedAt,
      amountMinor: event.amountMinor,
      currency: event.currency,
      reversesEventId: refund && event.reverses ? (this.statements.liveEventId(source, event.reverses) ?? null) : null,
      reversesExternalId: refund ? event.reverses : null,
      product: event.product,
      customerName: event.customerName,
      payloadJson: event.payloadJson,
      importBatchId: this.write.batchId,
    });
    if (refund) this.reversalsExist = true;
    // Refunds, and payments whose refund is already in Fanfare, take the general path
    // (proportional reversal, out-of-order arrival); they are few.
    if (refund || (event.repId !== null && this.reversalsExist && this.statements.hasReversalOf(source, event.externalId))) {
      const row = findEvent(this.ctx.db, id);
      if (row) scoreStoredEvent(this.ctx, setup, row);
      return;
    }
    if (event.repId === null) return;
    const awards = scoreEvent({ type: event.type, amountMinor: event.amountMinor, currency: event.currency, customerName: event.customerName }, setup.rules, setup.calendar.baseCurrency);
    for (const award of awards) {
      this.statements.insertLedger({
        eventId: id,
        repId: event.repId,
        ruleId: award.ruleId,
        points: award.points,
        kind: 'award',
        reversesLedgerId: null,
        occurredAt: event.occurredAt,
        explanationJson: JSON.stringify(award.explanation),
        createdAt: this.write.receivedAt,
      });
      const day = this.clock.localDay(event.occurredAt);
      const key = `${event.repId}|${day}`;
      const total = days.get(key) ?? { repId: event.repId, day, points: 0, lastGain: 0 };
      total.points += award.points;
      if (award.points > 0) total.lastGain = Math.max(total.lastGain, event.occurredAt);
      days.set(key, total);
    }
  }

  /** The validation report: the file's findings plus what Fanfare already has. */
  report(stats: FileStats): ImportReport {
    const { duplicates, viaWebhook, sample, newEvents, unlinked } = this.tally;
    return {
      records: stats.records,
      events: stats.events,
      duplicates: { count: duplicates, viaWebhook, sample },
      newEvents,
      skipped: stats.skipped,
      errors: stats.errors,
      ignored: stats.ignored,
      blankOwner: stats.blankOwner,
      owners: stats.owners.map((owner) => ({ ...owner, ...this.owners.resolve(owner) })),
      unlinkedRefunds: unlinked,
      statusValues: stats.statusValues,
      totals: stats.totals,
    };
  }
}
