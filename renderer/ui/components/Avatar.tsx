/** Initials on a colour derived from the name, so a rep keeps their colour everywhere. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/**
 * `size` in px, or any CSS length (the wallboard sizes in rem so it scales with the TV).
 * With `src` (an uploaded picture) the picture shows; otherwise the initials.
 */
export function Avatar({ name, size = 36, src }: { name: string; size?: number | string; src?: string | null }) {
  const hue = hueOf(name);
  const length = typeof size === 'number' ? `${size}px` : size;
  if (src) return <img className="avatar avatar-picture" src={src} alt="" aria-hidden="true" width={typeof size === 'number' ? size : undefined} style={{ width: length, height: length }} />;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: length,
        height: length,
        fontSize: `calc(${length} * 0.4)`,
        background: `linear-gradient(135deg, hsl(${hue} 70% 58%), hsl(${(hue + 40) % 360} 70% 46%))`,
      }}
    >
      {initials(name)}
    </span>
  );
}
