/** "-50.00", "120,5" -> signed minor units, or null. */
export function parseSigned(text: string, digits: number): number | null {
  const match = /^\s*(-|−)?\s*(\d+)(?:[.,](\d+))?\s*$/.exec(text);
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) return null;
  const minor = Number((match[2] ?? '0') + fraction.padEnd(digits, '0').slice(0, digits));
  return match[1] ? -minor : minor;
}
