// Clawbacks. A refund or cancellation up to `windowDays` after the sale (counted in local
// calendar days, the last day included) takes back the commission originally paid for the
// refunded part: paid × (refunded ÷ sold), so the rate is the one the deal really earned
// (its tiers, split, caps and gates), never today's. Prorated mode takes back only the
// unused share of the service term: × (term − days used) ÷ term. Outside the window the
// line is still shown, at zero, so the rep sees why nothing was taken.
import { daysBetween } from './days';
import { convertToPlanCurrency } from './fx';
import type { ClawbackPolicy, CommissionPlan } from './plan';
import { cmp, div, fromText, isZero, max, min, mul, neg, ONE, rational, sub, toText, ZERO, type Rational } from './rational';
import type { Reversal, StatementLine, Warning } from './statement-types';

/** Amounts of the original and the reversal in one currency (the plan's if they differ). */
function comparable(plan: CommissionPlan, reversal: Reversal): { sold: Rational; before: Rational; taken: Rational | null } | { missing: string } {
  const { original, event } = reversal;
  const soldMinor = original.amountMinor ?? 0;
  if (event.amountMinor === null || event.currency === null || original.currency === null || event.currency === original.currency) {
    return { sold: rational(soldMinor), before: rational(reversal.reversedBeforeMinor), taken: event.amountMinor === null ? null : rational(event.amountMinor) };
  }
  const sold = convertToPlanCurrency(plan, soldMinor, original.currency);
  const before = convertToPlanCurrency(plan, reversal.reversedBeforeMinor, original.currency);
  const taken = convertToPlanCurrency(plan, event.amountMinor, event.currency);
  if (!sold.ok) return { missing: sold.currency };
  if (!taken.ok) return { missing: taken.currency };
  return { sold: sold.minor, before: before.ok ? before.minor : ZERO, taken: taken.minor };
}

/** Share of the original the reversal takes back, never more than what is left of it. */
function reversedFraction(amounts: { sold: Rational; before: Rational; taken: Rational | null }): Rational {
  if (isZero(amounts.sold)) return ONE;
  const left = max(ZERO, sub(amounts.sold, amounts.before));
  const taken = amounts.taken === null ? left : min(amounts.taken, left);
  return div(taken, amounts.sold);
}

export function clawbackLines(
  plan: CommissionPlan,
  policy: ClawbackPolicy,
  reversals: readonly Reversal[],
  paidThisPeriod: ReadonlyMap<number, Rational>,
  warn: (w: Warning) => void,
): StatementLine[] {
  const lines: StatementLine[] = [];
  for (const reversal of reversals) {
    const paid = reversal.paid !== null ? fromText(reversal.paid) : paidThisPeriod.get(reversal.original.eventId) ?? null;
    if (paid === null || cmp(paid, ZERO) <= 0) continue;
    const amounts = comparable(plan, reversal);
    if ('missing' in amounts) {
      warn({ kind: 'no_fx_rate', eventId: reversal.event.eventId, currency: amounts.missing });
      continue;
    }
    const daysAfter = daysBetween(reversal.original.day, reversal.event.day);
    const outsideWindow = daysAfter > policy.windowDays;
    const fraction = reversedFraction(amounts);
    const term = reversal.termDays ?? policy.termDays;
    const prorate = policy.mode === 'prorated' && term !== null && term > 0 ? { unusedDays: Math.max(0, term - daysAfter), termDays: term } : null;
    let amount = outsideWindow ? ZERO : neg(mul(paid, fraction));
    if (prorate && !outsideWindow) amount = mul(amount, rational(prorate.unusedDays, prorate.termDays));
    lines.push({
      key: `cb:${reversal.event.eventId}`,
      section: 'clawback',
      amount: toText(amount),
      trace: {
        kind: 'clawback',
        original: reversal.original,
        reversal: reversal.event,
        share: reversal.share,
        paid: toText(paid),
        fraction: toText(fraction),
        daysAfter,
        windowDays: policy.windowDays,
        prorate,
        outsideWindow,
      },
    });
  }
  return lines;
}
