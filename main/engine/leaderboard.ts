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

/** Orders standings by points and gives competition ranks; equal points share a rank. */
export function rankStandings(standings: readonly Standing[]): RankedStanding[] {
  const sorted = [...standings].sort(
    (a, b) => b.points - a.points || a.name.localeCompare(b.name) || a.repId - b.repId,
  );
  const ranked: RankedStanding[] = [];
  sorted.forEach((standing, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.points === standing.points ? previous.rank : index + 1;
    ranked.push({ ...standing, rank });
  });
  return ranked;
}
