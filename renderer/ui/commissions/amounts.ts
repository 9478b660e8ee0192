// Exact amounts from the app arrive as rational text in minor units ("96000", "-171200/3").
// The screen shows them rounded to the cent (half away from zero) and says when that
// rounding hides a fraction; nothing here is ever summed.

export function rationalToMinor(text: string): { minor: number; exact: boolean } {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match) return { minor: 0, exact: false };
  const n = BigInt(match[1] ?? '0');
  const d = BigInt(match[2] ?? '1');
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const whole = abs / d;
  const rest = abs % d;
  const rounded = rest * 2n >= d ? whole + 1n : whole;
  return { minor: Number(negative ? -rounded : rounded), exact: rest === 0n };
}

/** A percent held as rational text ("400/3") shown with up to 2 decimals. */
export function rationalPercent(text: string | null): number | null {
  if (text === null) return null;
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const scaled = rationalToMinor(`${BigInt(match[1] ?? '0') * 100n}/${match[2] ?? '1'}`);
  return scaled.minor / 100;
}

function parse(text: string): [bigint, bigint] {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  return match ? [BigInt(match[1] ?? '0'), BigInt(match[2] ?? '1')] : [0n, 1n];
}

/** a − b, exactly, as rational text. */
export function rationalDifference(a: string, b: string): string {
  const [an, ad] = parse(a);
  const [bn, bd] = parse(b);
  return `${an * bd - bn * ad}/${ad * bd}`;
}
