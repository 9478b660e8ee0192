export type NamePrivacy = 'full' | 'first_initial';

/**
 * A rep's name as a public screen shows it: in full, or first name and the initial of the
 * last ("Ana Souza" -> "Ana S."), so a TV in a lobby does not spell out the whole team.
 */
export function publicName(name: string, privacy: NamePrivacy): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (privacy === 'full' || parts.length < 2) return parts.join(' ') || name;
  const last = parts[parts.length - 1] ?? '';
  return `${parts[0]} ${[...last][0]?.toUpperCase() ?? ''}.`;
}
