// A full statement: the opening balance carried from the previous one, the earnings, the
// corrections of locked periods, the manager's adjustments, the draw, and the one rounding.
//
// Draws, with E = earned this period, D = this period's (prorated) draw, O = outstanding:
//   recoverable      top-up T = max(0, D − E); recovery R = min(O, max(0, E − D));
//                    outstanding becomes O − R + T. (When no draw applies any more, D = 0:
//                    what is still outstanding is recovered from whatever is earned.)
//   non_recoverable  top-up T = max(0, D − E), never recovered.
// Total = E + T − R, exact. Only now is anything rounded: half-up to the plan currency's
// minor unit. A positive total is the payout; a negative one is carried to the next statement.
import { calculateEarnings } from './earnings';
import { periodTerms } from './proration';
import { add, max, min, rational, sub, sum, fromText, toMinorUnits, toText, ZERO, type Rational } from './rational';
import type { LineSection, Statement, StatementInput, StatementLine, StatementTotals } from './statement-types';

const total = (lines: readonly StatementLine[], section: LineSection): Rational => sum(lines.filter((l) => l.section === section).map((l) => fromText(l.amount)));

function drawLines(input: StatementInput, earned: Rational): { lines: StatementLine[]; topUp: Rational; recovery: Rational; outstanding: Rational } {
  const draw = input.assignment.draw;
  const outstanding = rational(input.opening.drawOutstandingMinor);
  const amount = periodTerms(input.assignment, input.period).draw;
  const lines: StatementLine[] = [];
  const topUp = draw && amount !== null ? max(ZERO, sub(amount, earned)) : ZERO;
  if (draw && amount !== null && topUp.n > 0n) {
    lines.push({ key: 'draw:top-up', section: 'draw', amount: toText(topUp), trace: { kind: 'draw_top_up', drawKind: draw.kind, drawAmount: toText(amount), earned: toText(earned) } });
  }
  const recoverable = max(ZERO, sub(earned, amount ?? ZERO));
  const recovery = min(outstanding, recoverable);
  if (recovery.n > 0n) {
    lines.push({
      key: 'draw:recovery',
      section: 'draw',
      amount: toText(sub(ZERO, recovery)),
      trace: { kind: 'draw_recovery', outstandingBefore: input.opening.drawOutstandingMinor, recoverable: toText(recoverable) },
    });
  }
  const addsToOutstanding = draw?.kind === 'recoverable' ? topUp : ZERO;
  return { lines, topUp, recovery, outstanding: add(sub(outstanding, recovery), addsToOutstanding) };
}

export function calculateStatement(input: StatementInput): Statement {
  const earnings = calculateEarnings(input);
  const lines: StatementLine[] = [];
  if (input.opening.carryMinor !== 0) {
    lines.push({
      key: 'carry',
      section: 'carry',
      amount: String(input.opening.carryMinor),
      trace: { kind: 'carry_in', fromFirstDay: input.opening.carryFrom?.firstDay ?? null, fromLastDay: input.opening.carryFrom?.lastDay ?? null },
    });
  }
  lines.push(...earnings.lines, ...input.corrections);
  for (const adjustment of input.adjustments) {
    lines.push({
      key: `adj:${adjustment.id}`,
      section: 'adjustment',
      amount: String(adjustment.amountMinor),
      trace: { kind: 'adjustment', adjustmentId: adjustment.id, reason: adjustment.reason, disputeId: adjustment.disputeId, enteredAt: adjustment.enteredAt },
    });
  }
  const earned = sum(lines.map((l) => fromText(l.amount)));
  const draw = drawLines(input, earned);
  lines.push(...draw.lines);
  const exactTotal = sub(add(earned, draw.topUp), draw.recovery);
  const rounded = toMinorUnits(exactTotal);
  const totals: StatementTotals = {
    carryIn: toText(total(lines, 'carry')),
    commission: toText(total(lines, 'commission')),
    spifs: toText(total(lines, 'spif')),
    clawbacks: toText(total(lines, 'clawback')),
    corrections: toText(total(lines, 'correction')),
    adjustments: toText(total(lines, 'adjustment')),
    earned: toText(earned),
    drawTopUp: toText(draw.topUp),
    drawRecovery: toText(draw.recovery),
    total: toText(exactTotal),
    payoutMinor: Math.max(0, rounded),
    carryOutMinor: Math.min(0, rounded),
    drawOutstandingMinor: toMinorUnits(draw.outstanding),
  };
  return { ...earnings, lines, currency: input.plan.currency, totals };
}
