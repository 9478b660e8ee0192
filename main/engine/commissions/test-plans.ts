// Builders for the worked examples in this folder's tests (not used by the app). Amounts are
// written in major units ("12000.00") to keep the examples readable; they become minor units
// exactly, as the app's own parsing does.
import type { EventType } from '../event-types';
import { parseMajorAmount } from '../money';
import type { Assignment, CommissionPlan, PlanComponent, RateTable, Tier } from './plan';
import { fromText, scale, sum, toShortDecimal, toText } from './rational';
import type { CreditShare, Earnings, EventRef, PeriodWindow, RepEvent, Reversal, StatementLine } from './statement-types';

export function minor(major: string, currency = 'BRL'): number {
  const parsed = parseMajorAmount(major, currency);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.money.minor;
}

export const tiers = (...pairs: [from: string, rate: string][]): Tier[] => pairs.map(([from, rate]) => ({ from, rate }));

export function component(overrides: Partial<Omit<PlanComponent, 'table'>> & { table?: Partial<RateTable> } = {}): PlanComponent {
  const { table, ...rest } = overrides;
  return {
    id: 'revenue',
    name: 'Revenue',
    metric: 'amount',
    products: [],
    payout: { kind: 'percent_of_amount' },
    cap: null,
    gate: null,
    ...rest,
    table: { measure: 'amount', mode: 'marginal', basis: 'cumulative', boundary: 'upper_tier', tiers: tiers(['0', '8']), ...table },
  };
}

export function plan(overrides: Partial<CommissionPlan> = {}): CommissionPlan {
  return {
    name: 'Account executives',
    currency: 'BRL',
    periodKind: 'month',
    creditOn: 'booking',
    creditRoles: 'direct',
    fxRates: [],
    components: [component()],
    spifs: [],
    clawback: null,
    ...overrides,
  };
}

export function assignment(overrides: Partial<Assignment> = {}): Assignment {
  return { startDay: '2026-01-01', endDay: null, quotas: [], targetIncentiveMinor: null, ramp: [], leaves: [], draw: null, ...overrides };
}

export const NOVEMBER: PeriodWindow = { firstDay: '2026-11-01', lastDay: '2026-11-30', index: 10 };

export const month = (firstDay: string, lastDay: string, index = 10): PeriodWindow => ({ firstDay, lastDay, index });

export const DIRECT: CreditShare = { percent: '100', role: 'Owner', overlay: false, split: false };

let nextId = 1;

export interface EventOptions {
  id?: number;
  type?: EventType;
  currency?: string;
  product?: string | null;
  share?: CreditShare;
}

/** An event of the rep on a local day, e.g. deal('Acme', '2026-11-03', '12000.00'). */
export function event(customer: string, day: string, amount: string | null, options: EventOptions = {}): RepEvent {
  const currency = options.currency ?? 'BRL';
  const eventId = options.id ?? nextId++;
  const ref: EventRef = {
    eventId,
    externalId: `ev-${eventId}`,
    type: options.type ?? 'deal.won',
    day,
    at: Date.parse(`${day}T12:00:00Z`) + eventId,
    customer,
    product: options.product ?? null,
    amountMinor: amount === null ? null : minor(amount, currency),
    currency: amount === null ? null : currency,
  };
  return { event: ref, share: options.share ?? DIRECT };
}

export const deal = (customer: string, day: string, amount: string, options: EventOptions = {}) => event(customer, day, amount, options);

export function refund(original: RepEvent, day: string, amount: string | null, extra: Partial<Reversal> = {}): Reversal {
  const type: EventType = original.event.type === 'deal.won' ? 'deal.reopened' : 'payment.refunded';
  const reversal = event(original.event.customer ?? '', day, amount, { type, currency: original.event.currency ?? 'BRL' });
  return { event: reversal.event, original: original.event, share: original.share, paid: null, reversedBeforeMinor: 0, termDays: null, ...extra };
}

/** An exact amount of minor units in major units, at least 2 decimals ("960.00", "434.568"). */
export function major(amount: string): string {
  const exact = toShortDecimal(scale(fromText(amount), -2), 8).text;
  const [whole = '0', fraction = ''] = exact.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** Lines by key, in major units. */
export function amounts(result: Pick<Earnings, 'lines'> | { lines: StatementLine[] }): Record<string, string> {
  return Object.fromEntries(result.lines.map((l) => [l.key, major(l.amount)]));
}

export function lineTotal(lines: readonly StatementLine[]): string {
  return major(toText(sum(lines.map((l) => fromText(l.amount)))));
}
