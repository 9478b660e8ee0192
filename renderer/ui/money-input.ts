/** Decimal digits of a currency's minor unit, as Intl knows it (JPY 0, BRL 2, KWD 3). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function minorToDecimal(minor: number, digits: number): string {
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${text.slice(text.length - digits)}` : ''}`;
}

/** "100", "100.5" or "100,50" to minor units without floats; null when it is not an amount. */
export function decimalToMinor(text: string, digits: number): number | null {
  const match = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) return null;
  return Number((match[1] ?? '0') + fraction.padEnd(digits, '0').slice(0, digits));
}
