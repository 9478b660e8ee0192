import type { Unit } from '../../preload/contract';
import type { Formatters } from '../ui/i18n/i18n';
import { minorDigits, minorToDecimal } from '../ui/money-input';

/**
 * Money as a TV shows it: whole amounts without ",00" (R$ 12.500), others to the cent.
 * Formatted from the exact decimal string, never a float.
 */
export function tvMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const whole = digits === 0 || minor % 10 ** digits === 0;
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : digits, maximumFractionDigits: whole ? 0 : digits });
  return format.format(minorToDecimal(minor, digits) as Intl.StringNumericLiteral);
}

/** A ranking value with its unit: "1,115" (points, the unit shown apart), "R$ 12.500", "7". */
export function formatValue(unit: Unit, value: number, currency: string, f: Formatters): string {
  return unit === 'money' ? tvMoney(value, currency, f.locale) : f.number(value);
}
