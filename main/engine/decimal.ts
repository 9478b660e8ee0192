// Exact decimal arithmetic for rates and multipliers: a decimal text ("5.4321", "1.5") becomes
// a ratio of integers, products of ratios stay exact, and rounding happens once, at the end.

export interface Ratio {
  num: bigint;
  den: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A non-negative decimal written with a dot ("5.4321", "2", "0.5"); null when it is not one. */
export function parseDecimal(text: string, maxDecimals = 10): Ratio | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > maxDecimals) return null;
  return { num: BigInt(whole + fraction), den: 10n ** BigInt(fraction.length) };
}

/** The canonical text of a decimal: no leading zeros, no trailing fractional zeros ("05.50" -> "5.5"). */
export function canonicalDecimal(text: string): string {
  const match = DECIMAL.exec(text.trim());
  if (!match) return text.trim();
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export const ONE: Ratio = { num: 1n, den: 1n };

export function multiply(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

export function ratioOf(value: number | bigint): Ratio {
  return { num: BigInt(value), den: 1n };
}

export function isOne(r: Ratio): boolean {
  return r.num === r.den;
}

/** Rounds to the nearest integer, halves away from zero (1.5 -> 2, -2.5 -> -3). */
export function roundRatio(r: Ratio): number {
  const negative = r.num < 0n !== r.den < 0n;
  const num = r.num < 0n ? -r.num : r.num;
  const den = r.den < 0n ? -r.den : r.den;
  const quotient = num / den;
  const rounded = (num % den) * 2n >= den ? quotient + 1n : quotient;
  const result = Number(negative ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError('the result is too large to be exact');
  return result;
}

/** Rounds towards minus infinity (whole steps: 12 points for 1,299.99 at 1 per 100.00). */
export function floorRatio(r: Ratio): number {
  const den = r.den < 0n ? -r.den : r.den;
  const num = r.den < 0n ? -r.num : r.num;
  let quotient = num / den;
  if (num < 0n && num % den !== 0n) quotient -= 1n;
  return Number(quotient);
}

export function compareRatio(a: Ratio, b: Ratio): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
