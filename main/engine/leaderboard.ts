export interface Standing {
  repId: number;
  name: string;
  points: number;
  /** Instant the rep last gained points in the period (0 if never). */
  lastScoredAt: number;
}

export interface RankedStanding extends Standing {
  /** Competition ranking: equal points share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/**
 * How equal values are ranked: `shared` gives them one rank (1, 2, 2, 4); `earlier_first`
 * ranks whoever got there first higher (their last gain in the period came earlier), and
 * only entries equal in value and in that instant still share a rank.
 */
export const TIE_BREAKS = ['shared', 'earlier_first'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

/** Anything ranked: a rep or a team, by any metric. */
export interface Entry {
  key: number;
  name: string;
  value: number;
  /** Instant the value last grew in the period (0 if never). */
  lastAt: number;
}

export interface RankedEntry extends Entry {
  rank: number;
}

// One collator for every sort: String.localeCompare builds one per call, and boards sort often.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' }).compare;

/** Orders entries by value (highest first) and gives competition ranks under the tie-break. */
export function rankEntries<T extends Entry>(entries: readonly T[], tieBreak: TieBreak = 'shared'): (T & { rank: number })[] {
  // A value never reached by a gain (0, or only losses) has no "when": it sorts after those that have.
  const when = (e: T) => (e.lastAt > 0 ? e.lastAt : Number.MAX_SAFE_INTEGER);
  const byTime = (a: T, b: T) => (tieBreak === 'earlier_first' && a.value !== 0 ? when(a) - when(b) : 0);
  const sorted = [...entries].sort((a, b) => b.value - a.value || byTime(a, b) || byName(a.name, b.name) || a.key - b.key);
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && previous.value === entry.value && byTime(previous, entry) === 0;
    ranked.push({ ...entry, rank: tied ? previous.rank : index + 1 });
  });
  return ranked;
}

/** Orders standings by points and gives competition ranks; equal points share a rank. */
export function rankStandings(standings: readonly Standing[], tieBreak: TieBreak = 'shared'): RankedStanding[] {
  const ranked = rankEntries(
    standings.map((s) => ({ ...s, key: s.repId, value: s.points, lastAt: s.lastScoredAt })),
    tieBreak,
  );
  return ranked.map(({ repId, name, points, lastScoredAt, rank }) => ({ repId, name, points, lastScoredAt, rank }));
}

/**
 * Places moved since the previous period: positive = up, negative = down, null when the
 * entry was not ranked then (joined since).
 */
export function movementSince(current: readonly { key: number; rank: number }[], previous: readonly { key: number; rank: number }[]): Map<number, { previousRank: number | null; movement: number | null }> {
  const before = new Map(previous.map((p) => [p.key, p.rank]));
  return new Map(
    current.map((c) => {
      const previousRank = before.get(c.key) ?? null;
      return [c.key, { previousRank, movement: previousRank === null ? null : previousRank - c.rank }];
    }),
  );
}
