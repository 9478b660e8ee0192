// Each scene's data, read from the ledger and the event log at the moment of the snapshot.
import type { Metric, SceneConfig, SceneView, TeamTotal, Unit, WinItem } from '../../../preload/contract';
import { activeRepTeams, recentWins, type MetricQuery, type RepMetricTotal } from '../../../db/queries/metrics';
import { contestTotals } from './contest-totals';
import type { Db } from '../../../db/open';
import { isEventType, type EventType } from '../../engine/event-types';
import { localDay, periodContaining, type Calendar, type PeriodKind } from '../../engine/periods';
import { splitByMonths } from '../../engine/days';
import { totalsByRep } from '../../../db/queries/ranges';
import { measureOf } from '../gamification/rankings';
import { listGoalRows } from '../../../db/queries/goals';
import { publicName, type NamePrivacy } from '../../engine/wallboard/privacy';
import type { PublicView } from '../gamification/public-view';
import { rankMetric } from '../../engine/wallboard/metrics';

/** What the recent wins feed lists. */
export const WIN_TYPES = ['deal.won', 'payment.confirmed', 'catalog.sale', 'followup.converted'] as const;
const WINS_LOOKBACK_MS = 30 * 24 * 3600_000;

export interface SceneEnv {
  db: Db;
  now: number;
  calendar: Calendar;
  baseCurrency: string;
  privacy: NamePrivacy;
  /** Totals already read in this round of snapshots (several TVs often show the same scene). */
  memo: Map<string, unknown>;
  /** Rep id -> uploaded picture path. */
  avatars: ReadonlyMap<number, string>;
  /** The workspace's rules for public screens: names (full, first name + initial, aliases) and top N. */
  view: PublicView;
}

/**
 * A name as this TV shows it: the workspace's privacy first (it may give an alias), then the
 * display's own, which can only hide more (first name and initial instead of a full name).
 */
export function tvName(view: PublicView, privacy: NamePrivacy, repId: number, fullName: string): string {
  const name = view.name(repId, fullName);
  return privacy === 'first_initial' && name === fullName ? publicName(fullName, 'first_initial') : name;
}

function memoized<T>(env: SceneEnv, key: string, read: () => T): T {
  if (env.memo.has(key)) return env.memo.get(key) as T;
  const value = read();
  env.memo.set(key, value);
  return value;
}

export function unitOf(metric: Metric): Unit {
  return metric === 'points' ? 'points' : metric === 'revenue' ? 'money' : 'count';
}

type MetricSettings = { period: PeriodKind; metric: Metric; eventType?: string | undefined };

/** The event type an `event_count` scene counts (a deal won when none valid is set). */
function countedType(eventType: string | undefined): EventType {
  return eventType && isEventType(eventType) ? eventType : 'deal.won';
}

function metricQuery(metric: Metric, eventType: string | undefined, baseCurrency: string): MetricQuery {
  switch (metric) {
    case 'points':
      return { metric };
    case 'revenue':
      return { metric, baseCurrency };
    case 'deals_won':
      return { metric };
    case 'event_count':
      return { metric, eventType: countedType(eventType) };
  }
}

function totalsInRange(env: SceneEnv, metric: Metric, eventType: string | undefined, start: number, end: number): RepMetricTotal[] {
  const query = metricQuery(metric, eventType, env.baseCurrency);
  return memoized(env, `m:${JSON.stringify(query)}:${start}:${end}`, () => {
    return perActiveRep(env, contestTotals(env.db, query, start, end, env.calendar.timeZone));
  });
}

/** Every active rep with their total (0 when they have none). */
function perActiveRep(env: SceneEnv, byRep: ReadonlyMap<number, { value: number; lastAt: number }>): RepMetricTotal[] {
  return teamsOf(env).map(({ repId, name }) => ({ repId, name, value: byRep.get(repId)?.value ?? 0, lastAt: byRep.get(repId)?.lastAt ?? 0 }));
}

/** Names per privacy, pictures, and only the ranks the workspace lets public screens show (top N). */
function named<T extends { name: string; repId: number; rank: number }>(env: SceneEnv, rows: T[]): (T & { avatarUrl: string | null })[] {
  return rows.filter((r) => env.view.shows(r.rank)).map((r) => ({ ...r, name: tvName(env.view, env.privacy, r.repId, r.name), avatarUrl: env.avatars.get(r.repId) ?? null }));
}

/** A period's totals from the day aggregates: the very numbers the manager's leaderboard shows. */
function periodTotals(env: SceneEnv, settings: MetricSettings) {
  const period = periodContaining(settings.period, env.now, env.calendar);
  const firstDay = localDay(period.start, env.calendar.timeZone);
  const lastDay = localDay(period.end - 1, env.calendar.timeZone);
  const measure = measureOf(settings.metric, settings.metric === 'event_count' ? countedType(settings.eventType) : undefined);
  const byRep = memoized(env, `d:${JSON.stringify(measure)}:${firstDay}:${lastDay}`, () => new Map(totalsByRep(env.db, measure, splitByMonths(firstDay, lastDay)).map((r) => [r.repId, r])));
  return { period, totals: perActiveRep(env, byRep) };
}

function teamsOf(env: SceneEnv) {
  return memoized(env, 'teams', () => activeRepTeams(env.db));
}

/**
 * The target of the team's running goal for the scene's metric and period (the manager's
 * Goals screen), or null when it has none: a paused goal is not shown.
 */
function teamGoal(env: SceneEnv, teamId: number, settings: MetricSettings): number | null {
  const goals = memoized(env, 'goals', () => listGoalRows(env.db));
  const goal = goals.find(
    (g) =>
      g.scope === 'team' &&
      g.teamId === teamId &&
      !g.paused &&
      g.measure === settings.metric &&
      g.period === settings.period &&
      (settings.metric !== 'event_count' || g.eventType === countedType(settings.eventType)),
  );
  return goal ? goal.target : null;
}

/** Each team's total: the sum over its active reps (reps without a team are left out), with its goal. */
function teamTotals(env: SceneEnv, totals: readonly RepMetricTotal[], settings: MetricSettings): TeamTotal[] {
  const byRep = new Map(totals.map((t) => [t.repId, t.value]));
  const teams = new Map<number, TeamTotal>();
  for (const { repId, teamId, teamName } of teamsOf(env)) {
    if (teamId === null) continue;
    const team = teams.get(teamId) ?? { teamId, name: teamName ?? '', members: 0, value: 0, goal: teamGoal(env, teamId, settings) };
    team.members += 1;
    team.value += byRep.get(repId) ?? 0;
    teams.set(teamId, team);
  }
  return [...teams.values()].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}

export function buildSceneView(env: SceneEnv, scene: SceneConfig & { id: number }): SceneView {
  const base = { id: scene.id, durationSeconds: scene.durationSeconds };
  switch (scene.kind) {
    case 'leaderboard': {
      const { settings } = scene;
      const { period, totals } = periodTotals(env, settings);
      const members = settings.teamId === undefined ? null : new Set(teamsOf(env).filter((r) => r.teamId === settings.teamId).map((r) => r.repId));
      const shown = members ? totals.filter((t) => members.has(t.repId)) : totals;
      return { ...base, kind: 'leaderboard', settings, period, unit: unitOf(settings.metric), currency: env.baseCurrency, rows: named(env, rankMetric(shown, settings.limit)) };
    }
    case 'teams': {
      const { settings } = scene;
      const { period, totals } = periodTotals(env, settings);
      return { ...base, kind: 'teams', settings, period, unit: unitOf(settings.metric), currency: env.baseCurrency, teams: teamTotals(env, totals, settings) };
    }
    case 'contest': {
      const { settings } = scene;
      const totals = totalsInRange(env, settings.metric, settings.eventType, Date.parse(settings.startsAt), Date.parse(settings.endsAt));
      return { ...base, kind: 'contest', settings, unit: unitOf(settings.metric), currency: env.baseCurrency, rows: named(env, rankMetric(totals, settings.limit)) };
    }
    case 'wins': {
      const wins = memoized(env, 'wins', () => recentWins(env.db, WIN_TYPES, env.now - WINS_LOOKBACK_MS, 8));
      const items: WinItem[] = wins.slice(0, scene.settings.limit).map((w) => ({
        ...w,
        type: isEventType(w.type) ? w.type : 'deal.won',
        name: tvName(env.view, env.privacy, w.repId, w.name),
        avatarUrl: env.avatars.get(w.repId) ?? null,
        customer: scene.settings.showCustomer ? w.customer : null,
      }));
      return { ...base, kind: 'wins', settings: scene.settings, items };
    }
    case 'announcement':
      return { ...base, kind: 'announcement', settings: scene.settings };
  }
}
