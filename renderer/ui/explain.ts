import type { ExplanationView } from '../../preload/contract';
import type { Messages } from './i18n/en';
import type { Formatters } from './i18n/i18n';

const signed = (n: number, f: Formatters) => `${n >= 0 ? '+' : '−'}${f.number(Math.abs(n))}`;

/** The "why" of a ledger line in plain words ("+50 for the event · +12 for the amount (1 per R$ 100,00)"). */
export function explain(e: ExplanationView, m: Messages, f: Formatters): string {
  switch (e.kind) {
    case 'manual':
      return m.why.manual(e.reason);
    case 'undo':
      return m.why.undo(e.batch);
    case 'reversal':
      return e.share
        ? m.why.partialReversal(m.eventTypes[e.eventType], f.money(e.share.amountMinor, e.share.currency), f.money(e.share.ofMinor, e.share.currency))
        : m.why.reversal(m.eventTypes[e.eventType]);
    case 'transfer':
      return m.why.transferred(m.eventTypes[e.eventType]);
    case 'award': {
      const parts = [m.why.fixed(signed(e.fixedPoints, f))];
      if (e.amountPoints) {
        const { pointsPerStep, stepMinor, amountMinor, currency } = e.amountPoints;
        const earned = Math.floor(amountMinor / stepMinor) * pointsPerStep;
        parts.push(m.why.amount(signed(earned, f), f.number(pointsPerStep), f.money(stepMinor, currency)));
      }
      if (e.amountSkipped) parts.push(m.why.amountSkipped(e.amountSkipped.currency));
      if (e.viaTransfer) parts.push(m.why.viaTransfer);
      return parts.join(' · ');
    }
  }
}
