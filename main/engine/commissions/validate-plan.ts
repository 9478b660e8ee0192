// What makes a plan (and a rep's assignment to it) computable, checked before anything is
// stored. Every problem names the field and says how to fix it; the shape (types, enums)
// is the contract's job, the meaning is checked here.
import { isCurrencyCode } from '../currencies';
import { isEventType } from '../event-types';
import { isDay } from './days';
import type { Assignment, CommissionPlan, PlanComponent } from './plan';
import { cmp, HUNDRED, isDecimalText, isInteger, parseDecimal, sign, sum, toShortDecimal } from './rational';

export interface Problem {
  path: string;
  message: string;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

type Check = (path: string, ok: boolean, message: string) => void;

function decimal(check: Check, path: string, text: string, what: string, opts: { positive?: boolean; max?: number; integer?: boolean } = {}): boolean {
  if (!isDecimalText(text) || sign(parseDecimal(text)) < 0) {
    check(path, false, `${what} "${text}" is not a number like 8 or 12.5 (no sign, dot for decimals)`);
    return false;
  }
  const value = parseDecimal(text);
  check(path, !opts.positive || sign(value) > 0, `${what} must be more than 0`);
  check(path, opts.max === undefined || cmp(value, parseDecimal(String(opts.max))) <= 0, `${what} must be at most ${opts.max}`);
  check(path, !opts.integer || isInteger(value), `${what} must be a whole number`);
  return true;
}

function checkComponent(check: Check, c: PlanComponent, at: string, ids: readonly string[]): void {
  check(`${at}.id`, ID.test(c.id), `"${c.id}" is not a usable key: use lower-case letters, digits, - or _ (e.g. "revenue")`);
  check(`${at}.name`, c.name.trim().length > 0, 'give the component a name, e.g. "Revenue"');
  check(`${at}.payout`, !(c.payout.kind === 'percent_of_amount' && c.metric === 'count'), 'a percent of amount needs an amount metric; pay a count metric against a target incentive');
  if (c.payout.kind === 'target_incentive') decimal(check, `${at}.payout.weightPercent`, c.payout.weightPercent, 'The weight', { positive: true, max: 100 });
  const tiers = c.table.tiers;
  check(`${at}.table.tiers`, tiers.length > 0, 'add at least one tier');
  tiers.forEach((tier, i) => {
    const integer = c.table.measure === 'amount';
    const ok = decimal(check, `${at}.table.tiers[${i}].from`, tier.from, `Tier ${i + 1} start`, { integer });
    decimal(check, `${at}.table.tiers[${i}].rate`, tier.rate, `Tier ${i + 1} rate`);
    if (!ok) return;
    if (i === 0) check(`${at}.table.tiers[0].from`, sign(parseDecimal(tier.from)) === 0, 'the first tier must start at 0');
    const previous = tiers[i - 1];
    if (previous && isDecimalText(previous.from)) {
      check(`${at}.table.tiers[${i}].from`, cmp(parseDecimal(tier.from), parseDecimal(previous.from)) > 0, `tier ${i + 1} must start above tier ${i} (${previous.from})`);
    }
  });
  if (c.cap?.kind === 'amount') check(`${at}.cap.amountMinor`, Number.isSafeInteger(c.cap.amountMinor) && c.cap.amountMinor > 0, 'the cap must be an amount above 0');
  if (c.cap?.kind === 'percent_of_target') decimal(check, `${at}.cap.percent`, c.cap.percent, 'The cap', { positive: true });
  if (c.gate) {
    check(`${at}.gate.componentId`, c.gate.componentId !== c.id && ids.includes(c.gate.componentId), `the gate must name another component of this plan (${ids.filter((id) => id !== c.id).join(', ') || 'there is none'})`);
    decimal(check, `${at}.gate.attainmentPercent`, c.gate.attainmentPercent, 'The gate threshold');
  }
}

export function validatePlan(plan: CommissionPlan): Problem[] {
  const problems: Problem[] = [];
  const check: Check = (path, ok, message) => {
    if (!ok) problems.push({ path, message });
  };
  check('name', plan.name.trim().length > 0, 'give the plan a name, e.g. "Account executives 2026"');
  check('currency', isCurrencyCode(plan.currency), `"${plan.currency}" is not an ISO 4217 currency code; use one like BRL, USD or EUR`);
  plan.fxRates.forEach((fx, i) => {
    check(`fxRates[${i}].currency`, isCurrencyCode(fx.currency), `"${fx.currency}" is not an ISO 4217 currency code`);
    check(`fxRates[${i}].currency`, fx.currency !== plan.currency, `${fx.currency} is the plan currency; it needs no rate`);
    check(`fxRates[${i}].currency`, plan.fxRates.findIndex((o) => o.currency === fx.currency) === i, `${fx.currency} has two rates; keep one`);
    decimal(check, `fxRates[${i}].rate`, fx.rate, `The ${fx.currency} rate`, { positive: true });
  });
  check('components', plan.components.length + plan.spifs.length > 0, 'add a component (e.g. 8% of revenue) or a SPIF');
  const ids = plan.components.map((c) => c.id);
  plan.components.forEach((c, i) => {
    check(`components[${i}].id`, ids.indexOf(c.id) === i, `two components use the key "${c.id}"`);
    checkComponent(check, c, `components[${i}]`, ids);
  });
  const weights = plan.components.flatMap((c) => (c.payout.kind === 'target_incentive' && isDecimalText(c.payout.weightPercent) ? [parseDecimal(c.payout.weightPercent)] : []));
  if (weights.length > 0) {
    check('components', cmp(sum(weights), HUNDRED) === 0, `the weights of the target-incentive components add up to ${toShortDecimal(sum(weights), 4).text}%; they must add up to 100% (e.g. 60 + 40)`);
  }
  const spifIds = plan.spifs.map((s) => s.id);
  plan.spifs.forEach((s, i) => {
    const at = `spifs[${i}]`;
    check(`${at}.id`, ID.test(s.id) && spifIds.indexOf(s.id) === i, `"${s.id}" must be a unique key of lower-case letters, digits, - or _`);
    check(`${at}.name`, s.name.trim().length > 0, 'give the SPIF a name, e.g. "Q4 onboarding push"');
    check(`${at}.eventType`, isEventType(s.eventType), `"${s.eventType}" is not an event type`);
    check(`${at}.firstDay`, isDay(s.firstDay), `"${s.firstDay}" is not a day like 2026-11-01`);
    check(`${at}.lastDay`, isDay(s.lastDay) && s.lastDay >= s.firstDay, 'the last day must be a day on or after the first day');
    check(`${at}.amountMinor`, Number.isSafeInteger(s.amountMinor) && s.amountMinor > 0, 'the bonus must be an amount above 0');
    check(`${at}.minQuantity`, Number.isInteger(s.minQuantity) && s.minQuantity >= 1, 'the minimum quantity must be a whole number of at least 1');
  });
  if (plan.clawback) {
    const cb = plan.clawback;
    check('clawback.windowDays', Number.isInteger(cb.windowDays) && cb.windowDays >= 0 && cb.windowDays <= 3660, 'the window must be a whole number of days between 0 and 3660');
    if (cb.mode === 'prorated') check('clawback.termDays', cb.termDays !== null && Number.isInteger(cb.termDays) && cb.termDays > 0, 'a prorated clawback needs the service term in days (e.g. 365)');
  }
  return problems;
}

/** Components that need a quota from every assignment: tiers on attainment, a target incentive, or being some gate's measure. */
export function componentsNeedingQuota(plan: CommissionPlan): PlanComponent[] {
  const gated = new Set(plan.components.flatMap((c) => (c.gate ? [c.gate.componentId] : [])));
  return plan.components.filter((c) => c.table.measure === 'attainment' || c.payout.kind === 'target_incentive' || gated.has(c.id));
}

export function needsTargetIncentive(plan: CommissionPlan): boolean {
  return plan.components.some((c) => c.payout.kind === 'target_incentive' || c.cap?.kind === 'percent_of_target');
}

export function validateAssignment(plan: CommissionPlan, a: Assignment): Problem[] {
  const problems: Problem[] = [];
  const check: Check = (path, ok, message) => {
    if (!ok) problems.push({ path, message });
  };
  check('startDay', isDay(a.startDay), `"${a.startDay}" is not a day like 2026-11-01`);
  if (a.endDay !== null) check('endDay', isDay(a.endDay) && a.endDay >= a.startDay, 'the last day must be on or after the first day');
  const ids = plan.components.map((c) => c.id);
  a.quotas.forEach((q, i) => {
    const component = plan.components.find((c) => c.id === q.componentId);
    check(`quotas[${i}].componentId`, component !== undefined, `the plan has no component "${q.componentId}" (it has ${ids.join(', ') || 'none'})`);
    decimal(check, `quotas[${i}].quota`, q.quota, 'The quota', { positive: true, integer: true });
  });
  for (const c of componentsNeedingQuota(plan)) {
    check(`quotas`, a.quotas.some((q) => q.componentId === c.id), `"${c.name}" needs a quota per period for this rep`);
  }
  if (needsTargetIncentive(plan)) {
    check('targetIncentiveMinor', a.targetIncentiveMinor !== null && a.targetIncentiveMinor > 0, 'this plan pays against a target incentive: enter the rep\'s variable pay at 100% for a full period');
  }
  a.ramp.forEach((r, i) => decimal(check, `ramp[${i}]`, r, `Ramp period ${i + 1}`, { positive: true, max: 100 }));
  a.leaves.forEach((l, i) => {
    check(`leaves[${i}].firstDay`, isDay(l.firstDay), `"${l.firstDay}" is not a day like 2026-11-01`);
    check(`leaves[${i}].lastDay`, isDay(l.lastDay) && l.lastDay >= l.firstDay, 'the leave must end on or after the day it starts');
  });
  if (a.draw) {
    check('draw.amountMinor', Number.isSafeInteger(a.draw.amountMinor) && a.draw.amountMinor > 0, 'the draw must be an amount above 0');
    check('draw.periods', a.draw.periods === null || (Number.isInteger(a.draw.periods) && a.draw.periods >= 1), 'the draw lasts at least 1 period (or leave it open-ended)');
  }
  return problems;
}
