import type { ExplanationView } from '../../preload/contract';
import type { Messages } from './i18n/en';
import type { Formatters } from './i18n/i18n';

const signed = (n: number, f: Formatters) => `${n >= 0 ? '+' : '−'}${f.number(Math.abs(n))}`;

type Award = Extract<ExplanationView, { kind: 'award' }>;

/** A decimal rate or factor in the reader's number format, exactly as entered ("5.4321" -> "5,4321"). */
function decimal(text: string, f: Formatters): string {
  const [whole = '0', fraction] = text.split('.');
  const grouped = f.number(Number(whole));
  if (!fraction) return grouped;
  const separator = f.number(1.5).replace(/\d/g, '');
  return `${grouped}${separator}${fraction}`;
}

function award(e: Award, m: Messages, f: Formatters): string {
  const parts = [m.why.fixed(signed(e.fixedPoints, f))];
  if (e.amountPoints) {
    const { pointsPerStep, stepMinor, amountMinor, currency, converted } = e.amountPoints;
    const baseMinor = converted?.baseMinor ?? amountMinor;
    const earned = e.amountPoints.points ?? Math.floor(baseMinor / stepMinor) * pointsPerStep;
    parts.push(m.why.amount(signed(earned, f), f.number(pointsPerStep), f.money(stepMinor, converted?.baseCurrency ?? currency)));
    if (converted) parts.push(m.scoring.why.converted(f.money(amountMinor, currency), decimal(converted.rate, f), f.money(converted.baseMinor, converted.baseCurrency)));
  }
  if (e.amountSkipped) parts.push(m.why.amountSkipped(e.amountSkipped.currency));
  if (e.product) {
    const { points, quantity, name, perUnit, from, group } = e.product;
    const label = from === 'group' && group ? `${name}, ${m.scoring.why.productFromGroup(group)}` : name;
    parts.push(m.scoring.why.product(signed(points, f), f.number(quantity), label, f.number(perUnit)));
  }
  for (const focus of e.focus ?? []) parts.push(m.scoring.why.focus(decimal(focus.factor, f), focus.name));
  if (e.viaTransfer) parts.push(m.why.viaTransfer);
  return parts.join(' · ');
}

function reversal(e: Extract<ExplanationView, { kind: 'reversal' }>, m: Messages, f: Formatters): string {
  if (e.share) return m.why.partialReversal(m.eventTypes[e.eventType], f.money(e.share.amountMinor, e.share.currency), f.money(e.share.ofMinor, e.share.currency));
  return e.by && e.by !== 'payment.refunded' ? m.scoring.why.reversalBy(m.eventTypes[e.eventType], m.eventTypes[e.by]) : m.why.reversal(m.eventTypes[e.eventType]);
}

/** The "why" of a ledger line in plain words ("+50 for the event · +12 for the amount (1 per R$ 100,00) · ×2 December push"). */
export function explain(e: ExplanationView, m: Messages, f: Formatters): string {
  switch (e.kind) {
    case 'manual':
      return m.why.manual(e.reason);
    case 'undo':
      return m.why.undo(e.batch);
    case 'reversal':
      return reversal(e, m, f);
    case 'transfer':
      return m.why.transferred(m.eventTypes[e.eventType]);
    case 'award':
      return award(e, m, f);
    case 'adjustment': {
      const head = m.scoring.why.adjustment(f.number(e.before), f.number(e.after), m.scoring.version(e.ruleVersion));
      if (!e.now) return head;
      return `${head} (${explain(e.now, m, f)})`;
    }
  }
}
