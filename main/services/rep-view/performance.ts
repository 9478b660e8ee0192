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
import { getLeaderboard } from '../leaderboard';
import { getWorkspace } from '../workspace';
import { avatarUrls } from '../organisation/avatars';

export function repProfile(ctx: ServiceContext, repId: number): RepProcedureOutput<'me.profile'> {
  const rep = findRep(ctx.db, repId) ?? fail('not_found', 'This rep link no longer opens anyone.');
  const workspace = getWorkspace(ctx);
  return {
    name: rep.name,
    avatarUrl: avatarUrls(ctx).get(rep.id) ?? null,
    teamName: rep.teamId === null ? null : (findTeam(ctx.db, rep.teamId)?.name ?? null),
    workspace: { name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, baseCurrency: workspace.baseCurrency },
  };
}

/** The public leaderboard (what the office TV shows), with the rep's own row marked. */
export function repLeaderboard(ctx: ServiceContext, repId: number, period: PeriodKindName): RepProcedureOutput<'me.leaderboard'> {
  const board = getLeaderboard(ctx, period);
  return { period: board.period, rows: board.rows.map((row) => ({ rank: row.rank, name: row.name, points: row.points, isMe: row.repId === repId, avatarUrl: row.avatarUrl })) };
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
