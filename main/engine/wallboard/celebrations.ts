import type { SoundName } from './sounds';

export interface CelebrationRuleLike {
  eventType: string;
  minAmountMinor: number;
  sound: SoundName;
  enabled: boolean;
}

export interface CelebrationCandidate {
  type: string;
  /** Amount in minor units, or null when the event carries none. */
  amountMinor: number | null;
  currency: string | null;
}

/**
 * The rule an event celebrates under, or null. A rule with a minimum amount only matches an
 * amount in the base currency at or above it (an amount in another currency cannot be
 * compared without a rate, so it only meets a rule with no minimum). Of several matches the
 * one with the highest minimum wins: a R$ 50,000 deal gets the big fanfare, not the small.
 */
export function matchCelebration<R extends CelebrationRuleLike>(event: CelebrationCandidate, rules: readonly R[], baseCurrency: string): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (!rule.enabled || rule.eventType !== event.type) continue;
    if (rule.minAmountMinor > 0) {
      if (event.amountMinor === null || event.currency !== baseCurrency || event.amountMinor < rule.minAmountMinor) continue;
    }
    if (!best || rule.minAmountMinor > best.minAmountMinor) best = rule;
  }
  return best;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Whether local time `hhmm` falls in quiet hours [from, to). A range may cross midnight
 * (19:00-08:00); from = to means no quiet time at all.
 */
export function inQuietHours(hhmm: string, quiet: { from: string; to: string } | null): boolean {
  if (!quiet) return false;
  const now = minutesOf(hhmm);
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** The sound a celebration plays: the rep's own if they have one, else the rule's; null = silent. */
export function celebrationSound(ruleSound: SoundName, repSound: SoundName | undefined, silenced: boolean): SoundName | null {
  if (silenced) return null;
  const sound = repSound ?? ruleSound;
  return sound === 'none' ? null : sound;
}
