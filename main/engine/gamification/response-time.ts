// First-reply time, carried by `reply.sent` events as `responseSeconds`: the seconds from
// the customer's message to the rep's first reply. Goals and speed badges use the median,
// so one reply left overnight does not wipe out a week of quick answers.

/** Longest first-reply time accepted (30 days): anything longer is a data error upstream. */
export const MAX_RESPONSE_SECONDS = 30 * 86_400;

/** The median of the values (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? null;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
