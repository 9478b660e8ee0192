import { describe, expect, it } from 'vitest';
import { celebrationSound, inQuietHours, matchCelebration } from './celebrations';
import { rankMetric } from './metrics';
import { publicName } from './privacy';

describe('publicName', () => {
  it('shows first name and last initial in first_initial mode, the full name otherwise', () => {
    expect(publicName('Ana Souza', 'first_initial')).toBe('Ana S.');
    expect(publicName('  maria   da silva  ', 'first_initial')).toBe('maria S.');
    expect(publicName('Ícaro Ávila', 'first_initial')).toBe('Ícaro Á.');
    expect(publicName('Cher', 'first_initial')).toBe('Cher');
    expect(publicName('Ana Souza', 'full')).toBe('Ana Souza');
  });
});

describe('matchCelebration', () => {
  const rules = [
    { eventType: 'deal.won', minAmountMinor: 0, sound: 'fanfare' as const, enabled: true },
    { eventType: 'deal.won', minAmountMinor: 5_000_000, sound: 'triumph' as const, enabled: true },
    { eventType: 'payment.confirmed', minAmountMinor: 100_000, sound: 'cash' as const, enabled: true },
    { eventType: 'quote.sent', minAmountMinor: 0, sound: 'chime' as const, enabled: false },
  ];
  it('picks the matching rule with the highest minimum the amount reaches', () => {
    expect(matchCelebration({ type: 'deal.won', amountMinor: 1_000, currency: 'BRL' }, rules, 'BRL')?.sound).toBe('fanfare');
    expect(matchCelebration({ type: 'deal.won', amountMinor: 5_000_000, currency: 'BRL' }, rules, 'BRL')?.sound).toBe('triumph');
    expect(matchCelebration({ type: 'deal.won', amountMinor: null, currency: null }, rules, 'BRL')?.sound).toBe('fanfare');
  });
  it('does not celebrate below the minimum, in another currency than the base, or under a disabled rule', () => {
    expect(matchCelebration({ type: 'payment.confirmed', amountMinor: 99_999, currency: 'BRL' }, rules, 'BRL')).toBeNull();
    expect(matchCelebration({ type: 'payment.confirmed', amountMinor: 500_000, currency: 'USD' }, rules, 'BRL')).toBeNull();
    expect(matchCelebration({ type: 'deal.won', amountMinor: 9_000_000, currency: 'USD' }, rules, 'BRL')?.sound).toBe('fanfare');
    expect(matchCelebration({ type: 'quote.sent', amountMinor: null, currency: null }, rules, 'BRL')).toBeNull();
    expect(matchCelebration({ type: 'deal.lost', amountMinor: null, currency: null }, rules, 'BRL')).toBeNull();
  });
});

describe('inQuietHours', () => {
  it('handles ranges within a day and across midnight, end exclusive', () => {
    const night = { from: '19:00', to: '08:00' };
    expect(inQuietHours('18:59', night)).toBe(false);
    expect(inQuietHours('19:00', night)).toBe(true);
    expect(inQuietHours('23:30', night)).toBe(true);
    expect(inQuietHours('07:59', night)).toBe(true);
    expect(inQuietHours('08:00', night)).toBe(false);
    const lunch = { from: '12:00', to: '13:30' };
    expect(inQuietHours('12:45', lunch)).toBe(true);
    expect(inQuietHours('13:30', lunch)).toBe(false);
    expect(inQuietHours('12:00', { from: '09:00', to: '09:00' })).toBe(false);
    expect(inQuietHours('12:00', null)).toBe(false);
  });
});

describe('celebrationSound', () => {
  it('prefers the rep’s own sound, and is silent when silenced or "none"', () => {
    expect(celebrationSound('fanfare', 'cash', false)).toBe('cash');
    expect(celebrationSound('fanfare', undefined, false)).toBe('fanfare');
    expect(celebrationSound('fanfare', 'cash', true)).toBeNull();
    expect(celebrationSound('none', undefined, false)).toBeNull();
  });
});

describe('rankMetric', () => {
  it('gives competition ranks and keeps the top N', () => {
    const rows = rankMetric(
      [
        { repId: 1, name: 'Ana', value: 300, lastAt: 1 },
        { repId: 2, name: 'Bruno', value: 500, lastAt: 1 },
        { repId: 3, name: 'Carla', value: 300, lastAt: 1 },
        { repId: 4, name: 'Diego', value: 0, lastAt: 0 },
      ],
      3,
    );
    expect(rows).toEqual([
      { rank: 1, repId: 2, name: 'Bruno', value: 500 },
      { rank: 2, repId: 1, name: 'Ana', value: 300 },
      { rank: 2, repId: 3, name: 'Carla', value: 300 },
    ]);
  });
});
