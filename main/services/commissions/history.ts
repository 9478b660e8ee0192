// A rep's statements on a plan, period by period from the start of their assignment. Locked
// periods are read back as frozen; each is also recomputed from its frozen plan and terms
// with today's data, so late events and changed splits become correction lines in the first
// open period. Open periods are computed live, each opening with what the previous one
// left (a negative balance, an outstanding draw).
import { adjustmentsOf } from '../../../db/queries/commission-records';
import { frozenStatementsOfRep, lockedPeriodRows, type PeriodRow } from '../../../db/queries/commission-plans';
import { correctionLines, type LockedPeriod } from '../../engine/commissions/corrections';
import { calculateEarnings } from '../../engine/commissions/earnings';
import type { Assignment, CommissionPlan } from '../../engine/commissions/plan';
import { calculateStatement } from '../../engine/commissions/statement';
import type { Opening, Statement, StatementInput, StatementLine } from '../../engine/commissions/statement-types';
import type { Calendar } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { getCalendar } from '../workspace';
import { periodOfDay, periodsBetween, type PlanPeriod } from './calendar';
import { loadPlanData, repEventsIn, repReversalsIn, type PlanData } from './event-data';
import { requirePlan } from './plans';

export interface PlanContext {
  planId: number;
  plan: CommissionPlan;
  calendar: Calendar;
  locked: Map<string, PeriodRow>;
}

export interface RepPeriod {
  period: PlanPeriod;
  locked: PeriodRow | null;
  statement: Statement;
  input: StatementInput;
}

export function planContext(ctx: ServiceContext, planId: number): PlanContext {
  const { plan } = requirePlan(ctx, planId);
  return { planId, plan, calendar: getCalendar(ctx), locked: new Map(lockedPeriodRows(ctx.db, planId).map((p) => [p.firstDay, p])) };
}

export function covers(terms: Assignment, period: { firstDay: string; lastDay: string }): boolean {
  return terms.startDay <= period.lastDay && (terms.endDay === null || terms.endDay >= period.firstDay);
}

const ZERO_OPENING: Opening = { carryMinor: 0, carryFrom: null, drawOutstandingMinor: 0 };

/** Loads the plan's events once for the reps' histories up to `untilFirstDay` (only theirs: one rep's statement reads one rep's events). */
export function planDataFor(ctx: ServiceContext, pc: PlanContext, fromDay: string, untilFirstDay: string, repIds: readonly number[]): PlanData {
  const periods = periodsBetween(pc.plan.periodKind, fromDay, untilFirstDay, pc.calendar);
  const first = periods[0] ?? periodOfDay(pc.plan.periodKind, untilFirstDay, pc.calendar);
  const last = periods[periods.length - 1] ?? first;
  return loadPlanData(ctx, pc.plan, pc.calendar, first.start, last.end, repIds);
}

export function historyStart(ctx: ServiceContext, pc: PlanContext, repId: number, terms: Assignment | null): string | null {
  const frozenDays = [...frozenStatementsOfRep(ctx.db, pc.planId, repId).keys()].sort();
  const candidates = [...(terms ? [terms.startDay] : []), ...(frozenDays[0] ? [frozenDays[0]] : [])].sort();
  return candidates[0] ?? null;
}

export function repHistory(ctx: ServiceContext, pc: PlanContext, repId: number, terms: Assignment | null, untilFirstDay: string, data: PlanData): RepPeriod[] {
  const start = historyStart(ctx, pc, repId, terms);
  if (start === null) return [];
  const frozen = frozenStatementsOfRep(ctx.db, pc.planId, repId);
  const adjustments = adjustmentsOf(ctx.db, pc.planId, repId);
  const startPeriod = terms ? periodOfDay(pc.plan.periodKind, terms.startDay, pc.calendar).firstDay : null;
  const paid = new Map<number, string>();
  const remember = (byEvent: Record<string, string>) => Object.entries(byEvent).forEach(([id, amount]) => paid.set(Number(id), amount));
  const paidFor = (eventId: number) => paid.get(eventId) ?? null;
  const lockedSoFar: LockedPeriod[] = [];
  const carried: StatementLine[] = [];
  const results: RepPeriod[] = [];
  let opening = ZERO_OPENING;
  let correctionsDue = true;
  let index = 0;

  for (const period of periodsBetween(pc.plan.periodKind, start, untilFirstDay, pc.calendar)) {
    const periodIndex = startPeriod !== null && period.firstDay >= startPeriod ? index++ : 0;
    const lockedRow = pc.locked.get(period.firstDay) ?? null;
    const row = frozen.get(period.firstDay);
    if (lockedRow) {
      const input: StatementInput | null = row ? (JSON.parse(row.inputJson) as StatementInput) : null;
      const basis = input ?? (terms && covers(terms, period) ? { plan: pc.plan, assignment: terms, period: { firstDay: period.firstDay, lastDay: period.lastDay, index: periodIndex } } : null);
      if (!basis) continue;
      const recomputed = calculateEarnings({ ...basis, events: repEventsIn(data, repId, period), reversals: repReversalsIn(data, basis.plan, repId, period, paidFor) });
      remember(recomputed.paidByEvent);
      if (!row || !input) {
        // Locked before this rep was on it: all of it is a correction for the next open period.
        lockedSoFar.push({ firstDay: period.firstDay, lastDay: period.lastDay, frozen: [], recomputed: recomputed.lines });
        continue;
      }
      const statement = JSON.parse(row.resultJson) as Statement;
      lockedSoFar.push({ firstDay: period.firstDay, lastDay: period.lastDay, frozen: statement.lines, recomputed: recomputed.lines });
      carried.push(...statement.lines.filter((l) => l.section === 'correction'));
      opening = { carryMinor: statement.totals.carryOutMinor, carryFrom: period, drawOutstandingMinor: statement.totals.drawOutstandingMinor };
      results.push({ period, locked: lockedRow, statement, input });
      continue;
    }
    if (!terms || !covers(terms, period)) continue;
    const input: StatementInput = {
      plan: pc.plan,
      assignment: terms,
      period: { firstDay: period.firstDay, lastDay: period.lastDay, index: periodIndex },
      events: repEventsIn(data, repId, period),
      reversals: repReversalsIn(data, pc.plan, repId, period, paidFor),
      adjustments: adjustments
        .filter((a) => a.periodFirstDay === period.firstDay)
        .map((a) => ({ id: a.id, amountMinor: a.amountMinor, reason: a.reason, disputeId: a.disputeId, enteredAt: a.createdAt })),
      corrections: correctionsDue ? lockedSoFar.flatMap((l) => correctionLines(l, carried)) : [],
      opening,
    };
    correctionsDue = false;
    const statement = calculateStatement(input);
    remember(statement.paidByEvent);
    opening = { carryMinor: statement.totals.carryOutMinor, carryFrom: period, drawOutstandingMinor: statement.totals.drawOutstandingMinor };
    results.push({ period, locked: null, statement, input });
  }
  return results;
}
