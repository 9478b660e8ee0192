import type { PeriodKindName } from '../../../preload/contract';
import type { RepHistoryLine, RepProcedureOutput } from '../../../preload/rep-contract';
import { findEvent } from '../../../db/queries/events';
import { findRep } from '../../../db/queries/reps';
import { findTeam } from '../../../db/queries/teams';
import { ledgerOfRep } from '../../../db/queries/ledger';
import type { Explanation } from '../../engine/scoring/explanation';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getLeaderboard } from '../leaderboard';
import { getWorkspace } from '../workspace';

export function repProfile(ctx: ServiceContext, repId: number): RepProcedureOutput<'me.profile'> {
  const rep = findRep(ctx.db, repId) ?? fail('not_found', 'This rep link no longer opens anyone.');
  const workspace = getWorkspace(ctx);
  return {
    name: rep.name,
    teamName: rep.teamId === null ? null : (findTeam(ctx.db, rep.teamId)?.name ?? null),
    workspace: { name: workspace.name, locale: workspace.locale, timeZone: workspace.timeZone, baseCurrency: workspace.baseCurrency },
  };
}

/** The public leaderboard (what the office TV shows), with the rep's own row marked. */
export function repLeaderboard(ctx: ServiceContext, repId: number, period: PeriodKindName): RepProcedureOutput<'me.leaderboard'> {
  const board = getLeaderboard(ctx, period);
  return { period: board.period, rows: board.rows.map((row) => ({ rank: row.rank, name: row.name, points: row.points, isMe: row.repId === repId })) };
}

/** The rep's own point lines, newest first, each with the "why". */
export function repHistory(ctx: ServiceContext, repId: number, limit: number): RepHistoryLine[] {
  const lines = ledgerOfRep(ctx.db, repId, limit);
  return lines.map((line) => {
    const event = findEvent(ctx.db, line.eventId);
    return {
      eventId: line.eventId,
      occurredAt: line.occurredAt,
      type: (event?.type ?? 'activity') as RepHistoryLine['type'],
      points: line.points,
      amountMinor: event?.amountMinor ?? null,
      currency: event?.currency ?? null,
      customerName: event?.customerName ?? null,
      explanation: JSON.parse(line.explanationJson) as Explanation,
    };
  });
}
