// Converting an event's amount into the plan currency with the plan's own stated rate,
// exactly: 1,000.00 EUR at 5.4321 is 5,432.10 BRL, and 999 JPY at 0.0351 BRL is 35.0649
// BRL (kept as 35064.9/10 minor units; rounding waits for the final line).
import { currencyExponent } from '../currencies';
import type { CommissionPlan } from './plan';
import { mul, parseDecimal, rational, scale, type Rational } from './rational';
import type { Conversion } from './statement-types';

export type Converted = { ok: true; minor: Rational; conversion: Conversion | null } | { ok: false; currency: string };

export function convertToPlanCurrency(plan: Pick<CommissionPlan, 'currency' | 'fxRates'>, amountMinor: number, currency: string): Converted {
  if (currency === plan.currency) return { ok: true, minor: rational(amountMinor), conversion: null };
  const rate = plan.fxRates.find((r) => r.currency === currency);
  if (!rate) return { ok: false, currency };
  const major = scale(rational(amountMinor), -currencyExponent(currency));
  const minor = scale(mul(major, parseDecimal(rate.rate)), currencyExponent(plan.currency));
  return { ok: true, minor, conversion: { fromMinor: amountMinor, fromCurrency: currency, rate: rate.rate } };
}
