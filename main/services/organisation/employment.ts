// Hire and leave: the rep's employment history, and what leaving does to their portfolio,
// their private link and the leaderboards (a rep who left is inactive and ranks nowhere,
// but keeps their history).
import { and, desc, eq } from 'drizzle-orm';
import type { EmploymentEntry, ParsedInput } from '../../../preload/contract';
import { openPortfolioOf, periodsOf } from '../../../db/queries/customers';
import { revokeLinksOfRep } from '../../../db/queries/rep-links';
import { findRep, updateRepRow, type RepRow } from '../../../db/queries/reps';
import { repEmployment } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { dayStart, isLocalDay, nextDay } from '../../engine/local-days';
import { latestPeriod } from '../../engine/ownership';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { applyOwnership } from '../portfolio/ownership';
import { getCalendar } from '../workspace';

function requireDay(day: string, path: string): void {
  if (!isLocalDay(day)) fail('invalid_input', `"${day}" is not a calendar day; write it as YYYY-MM-DD.`, { path });
}

/** Records a hire on `day`; a start date corrected before anything else happened replaces the last hire. */
export function recordHire(ctx: ServiceContext, repId: number, day: string): void {
  requireDay(day, 'startDate');
  const last = ctx.db.select().from(repEmployment).where(eq(repEmployment.repId, repId)).orderBy(desc(repEmployment.id)).get();
  if (last?.kind === 'hired') ctx.db.update(repEmployment).set({ day }).where(eq(repEmployment.id, last.id)).run();
  else ctx.db.insert(repEmployment).values({ repId, kind: 'hired', day, note: null, createdAt: ctx.now() }).run();
}

export function listEmployment(ctx: ServiceContext, repId: number): EmploymentEntry[] {
  if (!findRep(ctx.db, repId)) fail('not_found', `There is no rep with id ${repId}.`);
  return ctx.db
    .select({ kind: repEmployment.kind, day: repEmployment.day, note: repEmployment.note, createdAt: repEmployment.createdAt })
    .from(repEmployment)
    .where(and(eq(repEmployment.repId, repId)))
    .orderBy(repEmployment.day, repEmployment.id)
    .all();
}

const working = (rep: RepRow) => rep.active && rep.leftOn === null;

/**
 * A rep leaves after `lastDay`: they become inactive, their private link stops working,
 * and their customers go to `handoverToRepId` from the next day (events until the last day
 * stay theirs), or become unowned for distribution. One transaction.
 */
export function leaveRep(ctx: ServiceContext, input: ParsedInput<'reps.leave'>): { id: number; customersHandedOver: number; movedEvents: number } {
  requireDay(input.lastDay, 'lastDay');
  const result = inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.id) ?? fail('not_found', `There is no rep with id ${input.id}.`);
    if (rep.leftOn !== null) fail('conflict', `${rep.name} already left on ${rep.leftOn}.`);
    if (rep.startDate && input.lastDay < rep.startDate) fail('invalid_input', `${rep.name} started on ${rep.startDate}; the last day cannot be before that.`, { path: 'lastDay' });
    let heir: RepRow | null = null;
    if (input.handoverToRepId !== undefined) {
      heir = findRep(ctx.db, input.handoverToRepId) ?? fail('not_found', `There is no rep with id ${input.handoverToRepId}.`, { path: 'handoverToRepId' });
      if (heir.id === rep.id) fail('invalid_input', 'Choose another rep to take over the customers.', { path: 'handoverToRepId' });
      if (!working(heir)) fail('conflict', `${heir.name} is not active; choose an active rep to take over the customers.`, { path: 'handoverToRepId' });
    }
    const updated = updateRepRow(ctx.db, rep.id, { active: false, leftOn: input.lastDay }) as RepRow;
    ctx.db.insert(repEmployment).values({ repId: rep.id, kind: 'left', day: input.lastDay, note: input.reason || null, createdAt: ctx.now() }).run();
    revokeLinksOfRep(ctx.db, rep.id, ctx.now());

    const effectiveAt = dayStart(nextDay(input.lastDay), getCalendar(ctx).timeZone);
    const applied = applyOwnership(ctx, {
      kind: heir ? 'transfer' : 'release',
      effectiveAt,
      reason: input.reason || `${rep.name} left (last day ${input.lastDay})`,
      moves: openPortfolioOf(ctx.db, rep.id).map((customer) => {
        // A customer that only became theirs after the last day changes hands when it became theirs.
        const since = latestPeriod(periodsOf(ctx.db, customer.id))?.fromAt ?? effectiveAt;
        return { customer, toRepId: heir?.id ?? null, effectiveAt: Math.max(effectiveAt, since) };
      }),
    });
    audit(ctx, {
      action: 'rep.leave',
      entity: { type: 'rep', id: rep.id, label: rep.name },
      before: { active: rep.active, leftOn: rep.leftOn },
      after: { active: updated.active, leftOn: updated.leftOn, reason: input.reason || null, customersTo: heir?.name ?? 'unowned', customers: applied.customers, movedEvents: applied.movedEvents },
    });
    return { id: rep.id, customersHandedOver: heir ? applied.customers : 0, movedEvents: applied.movedEvents };
  });
  ctx.bus.changed('reps', 'repLinks', 'customers', 'events', 'ledger', 'audit');
  return result;
}

/** A rep who left comes back: active again, with a new start date in their history. */
export function rehireRep(ctx: ServiceContext, input: ParsedInput<'reps.rehire'>): { id: number } {
  requireDay(input.startDate, 'startDate');
  inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.id) ?? fail('not_found', `There is no rep with id ${input.id}.`);
    if (rep.leftOn === null) fail('conflict', `${rep.name} has not left; change the start date on the rep instead.`);
    if (input.startDate <= rep.leftOn) fail('invalid_input', `${rep.name} left on ${rep.leftOn}; the new start date must be after that.`, { path: 'startDate' });
    updateRepRow(ctx.db, rep.id, { active: true, leftOn: null, startDate: input.startDate });
    ctx.db.insert(repEmployment).values({ repId: rep.id, kind: 'hired', day: input.startDate, note: null, createdAt: ctx.now() }).run();
    audit(ctx, { action: 'rep.rehire', entity: { type: 'rep', id: rep.id, label: rep.name }, before: { active: rep.active, leftOn: rep.leftOn, startDate: rep.startDate }, after: { active: true, leftOn: null, startDate: input.startDate } });
  });
  ctx.bus.changed('reps', 'audit');
  return { id: input.id };
}
