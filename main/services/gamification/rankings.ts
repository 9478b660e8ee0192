// Leaderboards by any metric, for reps or teams, over a calendar period or a custom range,
// with the tie-break setting and movement against the period before. Read only from the
// day aggregates, so the cost depends on days x reps, never on the size of the ledger.
import type { ParsedInput, Ranking, RankingRow } from '../../../preload/contract';
import { boardReps, boardTeams, type BoardRep } from '../../../db/queries/board';
import { daysBetween, isLocalDay } from '../../engine/days';
import { METRIC_KEYS, typeMetric, type LeaderboardMetric } from '../../engine/gamification/metrics';
import { movementSince, rankEntries, type Entry } from '../../engine/leaderboard';
import { customPeriod, periodContaining, rangeBefore, type Calendar, type DayRange } from '../../engine/periods';
import type { EventType } from '../../engine/event-types';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { memberIdsOf } from '../organisation/scopes';
import { getCalendar } from '../workspace';
import { getGameSettings } from './settings';
import { totalsOver, type Measure } from './totals';

/** Longest custom range: a leap year and a bit, so "this year vs last" always fits. */
export const MAX_RANGE_DAYS = 400;

export type RankingQuery = Omit<ParsedInput<'leaderboard.query'>, 'at'> & { at?: number };

/** The range a query asks for, in the workspace calendar; bad custom ranges say what to fix. */
export function resolveRange(query: Pick<RankingQuery, 'period' | 'from' | 'to' | 'at'>, calendar: Calendar, now: number): DayRange {
  if (query.period !== 'custom') return periodContaining(query.period, query.at ?? now, calendar);
  const { from, to } = query;
  if (!from || !to) fail('invalid_input', 'A custom range needs "from" and "to", the first and last day, like 2026-11-01 and 2026-11-15.', { path: from ? 'to' : 'from' });
  if (!isLocalDay(from)) fail('invalid_input', `"${from}" is not a calendar day; write it like 2026-11-01.`, { path: 'from' });
  if (!isLocalDay(to)) fail('invalid_input', `"${to}" is not a calendar day; write it like 2026-11-15.`, { path: 'to' });
  if (to < from) fail('invalid_input', `The range ends (${to}) before it starts (${from}); swap the two days.`, { path: 'to' });
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) fail('invalid_input', `A custom range can cover at most ${MAX_RANGE_DAYS} days; pick a shorter one or use "This year".`, { path: 'to' });
  return customPeriod(from, to, calendar.timeZone);
}

/**
 * The last range of each kind (and the one before it), reused while `at` stays inside it:
 * every board of every screen and TV asks for "this week" many times a minute, and working
 * out local midnights in a time zone is the costliest part of a cheap query.
 */
const recentRanges = new Map<string, { range: DayRange; previous: DayRange }>();

function rangesFor(query: Pick<RankingQuery, 'period' | 'from' | 'to' | 'at'>, calendar: Calendar, now: number): { range: DayRange; previous: DayRange } {
  const at = query.at ?? now;
  const key = `${query.period}|${query.from ?? ''}|${query.to ?? ''}|${calendar.timeZone}|${calendar.weekStart}`;
  const known = recentRanges.get(key);
  if (known && (query.period === 'custom' || (known.range.start <= at && at < known.range.end))) return known;
  const range = resolveRange(query, calendar, now);
  const entry = { range, previous: rangeBefore(range, calendar) };
  if (recentRanges.size > 64) recentRanges.clear();
  recentRanges.set(key, entry);
  return entry;
}

type Totals = Map<number, { value: number; lastAt: number }>;

/** What a leaderboard metric sums in the day aggregates. */
export function measureOf(metric: LeaderboardMetric, eventType: EventType | undefined): Measure {
  switch (metric) {
    case 'points':
      return { kind: 'points' };
    case 'revenue':
      return { kind: 'metric', metric: METRIC_KEYS.revenue };
    case 'deals_won':
      return { kind: 'metric', metric: METRIC_KEYS.dealsWon };
    case 'event_count':
      return { kind: 'metric', metric: typeMetric(eventType ?? fail('invalid_input', 'Counting events needs "eventType": which kind of event to count, e.g. quote.sent.', { path: 'eventType' })) };
  }
}

/** Each rep's total of a metric over a range of local days. */
export function totalsFor(ctx: ServiceContext, metric: LeaderboardMetric, eventType: EventType | undefined, range: { firstDay: string; lastDay: string }): Totals {
  return totalsOver(ctx, measureOf(metric, eventType), range);
}

interface Ranked extends Entry {
  teamId: number | null;
  members: number;
}

function entriesOf(reps: readonly BoardRep[], totals: Totals, groupBy: 'rep' | 'team', teamNames: Map<number, string>): Ranked[] {
  if (groupBy === 'rep') {
    return reps.map((rep) => ({ key: rep.id, name: rep.name, teamId: rep.teamId, members: 1, value: totals.get(rep.id)?.value ?? 0, lastAt: totals.get(rep.id)?.lastAt ?? 0 }));
  }
  const teams = new Map<number, Ranked>();
  for (const rep of reps) {
    if (rep.teamId === null) continue;
    const team = teams.get(rep.teamId) ?? { key: rep.teamId, name: teamNames.get(rep.teamId) ?? '', teamId: rep.teamId, members: 0, value: 0, lastAt: 0 };
    team.members += 1;
    team.value += totals.get(rep.id)?.value ?? 0;
    team.lastAt = Math.max(team.lastAt, totals.get(rep.id)?.lastAt ?? 0);
    teams.set(rep.teamId, team);
  }
  return [...teams.values()];
}

/**
 * A ranking of the active reps (or of teams, by their active reps' combined value).
 * Deactivated reps leave the board but keep their history. Movement compares with the
 * ranking of the period before, among those who were there then.
 */
export function getRanking(ctx: ServiceContext, query: RankingQuery): Ranking {
  const calendar = getCalendar(ctx);
  const settings = getGameSettings(ctx);
  const { range: period, previous } = rangesFor(query, calendar, ctx.now());
  const teams = boardTeams(ctx.db);
  if (query.teamId !== undefined && !teams.some((t) => t.id === query.teamId)) fail('not_found', `There is no team with id ${query.teamId}.`, { path: 'teamId' });
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  const members = query.scope ? memberIdsOf(ctx, query.scope) : null;
  const reps = boardReps(ctx.db).filter((r) => r.active && (query.teamId === undefined || r.teamId === query.teamId) && (members === null || members.has(r.id)));
  const current = entriesOf(reps, totalsFor(ctx, query.metric, query.eventType, period), query.groupBy, teamNames);
  // Who was on the board then: reps that existed, or that already had numbers (imported history).
  const before = totalsFor(ctx, query.metric, query.eventType, previous);
  const earlierReps = reps.filter((r) => r.createdAt < previous.end || (before.get(r.id)?.value ?? 0) !== 0);
  const earlier = entriesOf(earlierReps, before, query.groupBy, teamNames);
  const ranked = rankEntries(current, settings.tieBreak);
  const moves = movementSince(ranked, rankEntries(earlier, settings.tieBreak));
  const rows: RankingRow[] = ranked.map((r) => ({
    rank: r.rank,
    id: r.key,
    name: r.name,
    teamId: r.teamId,
    teamName: r.teamId === null ? null : (teamNames.get(r.teamId) ?? null),
    value: r.value,
    previousRank: moves.get(r.key)?.previousRank ?? null,
    movement: moves.get(r.key)?.movement ?? null,
    members: r.members,
  }));
  return {
    period,
    previous,
    metric: query.metric,
    eventType: query.metric === 'event_count' ? (query.eventType ?? null) : null,
    groupBy: query.groupBy,
    tieBreak: settings.tieBreak,
    baseCurrency: calendar.baseCurrency,
    rows,
  };
}
