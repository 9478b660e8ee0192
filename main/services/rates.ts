import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ExchangeRateView, ParsedInput } from '../../preload/contract';
import { exchangeRates } from '../../db/schema';
import { readWorkspace } from '../../db/queries/workspace';
import { inTransaction } from '../../db/transaction';
import { isCurrencyCode } from '../engine/currencies';
import { canonicalDecimal, parseDecimal } from '../engine/decimal';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { recordRuleChange } from './rule-set';

type RateRow = typeof exchangeRates.$inferSelect;

function baseCurrency(ctx: ServiceContext): string {
  return readWorkspace(ctx.db)?.baseCurrency ?? fail('not_found', 'The workspace has not been set up yet.');
}

function toView(row: RateRow, base: string): ExchangeRateView {
  return { id: row.id, currency: row.currency, baseCurrency: row.baseCurrency, rate: row.rate, validFrom: row.validFrom, applies: row.baseCurrency === base };
}

export function listRates(ctx: ServiceContext): ExchangeRateView[] {
  const base = baseCurrency(ctx);
  return ctx.db
    .select()
    .from(exchangeRates)
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.validFrom))
    .all()
    .map((r) => toView(r, base));
}

/**
 * Sets "1 <currency> = <rate> <base currency>" from a day on (or for any day). Setting it again
 * for the same currency and day replaces the rate. Events already scored keep the rate they
 * were scored with (it is in their explanation) until the manager recomputes.
 */
export function setRate(ctx: ServiceContext, input: ParsedInput<'rates.set'>): ExchangeRateView {
  const currency = input.currency.toUpperCase();
  if (!isCurrencyCode(currency)) fail('invalid_input', `"${input.currency}" is not an ISO 4217 currency code; use a code like USD or EUR.`, { path: 'currency' });
  const ratio = parseDecimal(input.rate);
  if (!ratio || ratio.num === 0n) fail('invalid_input', `The rate "${input.rate}" must be a positive number like 5.4321.`, { path: 'rate' });
  const rate = canonicalDecimal(input.rate);
  const row = inTransaction(ctx.db, () => {
    const base = baseCurrency(ctx);
    if (currency === base) fail('invalid_input', `${currency} is the base currency: its amounts count as they are, without a rate.`, { path: 'currency' });
    const sameDay = input.validFrom === null ? isNull(exchangeRates.validFrom) : eq(exchangeRates.validFrom, input.validFrom);
    ctx.db
      .delete(exchangeRates)
      .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.baseCurrency, base), sameDay))
      .run();
    const inserted = ctx.db
      .insert(exchangeRates)
      .values({ currency, baseCurrency: base, rate, validFrom: input.validFrom, createdAt: ctx.now() })
      .returning()
      .get();
    recordRuleChange(ctx, { kind: 'rate', action: 'added', currency, rate, validFrom: input.validFrom, baseCurrency: base });
    return toView(inserted, base);
  });
  ctx.bus.changed('rules', 'audit');
  return row;
}

export function removeRate(ctx: ServiceContext, input: ParsedInput<'rates.remove'>): { id: number } {
  inTransaction(ctx.db, () => {
    const row = ctx.db.delete(exchangeRates).where(eq(exchangeRates.id, input.id)).returning().get() ?? fail('not_found', `There is no exchange rate with id ${input.id}.`);
    recordRuleChange(ctx, { kind: 'rate', action: 'removed', currency: row.currency, rate: row.rate, validFrom: row.validFrom, baseCurrency: row.baseCurrency });
  });
  ctx.bus.changed('rules', 'audit');
  return { id: input.id };
}
