import { describe, expect, it } from 'vitest';
import { BADGE_CATEGORIES, BADGE_IDS, defaultBadges, judgeBadge } from './badges';

describe('badges', () => {
  it('14 badges in the 4 categories, every rule valid', () => {
    const badges = defaultBadges((major) => major * 100);
    expect(badges.map((b) => b.id)).toEqual([...BADGE_IDS]);
    expect(badges).toHaveLength(14);
    expect(new Set(badges.map((b) => b.category))).toEqual(new Set(BADGE_CATEGORIES));
    expect(badges.find((b) => b.id === 'big_ticket')?.rule).toEqual({ kind: 'single_sale', amountMinor: 1_000_000 });
  });

  it('a locked badge says how far the rep is: 7 of 10 deals', () => {
    expect(judgeBadge({ kind: 'deals_won', count: 10 }, { kind: 'count', value: 7 })).toEqual({ done: false, current: 7, target: 10, unit: 'deals', lowerIsBetter: false });
    expect(judgeBadge({ kind: 'deals_won', count: 10 }, { kind: 'count', value: 10 }).done).toBe(true);
  });

  it('a median rule first needs enough replies, then a median at or under the limit', () => {
    const rule = { kind: 'median_response_week', maxSeconds: 900, minReplies: 10 } as const;
    expect(judgeBadge(rule, { kind: 'median', medianSeconds: 60, replies: 4 })).toMatchObject({ done: false, current: 4, target: 10, unit: 'replies' });
    expect(judgeBadge(rule, { kind: 'median', medianSeconds: 840, replies: 12 })).toMatchObject({ done: true, current: 840, target: 900, unit: 'seconds', lowerIsBetter: true });
    expect(judgeBadge(rule, { kind: 'median', medianSeconds: 901, replies: 12 }).done).toBe(false);
  });
});
