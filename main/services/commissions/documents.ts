// Documents for payroll and for the rep: the payouts of a locked period as CSV, and a
// printable PDF statement per rep.
import type { ParsedInput } from '../../../preload/contract';
import { formatMinorAsDecimal } from '../../engine/money';
import { fromText, toDecimal, scale } from '../../engine/commissions/rational';
import { currencyExponent } from '../../engine/currencies';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getWorkspace } from '../workspace';
import { planContext } from './history';
import { renderStatementPdf } from './statement-pdf';
import { allHistories, repStatement } from './statements';
import { periodName, workspaceFormat } from './views';
import { listReps } from '../../../db/queries/reps';

const COLUMNS = [
  'rep_id',
  'rep_name',
  'rep_email',
  'plan',
  'period_start',
  'period_end',
  'currency',
  'commission',
  'spifs',
  'clawbacks',
  'corrections',
  'adjustments',
  'carried_in',
  'draw_top_up',
  'draw_recovered',
  'payout',
  'carried_forward',
  'draw_outstanding',
] as const;

/** RFC 4180 quoting; text that a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: string | number, text = false): string {
  let out = String(value);
  if (text && /^[=+\-@\t\r]/.test(out)) out = `'${out}`;
  return /[",\r\n]/.test(out) ? `"${out.replace(/"/g, '""')}"` : out;
}

const slug = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';

export function exportPayoutsCsv(ctx: ServiceContext, input: ParsedInput<'commissions.exportCsv'>): { filename: string; csv: string } {
  const pc = planContext(ctx, input.planId);
  const locked = pc.locked.get(input.firstDay);
  if (!locked) fail('conflict', `Payroll exports are made from locked statements only: lock ${periodName(pc.plan.periodKind, input.firstDay)} first (Statements, then Lock period).`);
  const emails = new Map(listReps(ctx.db).map((r) => [r.id, r.email ?? '']));
  const rows = allHistories(ctx, pc, input.firstDay).flatMap(({ rep, periods }) => {
    const entry = periods.find((p) => p.period.firstDay === input.firstDay && p.locked);
    if (!entry) return [];
    const t = entry.statement.totals;
    const currency = entry.statement.currency;
    // Breakdown columns are exact amounts shown to the cent; payout is the rounded final line.
    const decimal = (value: string) => toDecimal(scale(fromText(value), -currencyExponent(currency)), currencyExponent(currency)).text;
    const minor = (value: number) => formatMinorAsDecimal(value, currency);
    return [
      [
        cell(rep.id),
        cell(rep.name, true),
        cell(emails.get(rep.id) ?? '', true),
        cell(entry.input.plan.name, true),
        entry.period.firstDay,
        entry.period.lastDay,
        currency,
        decimal(t.commission),
        decimal(t.spifs),
        decimal(t.clawbacks),
        decimal(t.corrections),
        decimal(t.adjustments),
        decimal(t.carryIn),
        decimal(t.drawTopUp),
        decimal(t.drawRecovery),
        minor(t.payoutMinor),
        minor(t.carryOutMinor),
        minor(t.drawOutstandingMinor),
      ].join(','),
    ];
  });
  // A BOM so spreadsheet programs read accented names as UTF-8.
  const csv = `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
  return { filename: `fanfare-payouts-${slug(pc.plan.name)}-${input.firstDay}.csv`, csv };
}

export async function statementPdf(ctx: ServiceContext, input: ParsedInput<'commissions.statementPdf'>): Promise<{ filename: string; base64: string }> {
  const pc = planContext(ctx, input.planId);
  const statement = repStatement(ctx, input);
  const format = workspaceFormat(ctx);
  const pdf = await renderStatementPdf({
    statement,
    workspaceName: getWorkspace(ctx).name,
    periodKind: pc.plan.periodKind,
    format,
    generatedAt: new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: pc.calendar.timeZone }).format(ctx.now()),
  });
  return { filename: `statement-${slug(statement.repName)}-${slug(pc.plan.name)}-${input.firstDay}.pdf`, base64: pdf.toString('base64') };
}
