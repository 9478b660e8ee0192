/** How public screens (the wallboard, rep links) name reps. */
export const NAME_PRIVACY_MODES = ['full', 'first_initial', 'alias'] as const;
export type NamePrivacy = (typeof NAME_PRIVACY_MODES)[number];

/** "Ana Souza" -> "Ana S.": enough for the team, not a full name on a lobby TV. */
export function firstNameInitial(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts.join(' ') || name;
  const last = parts[parts.length - 1] ?? '';
  return `${parts[0]} ${[...last][0]?.toUpperCase() ?? ''}.`;
}

/**
 * A rep's name as a public screen shows it. In `alias` mode a rep who chose an alias (it is
 * opt-in, on their own page) appears under it; everyone else as first name and initial.
 */
export function publicName(name: string, mode: NamePrivacy, alias: string | null = null): string {
  switch (mode) {
    case 'full':
      return name;
    case 'first_initial':
      return firstNameInitial(name);
    case 'alias':
      return alias?.trim() ? alias.trim() : firstNameInitial(name);
  }
}
