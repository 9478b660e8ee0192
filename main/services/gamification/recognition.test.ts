import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genericSource } from '../../../tests/support/deliver';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { ledger, levelUps } from '../../../db/schema';
import { listEvents } from '../events';
import { createRep, updateRep } from '../reps';
import { listSources } from '../sources';
import { createDisplay } from '../displays';
import { wallboardSnapshot } from '../wallboard/snapshot';
import { updateWorkspace } from '../workspace';
import { repLeaderboard } from '../rep-view/performance';
import { setAlias } from '../rep-view/gamification';
import { listRules, updateRule } from '../rules';
import { startDesktopNotifier } from './desktop-notifier';
import { createGoal } from './goals';
import { giveKudos } from './kudos';
import { levelOfRep } from './levels';
import { badgesEarnedToday, kudosToday, levelUpsToday, recognitionToday, topGoalProgress } from './moments';
import { markNotificationsRead, notificationFeed } from './notifications';
import { updateGameSettings } from './settings';

let ctx: TestContext;
let deliver: ReturnType<typeof genericSource>['deliver'];
let ana: number;
let bruno: number;

const today = (time = '10:00') => `2026-11-24T${time}-03:00`;
const won = (id: string, email: string, value: string, occurredAt = today()) => ({ id, type: 'deal.won', occurredAt, rep: { email }, amount: { value, currency: 'BRL' } });

beforeEach(() => {
  ctx = createTestContext();
  deliver = genericSource(ctx).deliver;
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
  bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@x.com' }).id;
});
afterEach(() => ctx.dispose());

describe('kudos', () => {
  it('points go through the log as a manual award the ledger explains; the shout-out reaches the rep and the wall', () => {
    const kudos = giveKudos(ctx, { repId: ana, message: 'Saved the Acme renewal', points: 40 });
    expect(kudos).toMatchObject({ repName: 'Ana Souza', points: 40 });
    const [event] = listEvents(ctx, { limit: 10, unmappedOnly: false }).events;
    expect(event).toMatchObject({ type: 'points.manual', repName: 'Ana Souza', points: 40, sourceName: 'Kudos' });
    expect(event?.explanations[0]?.explanation).toEqual({ kind: 'manual', reason: 'Saved the Acme renewal' });
    expect(notificationFeed(ctx, { repId: ana, limit: 5 }).items[0]?.payload).toEqual({ kind: 'kudos', kudosId: kudos.id, message: 'Saved the Acme renewal', points: 40 });
    expect(kudosToday(ctx).map((k) => [k.name, k.message])).toEqual([['Ana Souza', 'Saved the Acme renewal']]);
    // The internal source is nobody's webhook.
    expect(listSources(ctx).map((s) => s.name)).toEqual(['CRM']);
  });

  it('kudos without points move no points; a deactivated rep cannot receive kudos', () => {
    giveKudos(ctx, { repId: bruno, message: 'Great demo', points: 0 });
    expect(ctx.db.select().from(ledger).all()).toEqual([]);
    updateRep(ctx, { id: bruno, active: false });
    expect(() => giveKudos(ctx, { repId: bruno, message: 'Hi', points: 0 })).toThrow(/deactivated/);
  });

  it('points need manual awards switched on, and say so', () => {
    const manual = listRules(ctx).find((r) => r.eventType === 'points.manual');
    updateRule(ctx, { id: manual?.id ?? 0, enabled: false });
    expect(() => giveKudos(ctx, { repId: ana, message: 'Nice', points: 10 })).toThrow(/Manual awards are switched off/);
  });
});

describe('levels', () => {
  it('a level-up is recorded and told once, even when a refund takes XP back and it is reached again', () => {
    deliver([won('d1', 'ana@x.com', '100.00')]); // 51 points
    expect(levelOfRep(ctx, ana)).toMatchObject({ level: 1, xp: 51, nextLevelXp: 100 });
    deliver([won('d2', 'ana@x.com', '100.00')]); // 102 points: level 2
    expect(levelOfRep(ctx, ana).level).toBe(2);
    deliver([{ id: 'ro', type: 'deal.reopened', reverses: 'd2', occurredAt: today('11:00'), rep: { email: 'ana@x.com' } }]);
    expect(levelOfRep(ctx, ana).level).toBe(1);
    deliver([won('d3', 'ana@x.com', '100.00', today('12:00'))]);
    expect(ctx.db.select().from(levelUps).all().map((l) => l.level)).toEqual([2]);
    expect(notificationFeed(ctx, { repId: ana, limit: 20 }).items.filter((n) => n.payload.kind === 'level_up')).toHaveLength(1);
    expect(levelUpsToday(ctx).map((l) => [l.name, l.level])).toEqual([['Ana Souza', 2]]);
  });

  it('the manager can tune the curve', () => {
    deliver([won('d1', 'ana@x.com', '100.00')]);
    updateGameSettings(ctx, { levelBaseXp: 10 });
    expect(levelOfRep(ctx, ana)).toMatchObject({ level: 3, levelXp: 40, nextLevelXp: 90 });
  });
});

describe('public screens and moments', () => {
  beforeEach(() => {
    deliver([won('a', 'ana@x.com', '900.00'), won('b', 'bruno@x.com', '500.00', today('10:05'))]);
  });

  // The wallboard's first scene is the weekly points leaderboard (a new display's playlist).
  const tv = () => {
    const display = createDisplay(ctx, { name: 'TV' });
    return () => wallboardSnapshot(ctx, { id: display.id, name: 'TV', token: display.token });
  };
  const boardNames = (snapshot: ReturnType<typeof wallboardSnapshot>) => {
    const first = snapshot.scenes[0];
    return first?.kind === 'leaderboard' ? first.rows.map((r) => r.name) : [];
  };

  it('the wallboard names reps as the privacy setting says and sends only the top N', () => {
    const snapshotOf = tv();
    expect(boardNames(snapshotOf())).toEqual(['Ana Souza', 'Bruno Lima']);
    updateGameSettings(ctx, { namePrivacy: 'first_initial', publicTopN: 1 });
    const snapshot = snapshotOf();
    expect(boardNames(snapshot)).toEqual(['Ana S.']);
    // Bruno's win is still in the wins feed (it is not the bottom of a board), as "Bruno L.".
    expect(JSON.stringify(snapshot)).not.toContain('Souza');
    expect(JSON.stringify(snapshot)).not.toContain('Lima');
  });

  it('aliases are opt-in: a rep who chose one appears under it, others by first name and initial', () => {
    updateGameSettings(ctx, { namePrivacy: 'alias' });
    setAlias(ctx, bruno, 'The Closer');
    expect(boardNames(tv()())).toEqual(['Ana S.', 'The Closer']);
  });

  it("a rep's board follows the same rules, but always shows their own row, in full", () => {
    updateGameSettings(ctx, { namePrivacy: 'first_initial', publicTopN: 1 });
    const mine = repLeaderboard(ctx, bruno, 'week');
    expect(mine.rows).toEqual([{ rank: 1, name: 'Ana S.', points: 59, isMe: false, movement: null, avatarUrl: null }]);
    expect(mine.me).toEqual({ rank: 2, name: 'Bruno Lima', points: 55, isMe: true, movement: null, avatarUrl: null });
    expect(mine.total).toBe(2);
  });

  it("today's badges and recognition feed the wallboard, newest first", () => {
    giveKudos(ctx, { repId: bruno, message: 'Team player', points: 0 });
    expect(badgesEarnedToday(ctx).map((b) => [b.name, b.badgeId])).toEqual([
      ['Bruno Lima', 'first_sale'],
      ['Ana Souza', 'first_sale'],
    ]);
    expect(recognitionToday(ctx).map((r) => r.kind)).toContain('kudos');
    expect(tv()().recognition.length).toBeGreaterThanOrEqual(3);
  });

  it('top goal progress ranks goals by how far along they are', () => {
    createGoal(ctx, { scope: 'rep', repId: ana, measure: 'deals_won', period: 'week', target: 2, tiers: [100] });
    createGoal(ctx, { scope: 'rep', repId: bruno, measure: 'deals_won', period: 'week', target: 1, tiers: [100] });
    expect(topGoalProgress(ctx, 2).map((g) => [g.repName, Math.round(g.progress.percent)])).toEqual([
      ['Bruno Lima', 100],
      ['Ana Souza', 50],
    ]);
  });
});

describe('notifications', () => {
  it('the manager reads the whole feed; a rep only their own', () => {
    deliver([won('a', 'ana@x.com', '900.00'), won('b', 'bruno@x.com', '500.00')]);
    expect(notificationFeed(ctx, { limit: 10 }).items.map((n) => n.repName).sort()).toEqual(['Ana Souza', 'Bruno Lima']);
    expect(notificationFeed(ctx, { repId: ana, limit: 10 }).items.map((n) => n.repName)).toEqual(['Ana Souza']);
    expect(markNotificationsRead(ctx, ana).marked).toBe(1);
    expect(notificationFeed(ctx, { repId: ana, limit: 10 }).unread).toBe(0);
    expect(notificationFeed(ctx, { limit: 10 }).unread).toBe(2);
  });

  it('pops up on the desktop after commit, once, as the setting says', () => {
    updateWorkspace(ctx, { locale: 'en' });
    const shown: string[] = [];
    ctx.desktop = { screens: () => [], openKiosk: () => undefined, notify: (title) => shown.push(title), autostart: () => null, setAutostart: () => undefined };
    const stop = startDesktopNotifier(ctx);
    createGoal(ctx, { scope: 'rep', repId: ana, measure: 'deals_won', period: 'week', target: 1, tiers: [100] });
    deliver([won('a', 'ana@x.com', '900.00')]);
    deliver([won('a', 'ana@x.com', '900.00')]); // duplicate
    expect(shown).toEqual(['🎯 Ana Souza hit the weekly deals won goal']);
    updateGameSettings(ctx, { desktopNotify: 'all' });
    deliver([won('b', 'bruno@x.com', '900.00')]);
    expect(shown.slice(1)).toEqual(['🏆 Bruno Lima earned the First Sale badge']);
    updateGameSettings(ctx, { desktopNotify: 'off' });
    giveKudos(ctx, { repId: ana, message: 'x', points: 0 });
    deliver([won('c', 'bruno@x.com', '900.00')]);
    expect(shown).toHaveLength(2);
    stop();
  });
});
