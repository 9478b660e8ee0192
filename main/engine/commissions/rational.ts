// Exact rational numbers on bigint. Commission arithmetic never touches a float: amounts are
// integer minor units, rates are decimal strings ("8", "1.5", "0.1875"), and everything in
// between (a third of a quota, 4.8% of 12,000.00 split 60/40 and converted at 5.4321) is
// kept as an exact fraction until the one final rounding of a statement.

export interface Rational {
  readonly n: bigint;
  /** Always positive; the fraction is always reduced. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den) || 1n;
  return { n: num / g, d: den / g };
}

export const ZERO = rational(0);
export const ONE = rational(1);
export const HUNDRED = rational(100);

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
export const sign = (a: Rational): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);
export const isZero = (a: Rational): boolean => a.n === 0n;
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => sign(sub(a, b));
export const eq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);
/** A percentage as a fraction: percent("8") is 8/100. */
export const percentOf = (value: Rational, percent: Rational): Rational => div(mul(value, percent), HUNDRED);

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text.trim());
}

/** "12.5" -> 25/2, exactly. Throws on anything that is not a plain decimal. */
export function parseDecimal(text: string): Rational {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a decimal number like 8 or 1.25`);
  const [, minus, whole = '0', fraction = ''] = match;
  const value = rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
  return minus ? neg(value) : value;
}

/**
 * Rounds to an integer, half away from zero ("half-up" as payroll means it: 0.5 -> 1,
 * -0.5 -> -1), the one rounding rule of a statement.
 */
export function roundHalfUp(value: Rational): bigint {
  const negative = value.n < 0n;
  const abs = negative ? -value.n : value.n;
  const whole = abs / value.d;
  const rest = abs % value.d;
  const rounded = rest * 2n >= value.d ? whole + 1n : whole;
  return negative ? -rounded : rounded;
}

/** Rounded to a safe JS integer (minor units); throws if it does not fit. */
export function toMinorUnits(value: Rational): number {
  const rounded = roundHalfUp(value);
  const result = Number(rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError(`${rounded} minor units is beyond the safe range`);
  return result;
}

export function isInteger(value: Rational): boolean {
  return value.d === 1n;
}

/** Stable text form for storage: "12" or "-25/3". */
export function toText(value: Rational): string {
  return value.d === 1n ? String(value.n) : `${value.n}/${value.d}`;
}

const TEXT = /^(-?\d+)(?:\/(\d+))?$/;

export function fromText(text: string): Rational {
  const match = TEXT.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a stored rational like 12 or -25/3`);
  return rational(BigInt(match[1] ?? '0'), BigInt(match[2] ?? '1'));
}

/** Shifts the decimal point: scale(x, 2) is x × 100, scale(x, -2) is x ÷ 100. */
export function scale(value: Rational, powerOfTen: number): Rational {
  const factor = 10n ** BigInt(Math.abs(powerOfTen));
  return powerOfTen >= 0 ? rational(value.n * factor, value.d) : rational(value.n, value.d * factor);
}

/**
 * A decimal string with `places` decimals, rounded half away from zero, and whether that
 * is the exact value. For display only: amounts are summed exactly, never from this text.
 */
export function toDecimal(value: Rational, places: number): { text: string; exact: boolean } {
  const scaled = scale(value, places);
  const rounded = roundHalfUp(scaled);
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return { text: `${negative ? '-' : ''}${whole}${fraction}`, exact: scaled.d === 1n };
}

/** The shortest exact decimal text if the fraction terminates within `maxPlaces`, else rounded. */
export function toShortDecimal(value: Rational, maxPlaces = 6): { text: string; exact: boolean } {
  for (let places = 0; places <= maxPlaces; places++) {
    const attempt = toDecimal(value, places);
    if (attempt.exact) return attempt;
  }
  return toDecimal(value, maxPlaces);
}
