// One sentence per statement line that shows the arithmetic: which event, which rule, which
// rate, e.g. "Deal Acme (3 Nov 2026): 12,000.00 × 8% (tier 2 of 3) = 960.00".
import type { CommissionPeriodKind } from '../../../engine/commissions/plan';
import { div, fromText, HUNDRED, mul, parseDecimal } from '../../../engine/commissions/rational';
import type { CreditShare, EventRef, LineTrace, StatementLine } from '../../../engine/commissions/statement-types';
import type { DocFormat } from './format';
import { STATEMENT_WORDS, type StatementWords } from './messages';

function what(w: StatementWords, f: DocFormat, event: EventRef): string {
  // The what-if's hypothetical deal has no id in the log (-1) and often no customer.
  const customer = event.customer ?? (event.eventId < 0 ? w.hypothetical : w.unnamed);
  return `${w.eventTypes[event.type] ?? event.type} ${customer} (${f.day(event.day)})`;
}

function shareText(w: StatementWords, f: DocFormat, share: CreditShare | null): string | null {
  return share && share.split ? w.share(f.percent(share.percent), share.role, share.overlay) : null;
}

function commission(w: StatementWords, f: DocFormat, t: Extract<LineTrace, { kind: 'commission' }>, currency: string, amount: string): string {
  const sliced = t.base !== t.credited;
  let chain = '';
  let multiplicand: string;
  if (t.metric === 'amount') {
    const credited = f.amount(t.credited, currency);
    let origin = t.conversion ? `${w.converted(f.amount(t.conversion.fromMinor, t.conversion.fromCurrency), t.conversion.fromCurrency, f.decimal(t.conversion.rate))} = ` : '';
    if (t.share.split) origin += `${f.amount(div(mul(fromText(t.credited), HUNDRED), parseDecimal(t.share.percent)), currency)} × ${shareText(w, f, t.share)} = `;
    if (sliced) {
      chain = origin ? `${origin}${credited}; ` : '';
      multiplicand = w.slice(f.amount(t.base, currency), credited);
    } else multiplicand = `${origin}${credited}`;
  } else {
    multiplicand = t.share.split ? `${f.count(t.base)} (${shareText(w, f, t.share)})` : f.count(t.base);
  }
  let rate: string;
  if (t.payout === 'percent_of_amount') rate = f.percent(t.rate);
  else {
    const base = fromText(t.baseRate ?? '0');
    const unit = mul(base, parseDecimal(t.rate));
    rate =
      t.metric === 'amount'
        ? `${f.ratePercent(unit)} (${w.baseRate(f.ratePercent(base), f.decimal(t.rate))})`
        : `${f.amount(unit, currency)} (${w.baseRate(f.amount(base, currency), f.decimal(t.rate))})`;
  }
  const tier = [w.tier(t.tier, t.tierCount), ...(t.reachedBy === 'period_total' && t.tierCount > 1 ? [w.byTotal] : [])].join(', ');
  return `${t.componentName} · ${what(w, f, t.event)}: ${chain}${multiplicand} × ${rate} (${tier}) = ${amount}`;
}

export function describeTrace(trace: LineTrace, amountText: string, currency: string, kind: CommissionPeriodKind, f: DocFormat): string {
  const w = STATEMENT_WORDS[f.locale];
  switch (trace.kind) {
    case 'commission':
      return commission(w, f, trace, currency, amountText);
    case 'cap':
      return w.cap(trace.componentName, f.amount(trace.computed, currency), f.amount(trace.cap, currency));
    case 'gate':
      return w.gate(trace.componentName, trace.gateComponentName, f.percent(trace.attainmentPercent), f.percent(trace.thresholdPercent), trace.comparison === 'above');
    case 'spif':
      if (trace.qualifying < trace.minQuantity) return w.spifShort(trace.name, trace.qualifying, trace.minQuantity);
      if (trace.payout === 'once_per_period') return w.spifOnce(trace.name, trace.qualifying);
      return w.spifEach(trace.name, trace.events[0] ? what(w, f, trace.events[0]) : '', shareText(w, f, trace.share));
    case 'clawback': {
      const subject = what(w, f, trace.original);
      if (trace.outsideWindow) return w.clawbackOutside(subject, trace.daysAfter, trace.windowDays);
      const base = w.clawback(subject, f.percent(mul(fromText(trace.fraction), HUNDRED)), trace.daysAfter, trace.windowDays, f.amount(trace.paid, currency));
      return trace.prorate ? `${base} ${w.clawbackProrated(trace.prorate.unusedDays, trace.prorate.termDays)}` : base;
    }
    case 'correction':
      return w.correction(f.month(trace.periodFirstDay, kind), describeTrace(trace.of, f.amount(trace.now, currency), currency, kind, f), f.amount(trace.was, currency), f.amount(trace.now, currency));
    case 'adjustment':
      return trace.disputeId === null ? w.adjustment(trace.reason) : w.disputeAdjustment(trace.disputeId, trace.reason);
    case 'carry_in':
      return w.carry(trace.fromFirstDay ? f.month(trace.fromFirstDay, kind) : null);
    case 'draw_top_up':
      return w.drawTopUp(trace.drawKind === 'recoverable', f.amount(trace.drawAmount, currency), f.amount(trace.earned, currency));
    case 'draw_recovery':
      return w.drawRecovery(f.amount(trace.outstandingBefore, currency));
  }
}

export function describeLine(line: StatementLine, currency: string, kind: CommissionPeriodKind, f: DocFormat): string {
  return describeTrace(line.trace, f.amount(line.amount, currency), currency, kind, f);
}
