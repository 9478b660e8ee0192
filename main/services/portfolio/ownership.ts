// The one way a customer changes owner: claims, manual assignments and transfers,
// distributions and releases all cut the customer's ownership timeline here, log the
// change, and re-resolve the events already received after the effective instant.
import { deletePeriod, insertChange, insertChangeItem, insertPeriod, periodsOf, updateChange, updatePeriod, type ChangeRow, type CustomerRow } from '../../../db/queries/customers';
import { checkCut, latestPeriod, ownerAt } from '../../engine/ownership';
import { localDay } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { scoringSetup } from '../ingest';
import type { ScoringSetup } from '../scoring';
import { reattributeCustomer } from './reattribute';
import { getCalendar } from '../workspace';
import { loadPortfolioSettings } from './settings';

export interface OwnershipMove {
  customer: CustomerRow;
  /** null = the customer becomes unowned from the effective instant. */
  toRepId: number | null;
  /** Overrides the change's effective instant for this customer. */
  effectiveAt?: number;
}

export interface OwnershipChangeInput {
  kind: ChangeRow['kind'];
  effectiveAt: number;
  reason: string;
  strategy?: string | null;
  moves: readonly OwnershipMove[];
  /** Reuse the caller's scoring setup (ingest scores a whole delivery with one). */
  setup?: ScoringSetup;
  /** Leave events already received where they are (adopting customers of an older database). */
  keepReceivedEvents?: boolean;
}

export interface AppliedChange {
  change: ChangeRow | null;
  customers: number;
  movedEvents: number;
  movedPoints: number;
}


/**
 * Applies a change of ownership inside the caller's transaction. History stays linear: a
 * change may not start before the customer's latest period began (a conflict lists those
 * customers); starting exactly then replaces that period. Customers already with that
 * owner are left out. Returns null as change when nothing was left to do.
 */
export function applyOwnership(ctx: ServiceContext, input: OwnershipChangeInput): AppliedChange {
  const prepared: { move: OwnershipMove; at: number; fromRepId: number | null; replaceId: number | null; cutId: number | null }[] = [];
  const conflicts: { customerId: number; customer: string; latestFrom: number; latestRepId: number }[] = [];
  for (const move of input.moves) {
    const at = move.effectiveAt ?? input.effectiveAt;
    const periods = periodsOf(ctx.db, move.customer.id);
    const check = checkCut(periods, at);
    if (!check.ok) {
      conflicts.push({ customerId: move.customer.id, customer: move.customer.name, latestFrom: check.latestFrom, latestRepId: check.latestRepId });
      continue;
    }
    const latest = latestPeriod(periods);
    const fromRepId = check.replaces ? (latest?.repId ?? null) : ownerAt(periods, at);
    const stillOpen = latest !== undefined && (latest.toAt === null || latest.toAt > at);
    if (move.toRepId !== null && fromRepId === move.toRepId && latest?.toAt === null) continue;
    if (move.toRepId === null && !stillOpen) continue;
    prepared.push({
      move,
      at,
      fromRepId,
      replaceId: check.replaces && latest ? latest.id : null,
      cutId: !check.replaces && stillOpen && latest ? latest.id : null,
    });
  }
  if (conflicts.length > 0) {
    const { timeZone } = getCalendar(ctx);
    const formatDay = (at: number) => (at <= 0 ? 'its first event' : localDay(at, timeZone));
    const listed = conflicts
      .slice(0, 5)
      .map((c) => `${c.customer} (changed owner on ${formatDay(c.latestFrom)})`)
      .join(', ');
    fail(
      'conflict',
      `${conflicts.length === 1 ? 'One customer has' : `${conflicts.length} customers have`} a later change of owner than the date you chose: ${listed}${conflicts.length > 5 ? ', …' : ''}. Choose a date on or after that change.`,
      { path: 'effective', conflicts },
    );
  }
  if (prepared.length === 0) return { change: null, customers: 0, movedEvents: 0, movedPoints: 0 };

  const targets = new Set(prepared.map((p) => p.move.toRepId));
  const change = insertChange(ctx.db, {
    kind: input.kind,
    toRepId: targets.size === 1 ? ([...targets][0] ?? null) : null,
    effectiveAt: input.effectiveAt,
    reason: input.reason,
    strategy: input.strategy ?? null,
    customerCount: prepared.length,
    movedEvents: 0,
    movedPoints: 0,
    actor: ctx.actor ?? 'system',
    createdAt: ctx.now(),
  });
  const setup = input.setup ?? scoringSetup(ctx);
  const policy = loadPortfolioSettings(ctx).creditTo;
  let movedEvents = 0;
  let movedPoints = 0;
  for (const p of prepared) {
    const customerId = p.move.customer.id;
    if (p.replaceId !== null) {
      if (p.move.toRepId === null) deletePeriod(ctx.db, p.replaceId);
      else updatePeriod(ctx.db, p.replaceId, { repId: p.move.toRepId, toAt: null });
    } else {
      if (p.cutId !== null) updatePeriod(ctx.db, p.cutId, { toAt: p.at });
      if (p.move.toRepId !== null) insertPeriod(ctx.db, { customerId, repId: p.move.toRepId, fromAt: p.at, toAt: null });
    }
    insertChangeItem(ctx.db, { changeId: change.id, customerId, fromRepId: p.fromRepId, toRepId: p.move.toRepId });
    if (input.keepReceivedEvents) continue;
    const stats = reattributeCustomer(ctx, setup, policy, customerId, p.at);
    movedEvents += stats.events;
    movedPoints += stats.points;
  }
  if (movedEvents > 0) updateChange(ctx.db, change.id, { movedEvents, movedPoints });
  return { change: { ...change, movedEvents, movedPoints }, customers: prepared.length, movedEvents, movedPoints };
}
