// What a rep earned on one plan in one period, line by line: the components (credit, tiers,
// caps, gates), the SPIFs and the clawbacks of refunds and cancellations. Pure: everything
// it needs is in the input, which is why a locked period can store the input and be
// recomputed (or compared) later.
import { clawbackLines } from './clawbacks';
import { creditComponent, payComponent, type ComponentCredit } from './components';
import { periodTerms } from './proration';
import { add, mul, toText, ZERO, type Rational } from './rational';
import { spifLines } from './spifs';
import type { Earnings, EarningsInput, StatementLine, Warning } from './statement-types';

export function calculateEarnings(input: EarningsInput): Earnings {
  const { plan, assignment, period, events, reversals } = input;
  const warnings: Warning[] = [];
  const warn = (w: Warning) => {
    if (!warnings.some((x) => JSON.stringify(x) === JSON.stringify(w))) warnings.push(w);
  };
  const terms = periodTerms(assignment, period);
  // Every component's attainment first: a gate looks at another component's.
  const credits = new Map<string, ComponentCredit>();
  for (const component of plan.components) credits.set(component.id, creditComponent(plan, component, terms, events, warn));

  const lines: StatementLine[] = [];
  const paid = new Map<number, Rational>();
  const components = [];
  for (const credit of credits.values()) {
    const outcome = payComponent(credit, terms, credits, warn);
    lines.push(...outcome.lines);
    components.push(outcome.result);
    for (const [eventId, computed] of outcome.computedByEvent) {
      paid.set(eventId, add(paid.get(eventId) ?? ZERO, mul(computed, outcome.paidFactor)));
    }
  }
  lines.push(...spifLines(plan, period, events));
  if (plan.clawback) lines.push(...clawbackLines(plan, plan.clawback, reversals, paid, warn));

  const paidByEvent: Record<string, string> = {};
  for (const [eventId, amount] of paid) paidByEvent[String(eventId)] = toText(amount);
  return { lines, components, paidByEvent, proration: terms.proration, warnings };
}
