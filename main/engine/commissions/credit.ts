// Which events credit a rep under a plan, and by how much: the plan's credited event types
// (deals when paying on booking, payments when paying on collection), the credit roles it
// pays on (direct shares, overlay shares or both), the component's products, the rep's
// share of a split deal, and the conversion into the plan currency.
import { convertToPlanCurrency } from './fx';
import { creditedTypes, type CommissionPlan, type Metric } from './plan';
import { div, HUNDRED, mul, parseDecimal, sign, type Rational } from './rational';
import type { Conversion, CreditShare, EventRef, RepEvent, Warning } from './statement-types';

export interface CreditedItem {
  event: EventRef;
  share: CreditShare;
  conversion: Conversion | null;
  credited: Rational;
}

export function shareFraction(share: CreditShare): Rational {
  return div(parseDecimal(share.percent), HUNDRED);
}

export function roleCounts(plan: Pick<CommissionPlan, 'creditRoles'>, share: CreditShare): boolean {
  if (plan.creditRoles === 'both') return true;
  return plan.creditRoles === 'overlay' ? share.overlay : !share.overlay;
}

export function productMatches(products: readonly string[], product: string | null): boolean {
  return products.length === 0 || (product !== null && products.includes(product));
}

/** Events in the order they happened (ties by id), the order cumulative tiers fill in. */
export function chronological<T extends { event: EventRef }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.event.at - b.event.at || a.event.eventId - b.event.eventId);
}

export function creditedItems(
  plan: CommissionPlan,
  filter: { metric: Metric; products: readonly string[] },
  events: readonly RepEvent[],
  warn: (warning: Warning) => void,
): CreditedItem[] {
  const types = creditedTypes(plan);
  const items: CreditedItem[] = [];
  for (const { event, share } of chronological(events)) {
    if (!types.includes(event.type) || !roleCounts(plan, share) || !productMatches(filter.products, event.product)) continue;
    const fraction = shareFraction(share);
    if (filter.metric === 'count') {
      items.push({ event, share, conversion: null, credited: fraction });
      continue;
    }
    if (event.amountMinor === null || event.currency === null) continue;
    const converted = convertToPlanCurrency(plan, event.amountMinor, event.currency);
    if (!converted.ok) {
      warn({ kind: 'no_fx_rate', eventId: event.eventId, currency: converted.currency });
      continue;
    }
    const credited = mul(converted.minor, fraction);
    if (sign(credited) > 0) items.push({ event, share, conversion: converted.conversion, credited });
  }
  return items;
}
