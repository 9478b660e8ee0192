// Engine results in the shapes of the contract, plus the words the server itself needs
// (period names and lock blockers in error messages; the UI words everything else).
import { DateTime } from 'luxon';
import type { StatementLineView, StatementView } from '../../../preload/commissions-contract';
import type { DisputeRow } from '../../../db/queries/commission-records';
import type { PeriodRow } from '../../../db/queries/commission-plans';
import type { CommissionPeriodKind } from '../../engine/commissions/plan';
import { fromText, isInteger, toMinorUnits } from '../../engine/commissions/rational';
import type { StatementLine, Warning } from '../../engine/commissions/statement-types';
import type { ServiceContext } from '../context';
import { getWorkspace } from '../workspace';
import type { PlanContext, RepPeriod } from './history';
import { describeLine } from './wording/describe';
import { docFormat, type DocFormat } from './wording/format';

/** Words a line of a plan's statements in the workspace language. */
export type LineWords = (line: StatementLine) => string;

export function workspaceFormat(ctx: ServiceContext): DocFormat {
  return docFormat(getWorkspace(ctx).locale);
}

export function lineWords(format: DocFormat, plan: { currency: string; periodKind: CommissionPeriodKind }): LineWords {
  return (line) => describeLine(line, plan.currency, plan.periodKind, format);
}

export function periodRef(period: { firstDay: string; lastDay: string }, locked: PeriodRow | null) {
  return { firstDay: period.firstDay, lastDay: period.lastDay, status: locked ? ('locked' as const) : ('open' as const), lockedAt: locked?.lockedAt ?? null };
}

/** "November 2026" or "Q4 2026", for messages. */
export function periodName(kind: CommissionPeriodKind, firstDay: string): string {
  const day = DateTime.fromISO(firstDay, { zone: 'UTC' });
  return kind === 'quarter' ? `Q${day.quarter} ${day.year}` : day.setLocale('en').toFormat('LLLL yyyy');
}

export function lineView(line: StatementLine, dispute: DisputeRow | undefined, words: LineWords): StatementLineView {
  const exact = fromText(line.amount);
  return {
    ...line,
    amountMinor: toMinorUnits(exact),
    exact: isInteger(exact),
    description: words(line),
    dispute: dispute ? { id: dispute.id, status: dispute.status } : null,
  };
}

export function statementView(pc: PlanContext, rep: { id: number; name: string }, entry: RepPeriod, disputes: readonly DisputeRow[], format: DocFormat): StatementView {
  const { statement } = entry;
  const words = lineWords(format, entry.input.plan);
  const mine = disputes.filter((d) => d.repId === rep.id && d.periodFirstDay === entry.period.firstDay);
  return {
    planId: pc.planId,
    planName: entry.input.plan.name,
    repId: rep.id,
    repName: rep.name,
    period: periodRef(entry.period, entry.locked),
    currency: statement.currency,
    // The newest dispute of a line is the one that counts.
    lines: statement.lines.map((line) => lineView(line, mine.findLast((d) => d.lineKey === line.key), words)),
    totals: statement.totals,
    components: statement.components,
    proration: statement.proration,
    warnings: statement.warnings,
  };
}

export function describeWarning(repName: string, warning: Warning, plan: PlanContext['plan']): string {
  switch (warning.kind) {
    case 'no_fx_rate':
      return `${repName}: event #${warning.eventId} is in ${warning.currency} and the plan states no ${warning.currency} rate; add one to the plan's exchange rates`;
    case 'no_quota':
      return `${repName}: "${plan.components.find((c) => c.id === warning.componentId)?.name ?? warning.componentId}" needs a quota for this period; set it in ${repName}'s plan terms`;
    case 'no_target_incentive':
      return `${repName}: "${plan.components.find((c) => c.id === warning.componentId)?.name ?? warning.componentId}" pays against a target incentive; set it in ${repName}'s plan terms`;
  }
}
