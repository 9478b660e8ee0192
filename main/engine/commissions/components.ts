// One plan component for one rep and period: credit, attainment against the effective quota,
// the rate table (tiers on amount or on attainment; percent of amount or a multiplier of the
// target-incentive base rate, which is how accelerators and decelerators are written), then
// the cap (the excess reported on its own line) and the gate (the whole amount withheld on
// its own line when another component's attainment misses the threshold).
import { creditedItems, type CreditedItem } from './credit';
import type { CommissionPlan, PlanComponent } from './plan';
import type { PeriodTerms } from './proration';
import { add, cmp, div, HUNDRED, isZero, mul, neg, ONE, parseDecimal, percentOf, rational, sign, sub, sum, toText, ZERO, type Rational } from './rational';
import type { ComponentResult, RepEvent, StatementLine, Warning } from './statement-types';
import { applyTiers } from './tiers';

export interface ComponentCredit {
  component: PlanComponent;
  items: CreditedItem[];
  credited: Rational;
  quota: Rational | null;
  /** Percent of quota, null without a (non-zero) quota. */
  attainment: Rational | null;
}

export interface ComponentOutcome {
  result: ComponentResult;
  lines: StatementLine[];
  /** The commission line amounts of each event, before caps and gates. */
  computedByEvent: Map<number, Rational>;
  /** paid ÷ computed: the share of every line that survived the cap and the gate. */
  paidFactor: Rational;
}

export function creditComponent(plan: CommissionPlan, component: PlanComponent, terms: PeriodTerms, events: readonly RepEvent[], warn: (w: Warning) => void): ComponentCredit {
  const items = creditedItems(plan, component, events, warn);
  const credited = sum(items.map((i) => i.credited));
  const quota = terms.quota(component.id);
  const attainment = quota !== null && sign(quota) > 0 ? div(mul(credited, HUNDRED), quota) : null;
  return { component, items, credited, quota, attainment };
}

function thresholds(credit: ComponentCredit): Rational[] | null {
  const { table } = credit.component;
  const starts = table.tiers.map((t) => parseDecimal(t.from));
  if (table.measure === 'amount') return starts;
  if (credit.quota === null || sign(credit.quota) <= 0) return null;
  const quota = credit.quota;
  return starts.map((percent) => percentOf(quota, percent));
}

/** Payout per credited unit in each tier; null when the target incentive or quota it needs is missing. */
function unitRates(credit: ComponentCredit, terms: PeriodTerms): { rates: Rational[]; baseRate: Rational | null } | null {
  const { payout, table } = credit.component;
  if (payout.kind === 'percent_of_amount') return { rates: table.tiers.map((t) => div(parseDecimal(t.rate), HUNDRED)), baseRate: null };
  if (terms.targetIncentive === null || credit.quota === null || sign(credit.quota) <= 0) return null;
  const baseRate = div(percentOf(terms.targetIncentive, parseDecimal(payout.weightPercent)), credit.quota);
  return { rates: table.tiers.map((t) => mul(baseRate, parseDecimal(t.rate))), baseRate };
}

function capAmount(component: PlanComponent, terms: PeriodTerms): Rational | null {
  const { cap, payout } = component;
  if (!cap) return null;
  if (cap.kind === 'amount') return rational(cap.amountMinor);
  if (terms.targetIncentive === null) return null;
  const weight = payout.kind === 'target_incentive' ? parseDecimal(payout.weightPercent) : HUNDRED;
  return percentOf(percentOf(terms.targetIncentive, weight), parseDecimal(cap.percent));
}

function gatePasses(attainment: Rational | null, comparison: 'at_least' | 'above', threshold: Rational): boolean {
  if (attainment === null) return false;
  const c = cmp(attainment, threshold);
  return comparison === 'at_least' ? c >= 0 : c > 0;
}

export function payComponent(credit: ComponentCredit, terms: PeriodTerms, credits: ReadonlyMap<string, ComponentCredit>, warn: (w: Warning) => void): ComponentOutcome {
  const { component } = credit;
  const lines: StatementLine[] = [];
  const computedByEvent = new Map<number, Rational>();
  const bounds = thresholds(credit);
  const rates = unitRates(credit, terms);
  if (credit.items.length > 0 && (bounds === null || rates === null)) {
    warn(rates === null && terms.targetIncentive === null && component.payout.kind === 'target_incentive' ? { kind: 'no_target_incentive', componentId: component.id } : { kind: 'no_quota', componentId: component.id });
  }
  if (bounds !== null && rates !== null) {
    const slices = applyTiers(credit.items, bounds, component.table);
    credit.items.forEach((item, index) => {
      for (const slice of slices[index] ?? []) {
        const tier = component.table.tiers[slice.tier];
        const rate = rates.rates[slice.tier] ?? ZERO;
        const amount = mul(slice.base, rate);
        computedByEvent.set(item.event.eventId, add(computedByEvent.get(item.event.eventId) ?? ZERO, amount));
        lines.push({
          key: `c:${component.id}:${item.event.eventId}:t${slice.tier + 1}`,
          section: 'commission',
          amount: toText(amount),
          trace: {
            kind: 'commission',
            componentId: component.id,
            componentName: component.name,
            metric: component.metric,
            event: item.event,
            share: item.share,
            conversion: item.conversion,
            base: toText(slice.base),
            credited: toText(item.credited),
            tier: slice.tier + 1,
            tierCount: component.table.tiers.length,
            rate: tier?.rate ?? '0',
            payout: component.payout.kind,
            baseRate: rates.baseRate === null ? null : toText(rates.baseRate),
            reachedBy: slice.reachedBy,
          },
        });
      }
    });
  }
  const computed = sum([...computedByEvent.values()]);
  let paid = computed;
  const cap = capAmount(component, terms);
  if (cap !== null && cmp(paid, cap) > 0) {
    lines.push({ key: `cap:${component.id}`, section: 'commission', amount: toText(sub(cap, paid)), trace: { kind: 'cap', componentId: component.id, componentName: component.name, computed: toText(paid), cap: toText(cap) } });
    paid = cap;
  }
  const gate = component.gate;
  if (gate && sign(paid) !== 0) {
    const gating = credits.get(gate.componentId);
    const threshold = parseDecimal(gate.attainmentPercent);
    if (!gatePasses(gating?.attainment ?? null, gate.comparison, threshold)) {
      lines.push({
        key: `gate:${component.id}`,
        section: 'commission',
        amount: toText(neg(paid)),
        trace: {
          kind: 'gate',
          componentId: component.id,
          componentName: component.name,
          gateComponentName: gating?.component.name ?? gate.componentId,
          attainmentPercent: toText(gating?.attainment ?? ZERO),
          thresholdPercent: gate.attainmentPercent,
          comparison: gate.comparison,
        },
      });
      paid = ZERO;
    }
  }
  return {
    lines,
    computedByEvent,
    paidFactor: isZero(computed) ? ONE : div(paid, computed),
    result: {
      componentId: component.id,
      name: component.name,
      metric: component.metric,
      credited: toText(credit.credited),
      quota: credit.quota === null ? null : toText(credit.quota),
      attainmentPercent: credit.attainment === null ? null : toText(credit.attainment),
      computed: toText(computed),
      paid: toText(paid),
    },
  };
}
