import { currencyExponent } from '../currencies';
import { multiply, parseDecimal, ratioOf, roundRatio, type Ratio } from '../decimal';
import type { ExchangeRate } from './rules';

/**
 * The rate in force for `currency` on a local day: the latest `validFrom` on or before the
 * day; a rate without a date applies to every day no dated rate covers.
 */
export function rateFor(rates: readonly ExchangeRate[], currency: string, day: string): ExchangeRate | null {
  let best: ExchangeRate | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency) continue;
    if (rate.validFrom !== null && rate.validFrom > day) continue;
    if (!best) best = rate;
    else if (best.validFrom === null || (rate.validFrom !== null && rate.validFrom > best.validFrom)) best = rate;
  }
  return best;
}

/**
 * Converts minor units of one currency into minor units of the base currency with an exact
 * decimal rate, rounding once (half away from zero): 250.00 USD at 5.4321 -> 1,358.03 BRL.
 */
export function convertMinor(amountMinor: number, currency: string, baseCurrency: string, rate: string): number {
  const ratio = parseDecimal(rate);
  if (!ratio) throw new Error(`"${rate}" is not a decimal exchange rate`);
  const shift = currencyExponent(baseCurrency) - currencyExponent(currency);
  const scale: Ratio = shift >= 0 ? ratioOf(10n ** BigInt(shift)) : { num: 1n, den: 10n ** BigInt(-shift) };
  return roundRatio(multiply(multiply(ratioOf(amountMinor), ratio), scale));
}
