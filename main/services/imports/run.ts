import type { ImportPlan, ImportReport } from '../../../preload/imports-contract';
import { findEvent } from '../../../db/queries/events';
import { importStatements, sourceHasEvents, sourceHasReversals, type ImportStatements } from '../../../db/queries/imports';
import { inTransactionWhenFree } from '../../../db/transaction';
import type { FileStats } from '../../ingest/csv/file-stats';
import type { CsvEvent } from '../../ingest/csv/row-mapper';
import { ZoneClock } from '../../ingest/csv/zone';
import type { ServiceContext } from '../context';
import { scoringSetup } from '../ingest';
import { scoreStoredEvent } from '../scoring';
import { BulkScoring } from './bulk-scoring';
import { OwnerResolver } from './owners';
import { WebhookPayments } from './webhook-payments';
import { ImportCustomers } from '../portfolio/import-customers';

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
 * import also writes each chunk in one transaction: the events, their ledger rows and the
 * day totals.
 */
export class ImportRun {
  readonly owners: OwnerResolver;
  /** The portfolio customers of the rows written (null for a dry run). */
  readonly customers: ImportCustomers | null;
  private readonly statements: ImportStatements;
  private readonly webhooks: WebhookPayments;
  private readonly scoring: BulkScoring;
  private reversalsExist: boolean;
  /** False for the first import into a source: nothing can be a duplicate of an earlier one. */
  private readonly sourceHasEvents: boolean;
  private readonly tally: Tally = { duplicates: 0, viaWebhook: 0, sample: [], newEvents: 0, unlinked: { count: 0, firstRows: [] } };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly plan: ImportPlan,
    private readonly write: { batchId: number; receivedAt: number } | null,
  ) {
    this.owners = new OwnerResolver(ctx, plan.sourceId, plan.owners);
    this.customers = write ? new ImportCustomers(ctx, plan.sourceId) : null;
    this.statements = importStatements(ctx.db);
    this.webhooks = WebhookPayments.load(ctx.db);
    this.scoring = new BulkScoring(ctx, this.statements, new ZoneClock(scoringSetup(ctx).calendar.timeZone), write?.receivedAt ?? ctx.now(), scoringSetup(ctx).set.version);
    this.reversalsExist = sourceHasReversals(ctx.db, plan.sourceId);
    this.sourceHasEvents = sourceHasEvents(ctx.db, plan.sourceId);
  }

  get added(): number {
    return this.tally.newEvents;
  }

  /** Classifies (and, when importing, writes) one chunk of events. */
  async accept(events: readonly CsvEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!this.write) {
      for (const event of events) {
        const candidate = this.settle(event);
        if (candidate && this.sourceHasEvents && this.statements.liveEvent(this.plan.sourceId, event.externalId)) this.duplicate(event, false);
        else if (candidate) this.counted(candidate);
      }
      return;
    }
    await inTransactionWhenFree(this.ctx.db, () => {
      const setup = scoringSetup(this.ctx);
      for (const event of events) {
        const candidate = this.settle(event);
        if (candidate) this.store(candidate, setup);
      }
      this.scoring.flush();
    });
  }

  private duplicate(event: CsvEvent, webhook: boolean): null {
    this.tally.duplicates += 1;
    if (webhook) this.tally.viaWebhook += 1;
    if (this.tally.sample.length < SAMPLE) this.tally.sample.push({ row: event.row, externalId: event.externalId, webhook });
    return null;
  }

  private counted(event: CsvEvent): void {
    this.tally.newEvents += 1;
    if (event.type === 'payment.refunded' && !event.reverses) {
      this.tally.unlinked.count += 1;
      if (this.tally.unlinked.firstRows.length < SAMPLE) this.tally.unlinked.firstRows.push(event.row);
    }
  }

  /**
   * What Fanfare makes of an event before storing it: a payment received by webhook is a
   * duplicate; a refund finds its payment among the ids its row mentions; a running refund
   * total keeps only what grew since the last import. Null when nothing is new.
   */
  private settle(event: CsvEvent): CsvEvent | null {
    const source = this.plan.sourceId;
    const refund = event.type === 'payment.refunded';
    if (this.webhooks.has(refund ? event.reverses : event.externalId)) return this.duplicate(event, true);
    let { reverses, amountMinor } = event;
    if (refund && !reverses) reverses = event.candidates.find((id) => this.statements.liveEvent(source, id)?.type === 'payment.confirmed') ?? null;
    if (event.cumulative && reverses && amountMinor !== null) {
      amountMinor -= this.statements.refundedSoFar(source, reverses);
      if (amountMinor <= 0) return this.duplicate(event, false);
    }
    return reverses === event.reverses && amountMinor === event.amountMinor ? event : { ...event, reverses, amountMinor };
  }

  private store(event: CsvEvent, setup: ReturnType<typeof scoringSetup>): void {
    if (!this.write) return;
    const source = this.plan.sourceId;
    const refund = event.type === 'payment.refunded';
    const repId = event.identity ? this.owners.resolve(event.identity).repId : null;
    const customerId = this.customers?.customerOf(event.customerName, event.occurredAt) ?? null;
    const id = this.statements.insertEvent({
      sourceId: source,
      externalId: event.externalId,
      type: event.type,
      repId,
      identityKind: event.identity?.kind ?? null,
      identityValue: event.identity?.value ?? null,
      occurredAt: event.occurredAt,
      occurredOffset: event.occurredOffset,
      receivedAt: this.write.receivedAt,
      amountMinor: event.amountMinor,
      currency: event.currency,
      reversesEventId: refund && event.reverses ? (this.statements.liveEvent(source, event.reverses)?.id ?? null) : null,
      reversesExternalId: refund ? event.reverses : null,
      product: event.product,
      customerName: event.customerName,
      customerId,
      payloadJson: event.payloadJson,
      importBatchId: this.write.batchId,
      subjectKey: refund ? (event.reverses ?? event.externalId) : event.externalId,
    });
    if (id === null) {
      this.duplicate(event, false);
      return;
    }
    this.counted(event);
    if (repId !== null && !refund) this.customers?.scoredFor(customerId, id, event.occurredAt, repId);
    // Spelled out: spreading a row-sized object per event is measurably slow at a million rows.
    const stored = {
      id,
      sourceId: source,
      externalId: event.externalId,
      type: event.type,
      repId,
      amountMinor: event.amountMinor,
      currency: event.currency,
      customerName: event.customerName,
      occurredAt: event.occurredAt,
      reverses: event.reverses,
    };
    if (refund) {
      this.reversalsExist = true;
      this.scoring.reverse(stored, setup);
    } else if (repId !== null && this.reversalsExist && this.statements.hasReversalOf(source, event.externalId)) {
      // Its refund is already in Fanfare (it came first): the general path applies both.
      this.scoring.flushLedger();
      const row = findEvent(this.ctx.db, id);
      if (row) scoreStoredEvent(this.ctx, setup, row);
    } else this.scoring.award(stored, setup);
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
