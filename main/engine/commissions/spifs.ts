// SPIFs: time-boxed bonuses for a product or a behaviour. An event qualifies when it is of
// the SPIF's type, on a day inside both the SPIF's dates and the period, of one of its
// products (if it names any) and credited to the rep. Below the minimum quantity it pays
// nothing (the line says how many more were needed). "every_time" pays the bonus for every
// qualifying event, times the rep's share of a split deal; "once_per_period" pays it once.
import { chronological, productMatches, roleCounts, shareFraction } from './credit';
import { dayWithin } from './days';
import { creditedTypes, type CommissionPlan, type Spif } from './plan';
import { mul, rational, toText } from './rational';
import type { PeriodWindow, RepEvent, StatementLine } from './statement-types';

function qualifying(plan: CommissionPlan, spif: Spif, period: PeriodWindow, events: readonly RepEvent[]): RepEvent[] {
  const credited = creditedTypes(plan).includes(spif.eventType);
  return chronological(events).filter(
    ({ event, share }) =>
      event.type === spif.eventType &&
      dayWithin(event.day, spif.firstDay, spif.lastDay) &&
      dayWithin(event.day, period.firstDay, period.lastDay) &&
      productMatches(spif.products, event.product) &&
      // A credited event follows the plan's roles; another behaviour (a meeting booked) is the rep's own.
      (!credited || roleCounts(plan, share)),
  );
}

export function spifLines(plan: CommissionPlan, period: PeriodWindow, events: readonly RepEvent[]): StatementLine[] {
  const lines: StatementLine[] = [];
  for (const spif of plan.spifs) {
    const found = qualifying(plan, spif, period, events);
    if (found.length === 0) continue;
    const base = { kind: 'spif' as const, spifId: spif.id, name: spif.name, payout: spif.payout, amountMinor: spif.amountMinor, minQuantity: spif.minQuantity, qualifying: found.length };
    if (found.length < spif.minQuantity) {
      lines.push({ key: `spif:${spif.id}:short`, section: 'spif', amount: '0', trace: { ...base, events: found.map((f) => f.event), share: null } });
      continue;
    }
    if (spif.payout === 'once_per_period') {
      lines.push({ key: `spif:${spif.id}`, section: 'spif', amount: String(spif.amountMinor), trace: { ...base, events: found.map((f) => f.event), share: null } });
      continue;
    }
    for (const { event, share } of found) {
      lines.push({
        key: `spif:${spif.id}:${event.eventId}`,
        section: 'spif',
        amount: toText(mul(rational(spif.amountMinor), shareFraction(share))),
        trace: { ...base, events: [event], share },
      });
    }
  }
  return lines;
}
