import { currencyExponent, isCurrencyCode } from '../../engine/currencies';
import type { Money } from '../../engine/money';

// Stripe's own minor units (docs.stripe.com/currencies): these are whole units in the API...
const STRIPE_ZERO_DECIMAL = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
// ...and ISK, zero-decimal in ISO 4217, is sent with two (always 00) decimals for backwards compatibility.
const STRIPE_TWO_DECIMAL_OVERRIDE = new Set(['ISK']);

export function stripeExponent(code: string): number {
  if (STRIPE_ZERO_DECIMAL.has(code)) return 0;
  if (STRIPE_TWO_DECIMAL_OVERRIDE.has(code)) return 2;
  return currencyExponent(code);
}

/**
 * A Stripe amount (integer in Stripe's minor unit) as Fanfare money (ISO 4217 minor units):
 * ¥48,000 arrives as 48000 and stays 48000; never divided by 100 blindly.
 */
export function stripeMoney(amount: number, currency: string): { ok: true; money: Money } | { ok: false; problem: string } {
  const code = currency.toUpperCase();
  if (!isCurrencyCode(code)) return { ok: false, problem: `"${currency}" is not an ISO 4217 currency code` };
  const shift = currencyExponent(code) - stripeExponent(code);
  if (shift >= 0) return { ok: true, money: { minor: amount * 10 ** shift, currency: code } };
  const divisor = 10 ** -shift;
  if (amount % divisor !== 0) return { ok: false, problem: `${amount} is not a whole amount of ${code}` };
  return { ok: true, money: { minor: amount / divisor, currency: code } };
}
