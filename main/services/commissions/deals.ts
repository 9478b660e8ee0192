// The credited deals (or payments) of a plan's period, with the split credit and service term
// the manager entered for each. Editing either is allowed in a locked period too: that is how
// a correction reaches the next open period.
import type { DealCredit } from '../../../preload/commissions-contract';
import type { ParsedInput } from '../../../preload/contract';
import { dealTermsOf, eventsOfTypesBetween, replaceSplits, setDealTerm, splitsOfEvents } from '../../../db/queries/commission-records';
import { findEvent, type EventRow } from '../../../db/queries/events';
import { findRep, listReps } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import { creditedTypes } from '../../engine/commissions/plan';
import { validateSplit } from '../../engine/commissions/splits';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getCalendar } from '../workspace';
import { periodOfDay } from './calendar';
import { toEventRef } from './event-data';
import { requirePlan, failOnProblems } from './plans';

const CREDITABLE = new Set<string>([...creditedTypes({ creditOn: 'booking' }), ...creditedTypes({ creditOn: 'collection' })]);

function toCredit(ctx: ServiceContext, rows: readonly EventRow[]): DealCredit[] {
  const names = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const splits = splitsOfEvents(ctx.db, rows.map((r) => r.id));
  const terms = dealTermsOf(ctx.db, rows.map((r) => r.id));
  const { timeZone } = getCalendar(ctx);
  return rows.map((row) => ({
    event: toEventRef(row, timeZone),
    repId: row.repId,
    repName: row.repId === null ? null : (names.get(row.repId) ?? null),
    shares: splits
      .filter((s) => s.eventId === row.id)
      .map((s) => ({ repId: s.repId, repName: names.get(s.repId) ?? '', percent: s.percent, role: s.role, overlay: s.overlay })),
    termDays: terms.get(row.id) ?? null,
  }));
}

export function periodDeals(ctx: ServiceContext, input: ParsedInput<'commissions.periodDeals'>): DealCredit[] {
  const { plan } = requirePlan(ctx, input.planId);
  const period = periodOfDay(plan.periodKind, input.firstDay, getCalendar(ctx));
  return toCredit(ctx, eventsOfTypesBetween(ctx.db, creditedTypes(plan), period.start, period.end)).reverse();
}

function requireCreditable(ctx: ServiceContext, eventId: number): EventRow {
  const row = findEvent(ctx.db, eventId) ?? fail('not_found', `There is no event with id ${eventId}.`);
  if (!CREDITABLE.has(row.type)) fail('invalid_input', `Event #${eventId} is a ${row.type}; only deals won, payments and catalog sales carry commission credit.`, { path: 'eventId' });
  return row;
}

function creditOf(ctx: ServiceContext, eventId: number): DealCredit {
  const row = findEvent(ctx.db, eventId) ?? fail('not_found', `There is no event with id ${eventId}.`);
  return toCredit(ctx, [row])[0] ?? fail('internal', 'The deal could not be read back.');
}

export function saveSplit(ctx: ServiceContext, input: ParsedInput<'commissions.saveSplit'>): DealCredit {
  failOnProblems('The split', validateSplit(input.shares));
  inTransaction(ctx.db, () => {
    requireCreditable(ctx, input.eventId);
    input.shares.forEach((s, i) => {
      if (!findRep(ctx.db, s.repId)) fail('not_found', `There is no rep with id ${s.repId}.`, { path: `shares[${i}].repId` });
    });
    // No shares = back to the default: 100% to the event's own rep.
    replaceSplits(ctx.db, input.eventId, input.shares.map((s) => ({ repId: s.repId, percent: s.percent.trim(), role: s.role.trim(), overlay: s.overlay, updatedAt: ctx.now() })));
  });
  ctx.bus.changed('commissions');
  return creditOf(ctx, input.eventId);
}

export function saveDealTerm(ctx: ServiceContext, input: ParsedInput<'commissions.saveDealTerm'>): DealCredit {
  inTransaction(ctx.db, () => {
    requireCreditable(ctx, input.eventId);
    setDealTerm(ctx.db, input.eventId, input.termDays, ctx.now());
  });
  ctx.bus.changed('commissions');
  return creditOf(ctx, input.eventId);
}
