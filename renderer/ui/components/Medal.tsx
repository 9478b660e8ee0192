const MEDALS = { 1: 'gold', 2: 'silver', 3: 'bronze' } as const;

/** Gold, silver and bronze for the top three; the plain rank number for everyone else. */
/** `size` in px, or any CSS length (rem on the wallboard). */
export function RankBadge({ rank, size = 32 }: { rank: number; size?: number | string }) {
  const medal = MEDALS[rank as 1 | 2 | 3];
  const length = typeof size === 'number' ? `${size}px` : size;
  if (!medal) {
    return (
      <span className="rank-number tabular" style={{ width: length, fontSize: `calc(${length} * 0.5)` }}>
        {rank}
      </span>
    );
  }
  return (
    <span className={`medal medal-${medal}`} style={{ width: length, height: length, fontSize: `calc(${length} * 0.45)` }} aria-label={`#${rank}`}>
      <svg viewBox="0 0 32 32" aria-hidden="true">
        <circle cx="16" cy="16" r="14" className="medal-disc" />
        <circle cx="16" cy="16" r="10.5" className="medal-ring" />
      </svg>
      <span className="medal-rank tabular">{rank}</span>
    </span>
  );
}
