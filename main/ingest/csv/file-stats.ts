import type { ImportPlan, RowProblem, StatusRole } from '../../../preload/imports-contract';
import { roleOf, type CsvEvent, type RowOutcome } from './row-mapper';

const MAX_PROBLEMS = 1000;
const MAX_IGNORED = 200;
const MAX_FIRST_ROWS = 20;
const MAX_DISTINCT = 2000;

export interface CurrencyTotals {
  currency: string;
  won: number;
  confirmed: number;
  refunded: number;
  net: number;
}

/** What reading a file found, before Fanfare's own data is consulted (plain data: it crosses threads). */
export interface FileStats {
  records: number;
  events: { won: number; confirmed: number; refunded: number };
  skipped: { count: number; byStatus: { value: string; count: number; firstRows: number[] }[] };
  errors: { rows: number; problems: RowProblem[]; truncated: boolean };
  ignored: { row: number; line: number; text: string }[];
  blankOwner: { count: number; firstRows: number[] };
  /** Distinct owners with their number of events (bounded). */
  owners: { value: string; kind: 'email' | 'name'; events: number }[];
  statusValues: { value: string; count: number; role: StatusRole }[];
  totals: CurrencyTotals[];
}

/** Tallies row outcomes into the file's share of the validation report. */
export class FileStatsCollector {
  private records = 0;
  private readonly events = { won: 0, confirmed: 0, refunded: 0 };
  private skippedCount = 0;
  private readonly skipped = new Map<string, { count: number; firstRows: number[] }>();
  private errorRows = 0;
  private readonly problems: RowProblem[] = [];
  private readonly ignored: FileStats['ignored'] = [];
  private readonly blankOwner = { count: 0, firstRows: [] as number[] };
  private readonly owners = new Map<string, { value: string; kind: 'email' | 'name'; events: number }>();
  private readonly statusValues = new Map<string, number>();
  private readonly totals = new Map<string, CurrencyTotals>();

  constructor(private readonly plan: ImportPlan) {}

  add(outcome: RowOutcome, row: number, line: number, status: string | undefined): void {
    if (outcome.kind === 'ignored') {
      if (this.ignored.length < MAX_IGNORED) this.ignored.push({ row, line, text: outcome.text });
      return;
    }
    this.records += 1;
    if (status !== undefined && (this.statusValues.has(status) || this.statusValues.size < MAX_DISTINCT)) {
      this.statusValues.set(status, (this.statusValues.get(status) ?? 0) + 1);
    }
    if (outcome.kind === 'skipped') {
      this.skippedCount += 1;
      let entry = this.skipped.get(outcome.status);
      if (!entry && this.skipped.size < MAX_DISTINCT) {
        entry = { count: 0, firstRows: [] };
        this.skipped.set(outcome.status, entry);
      }
      if (entry) {
        entry.count += 1;
        if (entry.firstRows.length < MAX_FIRST_ROWS) entry.firstRows.push(row);
      }
      return;
    }
    if (outcome.kind === 'invalid') {
      this.errorRows += 1;
      for (const problem of outcome.problems) if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
      return;
    }
    const events = outcome.kind === 'events' ? outcome.events : [outcome.event];
    for (const event of events) this.addEvent(event);
  }

  private addEvent(event: CsvEvent): void {
    if (event.type === 'deal.won') this.events.won += 1;
    else if (event.type === 'payment.confirmed') this.events.confirmed += 1;
    else this.events.refunded += 1;
    if (event.type !== 'payment.refunded') {
      if (!event.identity) {
        this.blankOwner.count += 1;
        if (this.blankOwner.firstRows.length < MAX_FIRST_ROWS) this.blankOwner.firstRows.push(event.row);
      } else {
        const key = `${event.identity.kind}:${event.identity.value}`;
        const owner = this.owners.get(key) ?? (this.owners.size < MAX_DISTINCT ? { ...event.identity, events: 0 } : null);
        if (owner) {
          owner.events += 1;
          this.owners.set(key, owner);
        }
      }
    }
    if (event.amountMinor === null || event.currency === null) return;
    let totals = this.totals.get(event.currency);
    if (!totals) {
      totals = { currency: event.currency, won: 0, confirmed: 0, refunded: 0, net: 0 };
      this.totals.set(event.currency, totals);
    }
    if (event.type === 'deal.won') totals.won += event.amountMinor;
    else if (event.type === 'payment.confirmed') {
      totals.confirmed += event.amountMinor;
      totals.net += event.amountMinor;
    } else {
      totals.refunded += event.amountMinor;
      totals.net -= event.amountMinor;
    }
  }

  result(): FileStats {
    const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
    return {
      records: this.records,
      events: { ...this.events },
      skipped: { count: this.skippedCount, byStatus: [...this.skipped].map(([value, e]) => ({ value, ...e })).sort((a, b) => b.count - a.count || byValue(a, b)) },
      errors: { rows: this.errorRows, problems: [...this.problems], truncated: this.problems.length >= MAX_PROBLEMS },
      ignored: [...this.ignored],
      blankOwner: { count: this.blankOwner.count, firstRows: [...this.blankOwner.firstRows] },
      owners: [...this.owners.values()].sort((a, b) => b.events - a.events || byValue(a, b)),
      statusValues: [...this.statusValues]
        .map(([value, count]) => ({ value, count, role: roleOf(this.plan, value) }))
        .sort((a, b) => b.count - a.count || byValue(a, b)),
      totals: [...this.totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  }
}
