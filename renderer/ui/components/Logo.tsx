import { useId } from 'react';

/** The Fanfare mark (assets/icon.svg): a brass trumpet sounding on indigo. */
export function Logo({ size = 32 }: { size?: number }) {
  const id = useId();
  const brass = `${id}-brass`;
  const bg = `${id}-bg`;
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" className="logo">
      <defs>
        <linearGradient id={brass} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#ffe07a" />
          <stop offset="1" stopColor="#f59e0b" />
        </linearGradient>
        <linearGradient id={bg} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#5b5cf0" />
          <stop offset="1" stopColor="#3b38b8" />
        </linearGradient>
      </defs>
      <rect width="64" height="64" rx="15" fill={`url(#${bg})`} />
      <g transform="rotate(-14 32 34)" fill={`url(#${brass})`}>
        <rect x="7" y="31" width="4" height="6" rx="1.2" />
        <rect x="10" y="32.4" width="22" height="3.2" rx="1.2" />
        <rect x="15.5" y="25" width="3" height="7.5" rx="1" />
        <rect x="20.5" y="25" width="3" height="7.5" rx="1" />
        <rect x="25.5" y="25" width="3" height="7.5" rx="1" />
        <path d="M13 35.6 Q13 41 18 41 L28 41 Q31 41 31 38" fill="none" stroke={`url(#${brass})`} strokeWidth="2.4" strokeLinecap="round" />
        <path d="M31 32.2 C39 31.6 45 27 50 19.5 L50 48.5 C45 41 39 36.4 31 35.8 Z" />
        <ellipse cx="50" cy="34" rx="2.6" ry="14.5" fill="#ffd24d" />
      </g>
      <g fill="#fff">
        <circle cx="56" cy="13" r="2.4" opacity="0.95" />
        <circle cx="48" cy="9" r="1.6" opacity="0.8" />
        <circle cx="58.5" cy="22" r="1.4" opacity="0.7" />
      </g>
    </svg>
  );
}
