import { rankStandings } from '../leaderboard';

export interface MetricTotal {
  repId: number;
  name: string;
  value: number;
  /** When the rep last moved this metric (earlier achiever first on ties). */
  lastAt: number;
}

export interface RankedValue {
  rank: number;
  repId: number;
  name: string;
  value: number;
}

/**
 * Ranks any metric like the points leaderboard (competition ranking: 1, 2, 2, 4) and keeps
 * the top `limit`. Reps with nothing yet are kept after those who scored, so a fresh week
 * still shows the team at zero.
 */
export function rankMetric(totals: readonly MetricTotal[], limit: number): RankedValue[] {
  const ranked = rankStandings(totals.map((t) => ({ repId: t.repId, name: t.name, points: t.value, lastScoredAt: t.lastAt })));
  return ranked.slice(0, limit).map((r) => ({ rank: r.rank, repId: r.repId, name: r.name, value: r.points }));
}
