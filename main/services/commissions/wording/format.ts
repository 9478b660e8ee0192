// Numbers for statements in the workspace language, from exact values: Intl formats a decimal
// string exactly, so no amount passes through a float on its way to the page.
import { DateTime } from 'luxon';
import { currencyExponent } from '../../../engine/currencies';
import { fromText, mul, parseDecimal, scale, toDecimal, toShortDecimal, type Rational } from '../../../engine/commissions/rational';

export type DocLocale = 'en' | 'pt-BR';

export interface DocFormat {
  locale: DocLocale;
  /** Minor units (rational text or number) as a plain amount with the currency's decimals: "12,000.00". */
  amount(minor: string | number | Rational, currency: string): string;
  /** A signed amount: "+960.00", "−240.00". */
  signed(minor: string | number | Rational, currency: string): string;
  /** With the currency: "R$ 12.000,00". */
  money(minor: string | number | Rational, currency: string): string;
  /** A decimal percent string or rational: "8%", "33.33%". */
  percent(value: string | Rational): string;
  /** A rate per unit (a fraction) as a percent: 3/50 -> "6%". */
  ratePercent(fraction: string | Rational): string;
  count(value: string): string;
  decimal(text: string): string;
  day(day: string): string;
  month(firstDay: string, kind: 'month' | 'quarter'): string;
}

const toRational = (value: string | number | Rational): Rational => (typeof value === 'object' ? value : fromText(String(value)));

export function docFormat(locale: DocLocale): DocFormat {
  const plain = (value: Rational, places: number) => {
    const { text, exact } = toDecimal(value, places);
    const formatted = new Intl.NumberFormat(locale, { minimumFractionDigits: places, maximumFractionDigits: places }).format(text as Intl.StringNumericLiteral);
    return exact ? formatted : `≈${formatted}`;
  };
  const major = (minor: string | number | Rational, currency: string) => scale(toRational(minor), -currencyExponent(currency));
  const shortDecimal = (value: Rational) => {
    const { text, exact } = toShortDecimal(value, 4);
    const formatted = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(text as Intl.StringNumericLiteral);
    return exact ? formatted : `≈${formatted}`;
  };
  const format: DocFormat = {
    locale,
    amount: (minor, currency) => plain(major(minor, currency), currencyExponent(currency)),
    signed(minor, currency) {
      const value = toRational(minor);
      const text = plain(major(value.n < 0n ? { n: -value.n, d: value.d } : value, currency), currencyExponent(currency));
      return `${value.n < 0n ? '−' : '+'}${text}`;
    },
    money(minor, currency) {
      const { text } = toDecimal(major(minor, currency), currencyExponent(currency));
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(text as Intl.StringNumericLiteral);
    },
    percent: (value) => `${shortDecimal(typeof value === 'string' ? (value.includes('/') ? fromText(value) : parseDecimal(value)) : value)}%`,
    ratePercent: (fraction) => `${shortDecimal(mul(toRational(fraction), parseDecimal('100')))}%`,
    count: (value) => shortDecimal(fromText(value)),
    decimal: (text) => shortDecimal(parseDecimal(text)),
    day: (day) => DateTime.fromISO(day, { zone: 'UTC' }).setLocale(locale).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' }),
    month(firstDay, kind) {
      const day = DateTime.fromISO(firstDay, { zone: 'UTC' }).setLocale(locale);
      return kind === 'quarter' ? `${locale === 'pt-BR' ? 'T' : 'Q'}${day.quarter} ${day.year}` : day.toFormat('LLLL yyyy');
    },
  };
  return format;
}
