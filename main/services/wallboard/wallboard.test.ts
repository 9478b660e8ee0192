import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SceneConfig, SceneView } from '../../../preload/contract';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { parseGenericBody } from '../../ingest/generic/parse';
import { createDisplay } from '../displays';
import { ingestEvents } from '../ingest';
import { createRep, updateRep } from '../reps';
import { createSource, requireSource } from '../sources';
import { createTeam } from '../teams';
import { createGoal, updateGoal } from '../gamification/goals';
import { saveCelebrations } from './celebration-settings';
import { forDisplay, momentsForEvents } from './celebrations';
import { DEFAULT_SETTINGS, getDisplayConfig, savePlaylist } from './config';
import { wallboardSnapshot } from './snapshot';

let ctx: TestContext;
let sourceId: string;
let display: { id: number; name: string; token: string };

function deliver(events: object[]) {
  const parsed = parseGenericBody(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
}

function scene<K extends SceneView['kind']>(config: SceneConfig, kind: K, privacy: 'full' | 'first_initial' = 'full'): Extract<SceneView, { kind: K }> {
  const [view] = wallboardSnapshot(ctx, display, { scenes: [{ ...config, id: 1 }], privacy }).scenes;
  if (view?.kind !== kind) throw new Error(`expected a ${kind} scene`);
  return view as Extract<SceneView, { kind: K }>;
}

const won = (id: string, email: string, value: string, at = '2026-11-24T10:00:00-03:00') => ({ id, type: 'deal.won', occurredAt: at, rep: { email }, amount: { value, currency: 'BRL' }, customer: { id: `c-${id}`, name: `Customer ${id}` } });

beforeEach(() => {
  ctx = createTestContext();
  sourceId = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
  const created = createDisplay(ctx, { name: 'Office TV' });
  display = { id: created.id, name: 'Office TV', token: created.token };
  createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' });
  createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' });
});
afterEach(() => ctx.dispose());

describe('a new display', () => {
  it('starts with the weekly leaderboard, the wins feed and today’s leaderboard, and default settings', () => {
    const config = getDisplayConfig(ctx, display.id, (t) => `/wall/${t}`);
    expect(config.scenes.map((s) => s.kind)).toEqual(['leaderboard', 'wins', 'leaderboard']);
    expect(config.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('savePlaylist', () => {
  it('keeps the order given and refuses a contest that ends before it starts or a count without its event type', () => {
    const saved = savePlaylist(ctx, {
      displayId: display.id,
      scenes: [
        { kind: 'announcement', durationSeconds: 10, settings: { title: 'Lunch at noon', message: '', tone: 'info' } },
        { kind: 'leaderboard', durationSeconds: 20, settings: { period: 'month', metric: 'deals_won', limit: 5 } },
      ],
    });
    expect(saved.map((s) => s.kind)).toEqual(['announcement', 'leaderboard']);
    const contest = { kind: 'contest' as const, durationSeconds: 20, settings: { title: 'Sprint', metric: 'points' as const, startsAt: '2026-11-30T00:00:00Z', endsAt: '2026-11-20T00:00:00Z', limit: 5 } };
    expect(() => savePlaylist(ctx, { displayId: display.id, scenes: [contest] })).toThrow(/must end after it starts/);
    const count = { kind: 'leaderboard' as const, durationSeconds: 20, settings: { period: 'week' as const, metric: 'event_count' as const, limit: 5 } };
    expect(() => savePlaylist(ctx, { displayId: display.id, scenes: [count] })).toThrow(/choose which event type/);
    // Nothing half-written: the earlier playlist is intact.
    expect(getDisplayConfig(ctx, display.id, (t) => t).scenes.map((s) => s.kind)).toEqual(['announcement', 'leaderboard']);
  });
});

describe('scene data', () => {
  beforeEach(() => {
    deliver([
      won('w1', 'ana@example.com', '1000.00'),
      won('w2', 'ana@example.com', '2500.50'),
      won('w3', 'bruno@example.com', '3000.00'),
      { id: 'q1', type: 'quote.sent', occurredAt: '2026-11-24T09:00:00-03:00', rep: { email: 'bruno@example.com' } },
      // Ana's second deal is reopened: its value and its count go away.
      { id: 'r2', type: 'deal.reopened', occurredAt: '2026-11-24T11:00:00-03:00', rep: { email: 'ana@example.com' }, reverses: 'w2' },
    ]);
  });

  it('ranks revenue net of reopened deals, exact to the cent, in the base currency', () => {
    const view = scene({ kind: 'leaderboard', durationSeconds: 30, settings: { period: 'week', metric: 'revenue', limit: 10 } }, 'leaderboard');
    expect(view.unit).toBe('money');
    expect(view.currency).toBe('BRL');
    expect(view.rows.map((r) => [r.name, r.value])).toEqual([
      ['Bruno Lima', 300_000],
      ['Ana Souza', 100_000],
    ]);
  });

  it('counts deals won less reopened ones, and events of a chosen type', () => {
    const deals = scene({ kind: 'leaderboard', durationSeconds: 30, settings: { period: 'day', metric: 'deals_won', limit: 10 } }, 'leaderboard');
    expect(deals.rows.map((r) => [r.name, r.value])).toEqual([
      ['Ana Souza', 1],
      ['Bruno Lima', 1],
    ]);
    const quotes = scene({ kind: 'leaderboard', durationSeconds: 30, settings: { period: 'day', metric: 'event_count', eventType: 'quote.sent', limit: 10 } }, 'leaderboard');
    expect(quotes.rows[0]).toMatchObject({ name: 'Bruno Lima', value: 1, rank: 1 });
  });

  it('lists recent wins newest first without the reopened one, with points and customer, names per privacy', () => {
    const view = scene({ kind: 'wins', durationSeconds: 20, settings: { limit: 6, showCustomer: true } }, 'wins', 'first_initial');
    // Same instant: the later delivery is the newer win.
    expect(view.items.map((w) => [w.name, w.amountMinor, w.customer, w.points])).toEqual([
      ['Bruno L.', 300_000, 'Customer w3', 80],
      ['Ana S.', 100_000, 'Customer w1', 60],
    ]);
    const hidden = scene({ kind: 'wins', durationSeconds: 20, settings: { limit: 6, showCustomer: false } }, 'wins');
    expect(hidden.items.every((w) => w.customer === null)).toBe(true);
  });

  it('totals each team and can limit a leaderboard to one team', () => {
    const north = createTeam(ctx, { name: 'North' });
    const south = createTeam(ctx, { name: 'South' });
    const [ana, bruno] = ctx.db.$client.prepare('SELECT id FROM reps ORDER BY id').all() as { id: number }[];
    updateRep(ctx, { id: ana?.id ?? 0, teamId: north.id });
    updateRep(ctx, { id: bruno?.id ?? 0, teamId: south.id });
    const teams = scene({ kind: 'teams', durationSeconds: 20, settings: { period: 'week', metric: 'revenue' } }, 'teams');
    expect(teams.teams.map((t) => [t.name, t.value, t.members, t.goal])).toEqual([
      ['South', 300_000, 1, null],
      ['North', 100_000, 1, null],
    ]);
    const northOnly = scene({ kind: 'leaderboard', durationSeconds: 20, settings: { period: 'week', metric: 'points', limit: 10, teamId: north.id } }, 'leaderboard');
    expect(northOnly.rows.map((r) => r.name)).toEqual(['Ana Souza']);
  });

  it('shows each team against its running goal for the scene’s metric and period', () => {
    const north = createTeam(ctx, { name: 'North' });
    const south = createTeam(ctx, { name: 'South' });
    const [ana, bruno] = ctx.db.$client.prepare('SELECT id FROM reps ORDER BY id').all() as { id: number }[];
    updateRep(ctx, { id: ana?.id ?? 0, teamId: north.id });
    updateRep(ctx, { id: bruno?.id ?? 0, teamId: south.id });
    createGoal(ctx, { scope: 'team', teamId: north.id, measure: 'revenue', period: 'week', target: 400_000, tiers: [100] });
    // Another period, and a paused goal: neither is this scene's goal.
    createGoal(ctx, { scope: 'team', teamId: south.id, measure: 'revenue', period: 'month', target: 900_000, tiers: [100] });
    const paused = createGoal(ctx, { scope: 'team', teamId: south.id, measure: 'revenue', period: 'week', target: 500_000, tiers: [100] });
    updateGoal(ctx, { id: paused.id, paused: true });
    const teams = scene({ kind: 'teams', durationSeconds: 20, settings: { period: 'week', metric: 'revenue' } }, 'teams');
    expect(teams.teams.map((t) => [t.name, t.value, t.goal])).toEqual([
      ['South', 300_000, null],
      ['North', 100_000, 400_000],
    ]);
  });

  it('ranks a contest only on what happened inside its window', () => {
    deliver([won('late', 'ana@example.com', '9000.00', '2026-11-24T11:59:00-03:00')]);
    const contest = scene(
      { kind: 'contest', durationSeconds: 20, settings: { title: 'Morning', metric: 'revenue', startsAt: '2026-11-24T09:30:00-03:00', endsAt: '2026-11-24T11:30:00-03:00', limit: 5 } },
      'contest',
    );
    expect(contest.rows.map((r) => [r.name, r.value])).toEqual([
      ['Bruno Lima', 300_000],
      ['Ana Souza', 100_000],
    ]);
  });
});

describe('celebrations', () => {
  it('celebrates fresh wins by the matching rule, with the rep’s own sound, and not old or unmatched events', () => {
    const bruno = ctx.db.$client.prepare("SELECT id FROM reps WHERE name = 'Bruno Lima'").get() as { id: number };
    saveCelebrations(ctx, {
      rules: [
        { eventType: 'deal.won', minAmountMinor: 0, sound: 'fanfare', enabled: true },
        { eventType: 'deal.won', minAmountMinor: 1_000_000, sound: 'triumph', enabled: true },
      ],
      repSounds: [{ repId: bruno.id, sound: 'cash' }],
    });
    const result = deliver([
      won('small', 'ana@example.com', '500.00', '2026-11-24T11:55:00-03:00'),
      won('big', 'ana@example.com', '15000.00', '2026-11-24T11:56:00-03:00'),
      won('bruno', 'bruno@example.com', '700.00', '2026-11-24T11:57:00-03:00'),
      { id: 'quote', type: 'quote.sent', occurredAt: '2026-11-24T11:58:00-03:00', rep: { email: 'ana@example.com' } },
      won('backdated', 'ana@example.com', '800.00', '2026-11-20T10:00:00-03:00'),
    ]);
    const moments = momentsForEvents(ctx, result.outcomes.flatMap((o) => (o.eventId === null ? [] : [o.eventId])));
    expect(moments.map((m) => [m.name, m.amountMinor, m.sound])).toEqual([
      ['Ana Souza', 50_000, 'fanfare'],
      ['Ana Souza', 1_500_000, 'triumph'],
      ['Bruno Lima', 70_000, 'cash'],
    ]);
    expect(moments[1]).toMatchObject({ kind: 'win', size: 'major', eventType: 'deal.won', currency: 'BRL', points: 50 + 150, customer: 'Customer big' });
  });

  it('plays each display’s way: privacy, mute, volume and quiet hours in the workspace time zone', () => {
    const result = deliver([won('w', 'ana@example.com', '500.00', '2026-11-24T11:55:00-03:00')]);
    const [moment] = momentsForEvents(ctx, result.outcomes.flatMap((o) => (o.eventId === null ? [] : [o.eventId])));
    if (!moment) throw new Error('no moment');
    // 15:00 UTC is 12:00 in São Paulo.
    const noon = Date.parse('2026-11-24T15:00:00Z');
    expect(forDisplay(moment, DEFAULT_SETTINGS, noon, 'America/Sao_Paulo')).toMatchObject({ name: 'Ana Souza', sound: 'fanfare', volume: 0.7, customer: 'Customer w' });
    expect(forDisplay(moment, { ...DEFAULT_SETTINGS, privacy: 'first_initial' }, noon, 'America/Sao_Paulo')).toMatchObject({ name: 'Ana S.', customer: null });
    expect(forDisplay(moment, { ...DEFAULT_SETTINGS, quietHours: { from: '11:30', to: '13:00' } }, noon, 'America/Sao_Paulo')?.sound).toBeNull();
    expect(forDisplay(moment, { ...DEFAULT_SETTINGS, quietHours: { from: '11:30', to: '13:00' } }, noon, 'UTC')?.sound).toBe('fanfare');
    expect(forDisplay(moment, { ...DEFAULT_SETTINGS, sound: false }, noon, 'UTC')?.sound).toBeNull();
    expect(forDisplay(moment, { ...DEFAULT_SETTINGS, celebrations: false }, noon, 'UTC')).toBeNull();
  });

  it('refuses a rule list that repeats a rule or names an unknown rep, and keeps the old one', () => {
    const rule = { eventType: 'deal.won' as const, minAmountMinor: 0, sound: 'fanfare' as const, enabled: true };
    expect(() => saveCelebrations(ctx, { rules: [rule, rule], repSounds: [] })).toThrow(/repeats another rule/);
    expect(() => saveCelebrations(ctx, { rules: [rule], repSounds: [{ repId: 999, sound: 'cash' }] })).toThrow(/no rep with id 999/);
  });
});
