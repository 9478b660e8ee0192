import type { PeriodKindName } from '../../../preload/contract';
import type { RepHistoryLine, RepProcedureOutput } from '../../../preload/rep-contract';
import { findEvent } from '../../../db/queries/events';
import { findRep } from '../../../db/queries/reps';
import { findTeam } from '../../../db/queries/teams';
import { ledgerOfRep } from '../../../db/queries/ledger';
import { ownerAtInstant } from '../../../db/queries/customers';
import type { Explanation } from '../../engine/scoring/explanation';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { readRepProfile } from '../../../db/queries/game';
import { ensureDefaultGoals } from '../gamification/goals';
import { levelOfRep } from '../gamification/levels';
import { publicView } from '../gamification/public-view';
import { getGameSettings } from '../gamification/settings';
import { getLeaderboard } from '../leaderboard';
import { getWorkspace } from '../workspace';
import { avatarUrls } from '../organisation/avatars';

/**
 * Who the rep is, with their level. Opening the page is also when a rep without goals
 * gets the three default ones (only the first time).
 */
export function repProfile(ctx: ServiceContext, repId: number): RepProcedureOutput<'me.profile'> {
  const rep = findRep(ctx.db, repId) ?? fail('not_found', 'This rep link no longer opens anyone.');
  ensureDefaultGoals(ctx, repId);
  const workspace = getWorkspace(ctx);
  return {
    name: rep.name,
    avatarUrl: avatarUrls(ctx).get(rep.id) ?? null,
    teamName: rep.teamId === null ? null : (findTeam(ctx.db, rep.teamId)?.name ?? null),
    workspace: { name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, baseCurrency: workspace.baseCurrency },
    level: levelOfRep(ctx, repId),
    alias: readRepProfile(ctx.db, repId)?.alias ?? null,
    namePrivacy: getGameSettings(ctx).namePrivacy,
  };
}

/**
 * The public leaderboard (what the office TV shows: names as the privacy setting allows,
 * only the top N when set), with the rep's own row marked and always available to them.
 */
export function repLeaderboard(ctx: ServiceContext, repId: number, period: PeriodKindName): RepProcedureOutput<'me.leaderboard'> {
  const board = getLeaderboard(ctx, period);
  const view = publicView(ctx);
  const rows = board.rows.map((row) => ({
    rank: row.rank,
    name: row.repId === repId ? row.name : view.name(row.repId, row.name),
    points: row.points,
    isMe: row.repId === repId,
    movement: row.movement ?? null,
    avatarUrl: row.avatarUrl,
  }));
  return { period: board.period, rows: rows.filter((r) => view.shows(r.rank)), me: rows.find((r) => r.isMe) ?? null, total: rows.length };
}

/**
 * The rep's own point lines, newest first, each with the "why". A line about a customer
 * that is in another rep's portfolio now keeps its points but not the customer's name
 * (portfolios are private, even from the rep who had the customer before).
 */
export function repHistory(ctx: ServiceContext, repId: number, limit: number): RepHistoryLine[] {
  const lines = ledgerOfRep(ctx.db, repId, limit);
  const now = ctx.now();
  const ownerNow = new Map<number, number | null>();
  const movedAway = (customerId: number | null) => {
    if (customerId === null) return false;
    if (!ownerNow.has(customerId)) ownerNow.set(customerId, ownerAtInstant(ctx.db, customerId, now));
    const owner = ownerNow.get(customerId) ?? null;
    return owner !== null && owner !== repId;
  };
  return lines.map((line) => {
    const event = findEvent(ctx.db, line.eventId);
    const moved = movedAway(event?.customerId ?? null);
    const explanation = JSON.parse(line.explanationJson) as Explanation;
    if (moved && 'customer' in explanation) delete explanation.customer;
    return {
      eventId: line.eventId,
      occurredAt: line.occurredAt,
      type: (event?.type ?? 'activity') as RepHistoryLine['type'],
      points: line.points,
      amountMinor: event?.amountMinor ?? null,
      currency: event?.currency ?? null,
      customerName: moved ? null : (event?.customerName ?? null),
      explanation,
      customerMoved: moved,
    };
  });
}
