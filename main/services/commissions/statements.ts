// Periods, statements and locking. Open periods are computed on read, so a statement is
// always up to date with the event log; locking freezes every rep's statement of the period
// (input and result) in one transaction.
import type { PeriodView, StatementView } from '../../../preload/commissions-contract';
import type { ParsedInput, ProcedureOutput } from '../../../preload/contract';
import { findAssignmentRow, insertPeriodRow, insertStatementRow, listAssignmentRows, repsWithFrozenStatements } from '../../../db/queries/commission-plans';
import { listDisputeRows } from '../../../db/queries/commission-records';
import { findRep, listReps } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { isPeriodStart, periodAt, periodOfDay, periodsBetween } from './calendar';
import { historyStart, planContext, planDataFor, repHistory, type PlanContext, type RepPeriod } from './history';
import { decodeTerms } from './plans';
import { describeWarning, periodName, periodRef, statementView, workspaceFormat } from './views';

export interface RepHistory {
  rep: { id: number; name: string };
  periods: RepPeriod[];
}

/** Every rep's history on the plan up to the period starting `untilFirstDay`. */
export function allHistories(ctx: ServiceContext, pc: PlanContext, untilFirstDay: string): RepHistory[] {
  const names = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const terms = new Map(listAssignmentRows(ctx.db, pc.planId).map((row) => [row.repId, decodeTerms(row)]));
  const repIds = [...new Set([...terms.keys(), ...repsWithFrozenStatements(ctx.db, pc.planId)])];
  const starts = repIds.map((id) => historyStart(ctx, pc, id, terms.get(id) ?? null)).filter((d): d is string => d !== null && d <= untilFirstDay);
  if (starts.length === 0) return [];
  const data = planDataFor(ctx, pc, starts.sort()[0] ?? untilFirstDay, untilFirstDay, repIds);
  return repIds
    .map((id) => ({ rep: { id, name: names.get(id) ?? '' }, periods: repHistory(ctx, pc, id, terms.get(id) ?? null, untilFirstDay, data) }))
    .sort((a, b) => a.rep.name.localeCompare(b.rep.name));
}

/** One rep's history on the plan up to `untilFirstDay` (reads only what that rep needs). */
export function oneHistory(ctx: ServiceContext, pc: PlanContext, repId: number, untilFirstDay: string): RepHistory | null {
  const row = findAssignmentRow(ctx.db, pc.planId, repId);
  const terms = row ? decodeTerms(row) : null;
  const start = historyStart(ctx, pc, repId, terms);
  if (start === null || start > untilFirstDay) return null;
  const name = findRep(ctx.db, repId)?.name ?? '';
  return { rep: { id: repId, name }, periods: repHistory(ctx, pc, repId, terms, untilFirstDay, planDataFor(ctx, pc, start, untilFirstDay, [repId])) };
}

function currentPeriod(ctx: ServiceContext, pc: PlanContext) {
  return periodAt(pc.plan.periodKind, ctx.now(), pc.calendar);
}

function requirePeriodStart(pc: PlanContext, firstDay: string): void {
  if (!isPeriodStart(pc.plan.periodKind, firstDay, pc.calendar)) {
    const period = periodOfDay(pc.plan.periodKind, firstDay, pc.calendar);
    fail('invalid_input', `${firstDay} is not the first day of a ${pc.plan.periodKind} (the period holding it starts on ${period.firstDay}).`, { path: 'firstDay' });
  }
}

export function listPeriods(ctx: ServiceContext, input: ParsedInput<'commissions.listPeriods'>): PeriodView[] {
  const pc = planContext(ctx, input.planId);
  const current = currentPeriod(ctx, pc);
  const histories = allHistories(ctx, pc, current.firstDay);
  const firstDays = [...histories.flatMap((h) => h.periods.map((p) => p.period.firstDay)), ...pc.locked.keys()].sort();
  if (firstDays.length === 0) return [];
  return periodsBetween(pc.plan.periodKind, firstDays[0] ?? current.firstDay, current.firstDay, pc.calendar)
    .map((period) => {
      const entries = histories.flatMap((h) => h.periods.filter((p) => p.period.firstDay === period.firstDay));
      return {
        ...periodRef(period, pc.locked.get(period.firstDay) ?? null),
        current: period.firstDay === current.firstDay,
        reps: entries.length,
        payoutMinor: entries.reduce((sum, e) => sum + e.statement.totals.payoutMinor, 0),
      };
    })
    .reverse();
}

/** The open periods a lock through `firstDay` freezes: every open one up to it, oldest first. */
function periodsToLock(pc: PlanContext, firstDay: string, histories: readonly RepHistory[]): string[] {
  const days = histories.flatMap((h) => h.periods.filter((p) => !p.locked && p.period.firstDay <= firstDay).map((p) => p.period.firstDay));
  return [...new Set([...days, ...(pc.locked.has(firstDay) ? [] : [firstDay])])].sort();
}

/** Why the period cannot be locked yet, in words (empty when it can). */
function lockBlockers(ctx: ServiceContext, pc: PlanContext, firstDay: string, histories: readonly RepHistory[]): string[] {
  const name = periodName(pc.plan.periodKind, firstDay);
  const period = periodOfDay(pc.plan.periodKind, firstDay, pc.calendar);
  if (pc.locked.has(firstDay)) return [`${name} is already locked.`];
  const blockers: string[] = [];
  if (period.end > ctx.now()) blockers.push(`${name} is not over yet (it ends on ${period.lastDay}); lock it once it is.`);
  const days = new Set(periodsToLock(pc, firstDay, histories));
  for (const { rep, periods } of histories) {
    for (const entry of periods.filter((p) => days.has(p.period.firstDay))) {
      for (const warning of entry.statement.warnings) blockers.push(`${periodName(pc.plan.periodKind, entry.period.firstDay)}, ${describeWarning(rep.name, warning, pc.plan)}.`);
    }
  }
  return blockers;
}

export function periodStatements(ctx: ServiceContext, input: ParsedInput<'commissions.periodStatements'>): ProcedureOutput<'commissions.periodStatements'> {
  const pc = planContext(ctx, input.planId);
  requirePeriodStart(pc, input.firstDay);
  const histories = allHistories(ctx, pc, input.firstDay);
  const disputes = listDisputeRows(ctx.db, { status: 'open', planId: pc.planId });
  const period = periodOfDay(pc.plan.periodKind, input.firstDay, pc.calendar);
  const statements = histories.flatMap(({ rep, periods }) => {
    const entry = periods.find((p) => p.period.firstDay === input.firstDay);
    if (!entry) return [];
    const open = disputes.filter((d) => d.repId === rep.id && d.periodFirstDay === input.firstDay).length;
    return [{ repId: rep.id, repName: rep.name, totals: entry.statement.totals, warnings: entry.statement.warnings, openDisputes: open }];
  });
  return {
    period: periodRef(period, pc.locked.get(input.firstDay) ?? null),
    currency: pc.plan.currency,
    statements,
    lockBlockers: lockBlockers(ctx, pc, input.firstDay, histories),
    locksAlso: periodsToLock(pc, input.firstDay, histories).filter((d) => d !== input.firstDay),
  };
}

export function repStatement(ctx: ServiceContext, input: ParsedInput<'commissions.statement'>): StatementView {
  const pc = planContext(ctx, input.planId);
  requirePeriodStart(pc, input.firstDay);
  const history = oneHistory(ctx, pc, input.repId, input.firstDay);
  const entry = history?.periods.find((p) => p.period.firstDay === input.firstDay);
  if (!history || !entry) {
    const name = findRep(ctx.db, input.repId)?.name ?? `Rep ${input.repId}`;
    fail('not_found', `${name} has no statement on "${pc.plan.name}" for ${periodName(pc.plan.periodKind, input.firstDay)}: they were not on the plan then.`);
  }
  return statementView(pc, history.rep, entry, listDisputeRows(ctx.db, { planId: pc.planId, repId: input.repId }), workspaceFormat(ctx));
}

/**
 * Locks the period, and every earlier open period with it (periods lock in order: each one
 * opens with what the previous one left), freezing each rep's statement input and result.
 */
export function lockPeriod(ctx: ServiceContext, input: ParsedInput<'commissions.lockPeriod'>): PeriodView & { lockedPeriods: string[] } {
  const view = inTransaction(ctx.db, () => {
    const pc = planContext(ctx, input.planId);
    requirePeriodStart(pc, input.firstDay);
    const histories = allHistories(ctx, pc, input.firstDay);
    const blockers = lockBlockers(ctx, pc, input.firstDay, histories);
    if (blockers.length > 0) fail('conflict', `${periodName(pc.plan.periodKind, input.firstDay)} cannot be locked: ${blockers.join(' ')}`, { blockers });
    const days = periodsToLock(pc, input.firstDay, histories);
    let target: PeriodView | null = null;
    for (const firstDay of days) {
      const period = periodOfDay(pc.plan.periodKind, firstDay, pc.calendar);
      const row = insertPeriodRow(ctx.db, { planId: pc.planId, firstDay: period.firstDay, lastDay: period.lastDay, lockedAt: ctx.now() });
      let payoutMinor = 0;
      let reps = 0;
      for (const { rep, periods } of histories) {
        const entry = periods.find((p) => p.period.firstDay === firstDay);
        if (!entry) continue;
        insertStatementRow(ctx.db, {
          periodId: row.id,
          repId: rep.id,
          inputJson: JSON.stringify(entry.input),
          resultJson: JSON.stringify(entry.statement),
          currency: entry.statement.currency,
          payoutMinor: entry.statement.totals.payoutMinor,
          createdAt: ctx.now(),
        });
        payoutMinor += entry.statement.totals.payoutMinor;
        reps += 1;
      }
      target = { ...periodRef(period, row), current: false, reps, payoutMinor };
    }
    return { ...(target ?? fail('internal', 'Nothing was locked.')), lockedPeriods: days };
  });
  ctx.bus.changed('commissions');
  return view;
}

/** The first open period of the plan that `repId` has a statement in, from `fromDay` on. */
export function firstOpenPeriodFor(ctx: ServiceContext, pc: PlanContext, repId: number, fromDay: string): string | null {
  const current = currentPeriod(ctx, pc);
  const history = oneHistory(ctx, pc, repId, current.firstDay);
  return history?.periods.find((p) => !p.locked && p.period.firstDay >= fromDay)?.period.firstDay ?? null;
}

