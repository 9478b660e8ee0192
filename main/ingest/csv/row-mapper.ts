import { createHash } from 'node:crypto';
import type { ImportField, ImportPlan, RowProblem, StatusRole } from '../../../preload/imports-contract';
import { currencyExponent, isCurrencyCode } from '../../engine/currencies';
import { parseMajorAmount } from '../../engine/money';
import { parseAmountCell } from './amount';
import { parseDateCell } from './dates';
import { IdSet } from './id-set';
import { RefundLinker } from './refund-linker';
import { suggestStatusRole } from './suggest-columns';
import type { ZoneClock } from './zone';

/** How a file names the rep: an e-mail (matches reps by address) or a name (needs a mapping). */
export interface CsvIdentity {
  kind: 'email' | 'name';
  value: string;
}

/** One event a row yields, ready for the import use-case. */
export interface CsvEvent {
  row: number;
  line: number;
  externalId: string;
  type: 'deal.won' | 'payment.confirmed' | 'payment.refunded';
  identity: CsvIdentity | null;
  occurredAt: number;
  occurredOffset: number;
  amountMinor: number | null;
  currency: string | null;
  customerName: string | null;
  product: string | null;
  /** For a refund: external id (same source) of the payment it takes back, if known. */
  reverses: string | null;
  /** For a refund that names no payment: ids written in its other cells, to look up in Fanfare. */
  candidates: string[];
  /** `amountMinor` is a running total (Stripe's Amount Refunded): only the growth is new. */
  cumulative: boolean;
  /** The row as written (JSON: row number and cells; the header is kept with the batch). */
  payloadJson: string;
}

export type RowOutcome =
  | { kind: 'events'; events: CsvEvent[] }
  /** A refund kept until the whole file is read, so it can find its payment wherever it is. */
  | { kind: 'deferred'; event: CsvEvent }
  | { kind: 'skipped'; status: string }
  | { kind: 'invalid'; problems: RowProblem[] }
  /** Not data: a blank line or a report footer such as "Grand Totals (20 records)". */
  | { kind: 'ignored'; text: string };

const PAYMENT_FLAG = 1;
/** Shared by every event that needs no candidates (one array, not a million). */
const NO_CANDIDATES: string[] = [];
const MAX_CACHED_OWNERS = 10_000;

type Money = { minor: number; currency: string };

export class RowMapper {
  private readonly ids = new IdSet();
  private readonly linker = new RefundLinker();
  private readonly deferred: CsvEvent[] = [];
  /** Owners repeat on every row: one identity object per distinct owner. */
  private readonly identities = new Map<string, CsvIdentity | null>();

  constructor(
    private readonly plan: ImportPlan,
    private readonly header: readonly string[],
    private readonly clock: ZoneClock,
  ) {}

  private cell(cells: readonly string[], field: ImportField): string | undefined {
    const at = this.plan.columns[field];
    return at === undefined ? undefined : (cells[at] ?? '').trim();
  }

  private columnName(field: ImportField): string {
    const at = this.plan.columns[field];
    return at === undefined ? field : (this.header[at] ?? `#${at + 1}`);
  }

  map(cells: readonly string[], row: number, line: number): RowOutcome {
    if (cells.every((c) => c.trim() === '')) return { kind: 'ignored', text: '' };
    if (cells.length === 1 && this.header.length > 1) return { kind: 'ignored', text: (cells[0] ?? '').trim() };

    const status = this.cell(cells, 'status');
    const role = roleOf(this.plan, status);
    if (role === 'skip') return { kind: 'skipped', status: status ?? '' };

    const problems: RowProblem[] = [];
    const problem = (field: ImportField, value: string, code: RowProblem['code'], details?: RowProblem['details']) =>
      problems.push({ row, line, column: this.columnName(field), value, code, ...(details ? { details } : {}) });

    const ownId = this.cell(cells, 'id');
    if (ownId === '') problem('id', '', 'missing_value');
    const amount = this.readMoney(cells, 'amount', problem);
    const date = this.readDate(cells, 'date', problem, true);
    if (this.plan.kind === 'deals' && amount && amount.minor < 0) problem('amount', this.cell(cells, 'amount') ?? '', 'negative_amount');
    const refunded = this.plan.kind === 'payments' && role === 'payment' && amount ? this.readMoney(cells, 'refundedAmount', problem, amount?.currency) : null;
    const refundedAt = refunded && refunded.minor !== 0 ? this.readDate(cells, 'refundedDate', problem, false) : null;
    if (problems.length > 0 || !date) return { kind: 'invalid', problems };

    const externalId = ownId ?? this.hashId(cells);
    const first = this.ids.get(externalId);
    if (first) {
      if (ownId !== undefined) problem('id', ownId, 'duplicate_id', { firstRow: first.row });
      else problem('id', '', 'duplicate_row', { firstRow: first.row });
      return { kind: 'invalid', problems };
    }
    const isRefund = role === 'refund' || (this.plan.kind === 'payments' && amount !== null && amount.minor < 0);
    this.ids.add(externalId, row, isRefund ? 0 : PAYMENT_FLAG);

    // Every event has the same fields in the same order (one object shape for the engine).
    const identity = this.identityOf(this.cell(cells, 'owner') ?? '');
    const customerName = this.cell(cells, 'customer') || this.cell(cells, 'title') || null;
    const product = this.cell(cells, 'title') || null;
    const payloadJson = JSON.stringify({ row, cells });
    const amountMinor = amount ? Math.abs(amount.minor) : null;
    const currency = amount ? amount.currency : null;
    const make = (type: CsvEvent['type'], id: string, at: { at: number; offset: number }, minor: number | null, reverses: string | null, cumulative: boolean): CsvEvent => ({
      row,
      line,
      externalId: id,
      type,
      identity,
      occurredAt: at.at,
      occurredOffset: at.offset,
      amountMinor: minor,
      currency,
      customerName,
      product,
      reverses,
      candidates: NO_CANDIDATES,
      cumulative,
      payloadJson,
    });

    if (this.plan.kind === 'deals') return { kind: 'events', events: [make('deal.won', externalId, date, amountMinor, null, false)] };
    if (isRefund) {
      const refund = make('payment.refunded', externalId, date, amountMinor, this.cell(cells, 'reverses') || null, false);
      if (!refund.reverses) refund.candidates = this.tokens(cells);
      this.deferred.push(refund);
      return { kind: 'deferred', event: refund };
    }
    const payment = make('payment.confirmed', externalId, date, amountMinor, null, false);
    this.linker.remember(payment);
    if (!refunded || refunded.minor <= 0) return { kind: 'events', events: [payment] };
    // Stripe's Amount Refunded: a refund of this payment, keyed by the running total.
    const refund = make('payment.refunded', `${externalId}:refunded:${refunded.minor}`, refundedAt ?? date, refunded.minor, externalId, true);
    return { kind: 'events', events: [payment, refund] };
  }

  /** Refunds held back until the end, each linked to its payment where the file allows. */
  finish(): CsvEvent[] {
    for (const refund of this.deferred) {
      if (refund.reverses) continue;
      const named = refund.candidates.find((token) => token !== refund.externalId && this.ids.get(token)?.flag === PAYMENT_FLAG);
      refund.reverses = named ?? this.linker.find(refund);
    }
    return this.deferred.splice(0);
  }

  private readMoney(cells: readonly string[], field: 'amount' | 'refundedAmount', problem: (f: ImportField, v: string, c: RowProblem['code'], d?: RowProblem['details']) => void, knownCurrency?: string): Money | null {
    const raw = this.cell(cells, field);
    if (raw === undefined) return null;
    if (raw === '') {
      if (field === 'amount') problem(field, raw, 'missing_value');
      return null;
    }
    const parsed = parseAmountCell(raw, this.plan.decimalMark);
    if (!parsed.ok) {
      problem(field, raw, 'not_a_number');
      return null;
    }
    const currency = knownCurrency ?? this.currencyOf(cells, parsed.symbolCurrency, problem);
    if (!currency) return null;
    const money = parseMajorAmount(`${parsed.negative ? '-' : ''}${parsed.decimal}`, currency);
    if (!money.ok) {
      const decimals = parsed.decimal.split('.')[1]?.length ?? 0;
      problem(field, raw, decimals > currencyExponent(currency) ? 'too_many_decimals' : 'not_a_number', { currency, decimals: currencyExponent(currency) });
      return null;
    }
    return money.money;
  }

  private currencyOf(cells: readonly string[], symbolCurrency: string | null, problem: (f: ImportField, v: string, c: RowProblem['code']) => void): string | null {
    const written = this.cell(cells, 'currency');
    if (written) {
      const code = written.toUpperCase();
      if (isCurrencyCode(code)) return code;
      problem('currency', written, 'unknown_currency');
      return null;
    }
    const fallback = (symbolCurrency && isCurrencyCode(symbolCurrency) ? symbolCurrency : null) ?? this.plan.defaultCurrency;
    if (fallback) return fallback.toUpperCase();
    problem(this.plan.columns.currency === undefined ? 'amount' : 'currency', written ?? '', 'missing_currency');
    return null;
  }

  private readDate(cells: readonly string[], field: 'date' | 'refundedDate', problem: (f: ImportField, v: string, c: RowProblem['code'], d?: RowProblem['details']) => void, required: boolean): { at: number; offset: number } | null {
    const raw = this.cell(cells, field);
    if (raw === undefined || raw === '') {
      if (required) problem(field, raw ?? '', 'missing_value');
      return null;
    }
    const parsed = parseDateCell(raw, this.plan.dateOrder, this.clock);
    if (parsed.ok) return parsed;
    const { ok: _ok, code, ...details } = parsed;
    problem(field, raw, code, details as RowProblem['details']);
    return null;
  }

  private identityOf(owner: string): CsvIdentity | null {
    let identity = this.identities.get(owner);
    if (identity === undefined) {
      identity = identityOf(owner);
      if (this.identities.size < MAX_CACHED_OWNERS) this.identities.set(owner, identity);
    }
    return identity;
  }

  /** A stable id for a row of a sheet without an id column: a hash of what identifies it. */
  private hashId(cells: readonly string[]): string {
    const fields: ImportField[] = ['date', 'amount', 'currency', 'owner', 'customer', 'title'];
    const parts = fields.map((f) => this.cell(cells, f) ?? '');
    return `row:${createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32)}`;
  }

  /** Id-like words in a refund's other cells ("Partial refund of PAY-10002"). */
  private tokens(cells: readonly string[]): string[] {
    const skip = new Set([this.plan.columns.id, this.plan.columns.amount, this.plan.columns.date, this.plan.columns.currency, this.plan.columns.status]);
    const found = new Set<string>();
    cells.forEach((cell, index) => {
      if (skip.has(index)) return;
      for (const token of cell.match(/[A-Za-z0-9][A-Za-z0-9_-]{2,63}/g) ?? []) {
        if (/\d/.test(token) && found.size < 10) found.add(token);
      }
    });
    return [...found];
  }
}

/** What a row's status makes of it (every row counts when no status column is mapped). */
export function roleOf(plan: ImportPlan, status: string | undefined): StatusRole {
  if (status === undefined) return plan.kind === 'deals' ? 'won' : 'payment';
  return plan.statuses[status] ?? (plan.layout ? 'skip' : suggestStatusRole(status, plan.kind));
}

export function identityOf(owner: string): CsvIdentity | null {
  const value = owner.trim().replace(/\s+/g, ' ');
  if (!value) return null;
  return value.includes('@') ? { kind: 'email', value: value.toLowerCase() } : { kind: 'name', value };
}
