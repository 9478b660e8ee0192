// The plan form's working copy: what the manager types (amounts in major units, lists as
// text), turned into the contract's plan (money in minor units) on save. The app validates
// the meaning; here only what cannot even be read as an amount is caught.
import type { CommissionPlanInput } from '../../../preload/commissions-contract';
import type { EventTypeName } from '../../../preload/contract';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money-input';

type Plan = CommissionPlanInput;
type Component = Plan['components'][number];

export interface TierDraft {
  from: string;
  rate: string;
}

export interface ComponentDraft {
  key: string;
  id: string;
  name: string;
  metric: Component['metric'];
  products: string;
  payout: Component['payout']['kind'];
  weight: string;
  measure: Component['table']['measure'];
  mode: Component['table']['mode'];
  basis: Component['table']['basis'];
  boundary: Component['table']['boundary'];
  tiers: TierDraft[];
  cap: 'none' | 'amount' | 'percent_of_target';
  capValue: string;
  gate: boolean;
  gateComponentId: string;
  gateComparison: 'at_least' | 'above';
  gatePercent: string;
}

export interface SpifDraft {
  key: string;
  id: string;
  name: string;
  eventType: EventTypeName;
  products: string;
  firstDay: string;
  lastDay: string;
  amount: string;
  payout: Plan['spifs'][number]['payout'];
  minQuantity: string;
}

export interface PlanDraft {
  name: string;
  currency: string;
  periodKind: Plan['periodKind'];
  creditOn: Plan['creditOn'];
  creditRoles: Plan['creditRoles'];
  fxRates: { key: string; currency: string; rate: string }[];
  components: ComponentDraft[];
  spifs: SpifDraft[];
  clawback: boolean;
  windowDays: string;
  clawbackMode: 'full' | 'prorated';
  termDays: string;
}

export interface DraftProblem {
  path: string;
  message: string;
}

let counter = 0;
export const newKey = () => `k${++counter}`;

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function slugId(name: string, taken: readonly string[]): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'item';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** Tier starts are typed in major units when they are money. */
const tierIsMoney = (c: Pick<ComponentDraft, 'measure' | 'metric'>) => c.measure === 'amount' && c.metric === 'amount';

export function emptyComponent(name: string, taken: readonly string[]): ComponentDraft {
  return {
    key: newKey(),
    id: slugId(name, taken),
    name,
    metric: 'amount',
    products: '',
    payout: 'percent_of_amount',
    weight: '100',
    measure: 'amount',
    mode: 'marginal',
    basis: 'cumulative',
    boundary: 'upper_tier',
    tiers: [{ from: '0', rate: '5' }],
    cap: 'none',
    capValue: '',
    gate: false,
    gateComponentId: '',
    gateComparison: 'at_least',
    gatePercent: '50',
  };
}

export function emptySpif(today: string): SpifDraft {
  return { key: newKey(), id: '', name: '', eventType: 'deal.won', products: '', firstDay: today, lastDay: today, amount: '', payout: 'every_time', minQuantity: '1' };
}

/** A realistic starting point: tiers on quota attainment with an accelerator, a SPIF, a 90-day clawback. */
export function starterDraft(currency: string, today: string, words: { plan: string; revenue: string; spif: string }): PlanDraft {
  const month = today.slice(0, 7);
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return {
    name: words.plan,
    currency,
    periodKind: 'month',
    creditOn: 'booking',
    creditRoles: 'direct',
    fxRates: [],
    components: [
      {
        ...emptyComponent(words.revenue, []),
        measure: 'attainment',
        tiers: [
          { from: '0', rate: '5' },
          { from: '50', rate: '8' },
          { from: '100', rate: '12' },
        ],
      },
    ],
    spifs: [{ ...emptySpif(today), name: words.spif, firstDay: `${month}-01`, lastDay, amount: minorToDecimal(50000, minorDigits(currency)) }],
    clawback: true,
    windowDays: '90',
    clawbackMode: 'full',
    termDays: '365',
  };
}

export function fromPlan(plan: Plan): PlanDraft {
  const digits = minorDigits(plan.currency);
  return {
    name: plan.name,
    currency: plan.currency,
    periodKind: plan.periodKind,
    creditOn: plan.creditOn,
    creditRoles: plan.creditRoles,
    fxRates: plan.fxRates.map((r) => ({ key: newKey(), ...r })),
    components: plan.components.map((c) => ({
      key: newKey(),
      id: c.id,
      name: c.name,
      metric: c.metric,
      products: c.products.join(', '),
      payout: c.payout.kind,
      weight: c.payout.kind === 'target_incentive' ? c.payout.weightPercent : '100',
      measure: c.table.measure,
      mode: c.table.mode,
      basis: c.table.basis,
      boundary: c.table.boundary,
      tiers: c.table.tiers.map((t) => ({ rate: t.rate, from: tierIsMoney({ measure: c.table.measure, metric: c.metric }) ? minorToDecimal(Number(t.from), digits) : t.from })),
      cap: c.cap ? c.cap.kind : 'none',
      capValue: c.cap ? (c.cap.kind === 'amount' ? minorToDecimal(c.cap.amountMinor, digits) : c.cap.percent) : '',
      gate: c.gate !== null,
      gateComponentId: c.gate?.componentId ?? '',
      gateComparison: c.gate?.comparison ?? 'at_least',
      gatePercent: c.gate?.attainmentPercent ?? '50',
    })),
    spifs: plan.spifs.map((s) => ({ key: newKey(), ...s, products: s.products.join(', '), amount: minorToDecimal(s.amountMinor, digits), minQuantity: String(s.minQuantity) })),
    clawback: plan.clawback !== null,
    windowDays: String(plan.clawback?.windowDays ?? 90),
    clawbackMode: plan.clawback?.mode ?? 'full',
    termDays: String(plan.clawback?.termDays ?? 365),
  };
}

export function toPlan(d: PlanDraft, notAmount: (text: string) => string): { plan: Plan; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const digits = minorDigits(d.currency.trim().toUpperCase() || 'USD');
  const money = (text: string, path: string): number => {
    const minor = decimalToMinor(text, digits);
    if (minor === null) problems.push({ path, message: notAmount(text) });
    return minor ?? 0;
  };
  const ids: string[] = [];
  const components: Component[] = d.components.map((c, i) => {
    const id = c.id || slugId(c.name, ids);
    ids.push(id);
    const at = `components[${i}]`;
    return {
      id,
      name: c.name,
      metric: c.metric,
      products: list(c.products),
      payout: c.payout === 'target_incentive' ? { kind: 'target_incentive', weightPercent: c.weight.trim() } : { kind: 'percent_of_amount' },
      table: {
        measure: c.measure,
        mode: c.mode,
        basis: c.basis,
        boundary: c.boundary,
        tiers: c.tiers.map((t, j) => ({ rate: t.rate.trim(), from: tierIsMoney(c) ? String(money(t.from, `${at}.table.tiers[${j}].from`)) : t.from.trim() })),
      },
      cap: c.cap === 'none' ? null : c.cap === 'amount' ? { kind: 'amount', amountMinor: money(c.capValue, `${at}.cap.amountMinor`) } : { kind: 'percent_of_target', percent: c.capValue.trim() },
      gate: c.gate ? { componentId: c.gateComponentId, comparison: c.gateComparison, attainmentPercent: c.gatePercent.trim() } : null,
    };
  });
  const spifIds: string[] = [];
  const spifs = d.spifs.map((s, i) => {
    const id = s.id || slugId(s.name, spifIds);
    spifIds.push(id);
    return {
      id,
      name: s.name,
      eventType: s.eventType,
      products: list(s.products),
      firstDay: s.firstDay,
      lastDay: s.lastDay,
      amountMinor: money(s.amount, `spifs[${i}].amountMinor`),
      payout: s.payout,
      minQuantity: Number.parseInt(s.minQuantity, 10) || 0,
    };
  });
  const plan: Plan = {
    name: d.name,
    currency: d.currency.trim().toUpperCase(),
    periodKind: d.periodKind,
    creditOn: d.creditOn,
    creditRoles: d.creditRoles,
    fxRates: d.fxRates.map((r) => ({ currency: r.currency.trim().toUpperCase(), rate: r.rate.trim() })),
    components,
    spifs,
    clawback: d.clawback ? { windowDays: Number.parseInt(d.windowDays, 10) || 0, mode: d.clawbackMode, termDays: d.clawbackMode === 'prorated' ? Number.parseInt(d.termDays, 10) || null : null } : null,
  };
  return { plan, problems };
}
