// Line icons for the badges (24 x 24, stroked), drawn inside a medallion by BadgeMedal.
const PATHS: Record<string, string> = {
  handshake: 'M3 12l4-4 4 2 3-3 4 4M3 12l5 5 2-1 2 2 2-1 2 1 3-4-3-4M9 14l2 2M11 12l3 3',
  trophy: 'M8 4h8v5a4 4 0 0 1-8 0zM8 6H5a3 3 0 0 0 3 4M16 6h3a3 3 0 0 1-3 4M12 13v4M8 20h8M10 17h4',
  crown: 'M4 18h16M4 18l-1-10 5 4 4-7 4 7 5-4-1 10',
  document: 'M7 3h7l4 4v14H7zM14 3v4h4M10 12h5M10 16h5',
  bolt: 'M13 2L5 14h6l-1 8 8-12h-6z',
  rocket: 'M12 15l-3-3c1-5 4-8 9-9-1 5-4 8-9 9M9 12l-4 1 2-4 4-1M12 15l-1 4 4-2 1-4M6 18l-2 2',
  timer: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 9v4l3 2M10 2h4',
  spark: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5L18 18M6 18l2.5-2.5M15.5 8.5L18 6',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M8 15l2 2 4-4',
  flame: 'M12 21c-4 0-6-3-6-6 0-4 4-6 4-10 3 2 4 4 4 6 1-1 1-2 1-3 2 2 3 4 3 7 0 3-2 6-6 6zM12 21c-1.5 0-2.5-1-2.5-2.5S12 15 12 15s2.5 2 2.5 3.5S13.5 21 12 21z',
  mountain: 'M2 20l7-12 4 6 3-4 6 10zM7 11l2 2 2-2',
  gem: 'M6 3h12l3 6-9 12L3 9zM3 9h18M9 3l3 18M15 3l-3 18',
  chart: 'M4 20V4M4 20h16M8 16v-4M12 16V8M16 16v-6M20 7l-4 3-4-3-4 4',
  coins: 'M8 8c3 0 5-1 5-2.5S11 3 8 3 3 4 3 5.5 5 8 8 8zM3 5.5v4C3 11 5 12 8 12s5-1 5-2.5v-4M11 13c0 1.5 2 2.5 5 2.5s5-1 5-2.5-2-2.5-5-2.5M11 13v4.5c0 1.5 2 2.5 5 2.5s5-1 5-2.5V13M3 9.5v4C3 15 5 16 8 16',
};

export function BadgeIcon({ icon, size = 24 }: { icon: string; size?: number | string }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[icon] ?? PATHS.trophy} />
    </svg>
  );
}

/** A round medallion in the badge's category colour (grey and faded while locked). */
export function BadgeMedal({ icon, category, locked = false, size = 56 }: { icon: string; category: string; locked?: boolean; size?: number }) {
  return (
    <span className={`badge-medal cat-${category} ${locked ? 'is-locked' : ''}`} style={{ width: size, height: size }}>
      <BadgeIcon icon={icon} size={size * 0.5} />
    </span>
  );
}
