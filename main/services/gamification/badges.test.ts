import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genericSource } from '../../../tests/support/deliver';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { insertAwardOnce } from '../../../db/queries/badges';
import { badgeAwards, notifications } from '../../../db/schema';
import { createRep } from '../reps';
import { badgeCabinet, updateBadge } from './badges';
import { updateGameSettings } from './settings';

let ctx: TestContext;
let deliver: ReturnType<typeof genericSource>['deliver'];
let ana: number;

const at = (day: string, time = '10:00') => `${day}T${time}-03:00`;
const won = (id: string, value = '100.00', occurredAt = at('2026-11-24')) => ({ id, type: 'deal.won', occurredAt, rep: { email: 'ana@x.com' }, amount: { value, currency: 'BRL' } });
const cabinet = () => Object.fromEntries(badgeCabinet(ctx, ana).map((b) => [b.id, b]));
const awards = () => ctx.db.select().from(badgeAwards).all();
const told = (kind: string) => ctx.db.select().from(notifications).all().filter((n) => n.kind === kind).map((n) => JSON.parse(n.payloadJson));

beforeEach(() => {
  ctx = createTestContext();
  deliver = genericSource(ctx).deliver;
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
});
afterEach(() => ctx.dispose());

describe('badges', () => {
  it('First Sale unlocks with the first won deal, once, with its date; 10 Deals shows 1 of 10', () => {
    deliver([won('d1')]);
    deliver([won('d1')]); // the same delivery again: a duplicate
    deliver([won('d2')]);
    expect(awards().filter((a) => a.badgeId === 'first_sale')).toHaveLength(1);
    expect(cabinet().first_sale).toMatchObject({ earnedAt: Date.parse(at('2026-11-24')), progress: { done: true } });
    expect(cabinet().deals_10).toMatchObject({ earnedAt: null, progress: { done: false, current: 2, target: 10, unit: 'deals' } });
    expect(told('badge_earned')).toEqual([{ kind: 'badge_earned', badgeId: 'first_sale' }]);
  });

  it('several qualifying events in one delivery still award once', () => {
    deliver(Array.from({ length: 12 }, (_, i) => won(`d${i}`)));
    expect(awards().map((a) => a.badgeId).sort()).toEqual(['deals_10', 'first_sale']);
    expect(told('badge_earned')).toHaveLength(2);
  });

  it('the manager tunes a rule: 10 Deals at 3 unlocks on the third deal; the kind of rule stays', () => {
    updateBadge(ctx, { id: 'deals_10', rule: { kind: 'deals_won', count: 3 } });
    deliver([won('a'), won('b')]);
    expect(cabinet().deals_10?.earnedAt).toBeNull();
    deliver([won('c')]);
    expect(cabinet().deals_10?.earnedAt).not.toBeNull();
    expect(() => updateBadge(ctx, { id: 'deals_10', rule: { kind: 'streak', days: 3 } })).toThrow(/tune its numbers/);
  });

  it('a switched-off badge is not awarded', () => {
    updateBadge(ctx, { id: 'first_sale', enabled: false });
    deliver([won('d1')]);
    expect(awards()).toEqual([]);
  });

  it('revenue badges count the base currency: Big Ticket on one sale of 10,000.00', () => {
    deliver([won('small', '9999.99')]);
    expect(cabinet().big_ticket?.progress).toMatchObject({ done: false, current: 999_999, target: 1_000_000, unit: 'money' });
    deliver([won('big', '10000.00')]);
    expect(cabinet().big_ticket?.earnedAt).not.toBeNull();
  });

  it('speed badges read first-reply times: Lightning under a minute, Fast Hands on a week median', () => {
    const reply = (id: string, seconds: number, time = '10:00') => ({ id, type: 'reply.sent', occurredAt: at('2026-11-24', time), rep: { email: 'ana@x.com' }, responseSeconds: seconds });
    deliver([reply('r0', 61)]);
    expect(cabinet().lightning?.earnedAt).toBeNull();
    deliver([reply('r1', 45)]);
    expect(cabinet().lightning?.earnedAt).not.toBeNull();
    deliver(Array.from({ length: 7 }, (_, i) => reply(`m${i}`, 600 + i)));
    expect(cabinet().fast_hands?.progress).toMatchObject({ done: false, current: 9, target: 10, unit: 'replies' });
    deliver([reply('m9', 3000)]);
    expect(cabinet().fast_hands?.earnedAt).not.toBeNull();
  });

  it('Speed Demon counts the replies within five minutes, the fifth minute included, all time', () => {
    updateBadge(ctx, { id: 'speed_demon', rule: { kind: 'fast_replies', count: 4, withinSeconds: 300 } });
    const reply = (id: string, seconds: number, day = '2026-11-24') => ({ id, type: 'reply.sent', occurredAt: at(day), rep: { email: 'ana@x.com' }, responseSeconds: seconds });
    deliver([reply('old', 30, '2025-03-02'), reply('r1', 300), reply('slow', 301), reply('r2', 12)]);
    expect(cabinet().speed_demon?.progress).toMatchObject({ done: false, current: 3, target: 4, unit: 'replies' });
    deliver([reply('slower', 900)]);
    expect(cabinet().speed_demon?.earnedAt).toBeNull();
    deliver([reply('r3', 299)]);
    expect(cabinet().speed_demon?.earnedAt).toBe(Date.parse(at('2026-11-24')));
  });
});

describe('streak and week badges', () => {
  const active = (day: string) => ({ id: `q-${day}`, type: 'quote.sent', occurredAt: at(day), rep: { email: 'ana@x.com' } });

  it('On a Roll: three active working days in a row, the weekend neither breaks nor counts', () => {
    ctx.setNow('2026-11-24T15:00:00Z'); // Tuesday noon: today is not over, so the streak is alive
    deliver([active('2026-11-20'), active('2026-11-23')]); // Friday, Monday
    expect(cabinet().on_a_roll?.progress).toMatchObject({ done: false, current: 2, target: 3 });
    deliver([active('2026-11-24')]);
    expect(cabinet().on_a_roll?.earnedAt).toBe(Date.parse(at('2026-11-24')));
  });

  it('a backdated event that fills the gap completes the streak', () => {
    ctx.setNow('2026-11-27T15:00:00Z');
    deliver([active('2026-11-23'), active('2026-11-25')]);
    expect(cabinet().on_a_roll?.earnedAt).toBeNull();
    deliver([active('2026-11-24')]); // arrives late, for Tuesday
    expect(cabinet().on_a_roll?.earnedAt).toBe(Date.parse(at('2026-11-24')));
  });

  it('with no rest days, a quiet Saturday breaks the streak', () => {
    updateGameSettings(ctx, { restDays: [] });
    ctx.setNow('2026-11-24T15:00:00Z');
    deliver([active('2026-11-20'), active('2026-11-23'), active('2026-11-24')]);
    expect(cabinet().on_a_roll?.earnedAt).toBeNull();
  });

  it('Perfect Week: five active days in one week (the workspace week, Sunday to Saturday here)', () => {
    ctx.setNow('2026-11-28T15:00:00Z');
    deliver(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25'].map(active));
    expect(cabinet().perfect_week?.progress).toMatchObject({ done: false, current: 4, target: 5 });
    deliver([active('2026-11-28')]);
    expect(cabinet().perfect_week?.earnedAt).not.toBeNull();
  });
});

describe('refunds and badges', () => {
  it('withdraw (the default): reopening the only won deal withdraws First Sale; the next deal gives it back', () => {
    deliver([won('d1')]);
    deliver([{ id: 'ro', type: 'deal.reopened', reverses: 'd1', occurredAt: at('2026-11-24', '11:00'), rep: { email: 'ana@x.com' } }]);
    expect(cabinet().first_sale).toMatchObject({ earnedAt: null, progress: { done: false, current: 0 } });
    expect(cabinet().first_sale?.withdrawnAt).not.toBeNull();
    expect(told('badge_withdrawn')).toEqual([{ kind: 'badge_withdrawn', badgeId: 'first_sale' }]);
    deliver([won('d2', '100.00', at('2026-11-24', '12:00'))]);
    expect(cabinet().first_sale).toMatchObject({ earnedAt: Date.parse(at('2026-11-24', '12:00')), withdrawnAt: null });
    expect(awards()).toHaveLength(1);
    expect(told('badge_earned')).toHaveLength(2);
  });

  it('a partial refund that keeps the sale above the bar keeps Big Ticket; one that drops it below withdraws it', () => {
    deliver([{ id: 's1', type: 'catalog.sale', occurredAt: at('2026-11-24'), rep: { email: 'ana@x.com' }, amount: { value: '12000.00', currency: 'BRL' } }]);
    const refund = (id: string, value: string) => ({ id, type: 'payment.refunded', reverses: 's1', occurredAt: at('2026-11-24', '15:00'), rep: { email: 'ana@x.com' }, amount: { value, currency: 'BRL' } });
    deliver([refund('rf1', '1000.00')]);
    expect(cabinet().big_ticket?.earnedAt).not.toBeNull();
    deliver([refund('rf2', '1500.00')]);
    expect(cabinet().big_ticket?.earnedAt).toBeNull();
  });

  it('Month Maker sums the sales of the month net of what their refunds took back', () => {
    const sale = (id: string, value: string) => ({ id, type: 'catalog.sale', occurredAt: at('2026-11-10'), rep: { email: 'ana@x.com' }, amount: { value, currency: 'BRL' } });
    deliver([sale('m1', '30000.00'), sale('m2', '15000.00')]);
    expect(cabinet().month_maker?.progress).toMatchObject({ done: false, current: 4_500_000 });
    deliver([{ id: 'mr', type: 'payment.refunded', reverses: 'm2', occurredAt: at('2026-11-12'), rep: { email: 'ana@x.com' }, amount: { value: '5000.00', currency: 'BRL' } }]);
    expect(cabinet().month_maker?.progress).toMatchObject({ current: 4_000_000 });
    deliver([sale('m3', '10000.00')]);
    expect(cabinet().month_maker).toMatchObject({ earnedAt: expect.any(Number), progress: { done: true, current: 5_000_000 } });
  });

  it('keep: a refund never takes an earned badge away', () => {
    updateGameSettings(ctx, { refundBadges: 'keep' });
    deliver([won('d1')]);
    deliver([{ id: 'ro', type: 'deal.reopened', reverses: 'd1', occurredAt: at('2026-11-24', '11:00'), rep: { email: 'ana@x.com' } }]);
    expect(cabinet().first_sale?.earnedAt).not.toBeNull();
  });
});

describe('the once-only guard', () => {
  it('a second award of the same badge to the same rep is refused by the database itself', () => {
    const row = { badgeId: 'first_sale', repId: ana, eventId: null, earnedAt: 1, awardedAt: 1 };
    expect(insertAwardOnce(ctx.db, row)).toBeDefined();
    // Two checks that both saw the badge missing (a race) still leave one award.
    expect(insertAwardOnce(ctx.db, { ...row, earnedAt: 2, awardedAt: 2 })).toBeUndefined();
    expect(() => ctx.db.insert(badgeAwards).values({ ...row, earnedAt: 3, awardedAt: 3 }).run()).toThrow(/UNIQUE/);
    expect(awards()).toHaveLength(1);
  });
});
