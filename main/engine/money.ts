import { currencyExponent, isCurrencyCode } from './currencies';

export interface Money {
  /** Integer amount in the currency's minor unit. */
  minor: number;
  currency: string;
}

export type MoneyParse = { ok: true; money: Money } | { ok: false; problem: string };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal written in major units ("1250.00", "-3.5", "48000") into exact
 * minor units, without ever going through a float. Rejects more decimals than the
 * currency has, so "12.345 BRL" is an error rather than a silent rounding.
 */
export function parseMajorAmount(text: string, currency: string): MoneyParse {
  const code = currency.trim().toUpperCase();
  if (!isCurrencyCode(code)) return { ok: false, problem: `"${currency}" is not an ISO 4217 currency code` };
  const match = DECIMAL.exec(text.trim());
  if (!match) return { ok: false, problem: `"${text}" is not a decimal number like 1250.00` };
  const [, sign, whole = '', fraction = ''] = match;
  const exponent = currencyExponent(code);
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    return { ok: false, problem: `"${text}" has ${fraction.length} decimals but ${code} has ${exponent}` };
  }
  const minorText = whole + fraction.padEnd(exponent, '0').slice(0, exponent);
  const minor = Number(minorText);
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: `"${text}" is too large` };
  return { ok: true, money: { minor: sign && minor !== 0 ? -minor : minor, currency: code } };
}

/** The JSON-number form of an amount, turned into the decimal text it was written as. */
export function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Shortest round-trip representation; expand exponent forms like 1e21 or 5e-7.
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Minor units back to a plain decimal string in major units ("1250.00"). */
export function formatMinorAsDecimal(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}
