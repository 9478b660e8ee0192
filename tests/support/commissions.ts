// A workspace with a realistic commission plan, for the commission service tests: Ana and
// Bruno on "Account executives" (tiers on quota attainment with an accelerator, a SPIF and a
// 90-day clawback), events delivered through the real generic webhook path.
import { parseGenericBody } from '../../main/ingest/generic/parse';
import type { CommissionPlan } from '../../main/engine/commissions/plan';
import { createPlan, saveAssignment } from '../../main/services/commissions/plans';
import { ingestEvents } from '../../main/services/ingest';
import { createRep } from '../../main/services/reps';
import { createSource, requireSource } from '../../main/services/sources';
import { updateWorkspace } from '../../main/services/workspace';
import { createTestContext, type TestContext } from './context';

export const REALISTIC_PLAN: CommissionPlan = {
  name: 'Account executives',
  currency: 'BRL',
  periodKind: 'month',
  creditOn: 'booking',
  creditRoles: 'direct',
  fxRates: [{ currency: 'USD', rate: '5.00' }],
  components: [
    {
      id: 'revenue',
      name: 'Revenue',
      metric: 'amount',
      products: [],
      payout: { kind: 'percent_of_amount' },
      // 5% up to half the quota, 8% up to the quota, 12% beyond it (the accelerator).
      table: { measure: 'attainment', mode: 'marginal', basis: 'cumulative', boundary: 'upper_tier', tiers: [{ from: '0', rate: '5' }, { from: '50', rate: '8' }, { from: '100', rate: '12' }] },
      cap: null,
      gate: null,
    },
  ],
  spifs: [{ id: 'cloud', name: 'Cloud push', eventType: 'deal.won', products: ['cloud'], firstDay: '2026-11-01', lastDay: '2026-11-30', amountMinor: 50000, payout: 'every_time', minQuantity: 1 }],
  clawback: { windowDays: 90, mode: 'full', termDays: null },
};

export interface CommissionWorld {
  ctx: TestContext;
  planId: number;
  ana: number;
  bruno: number;
  /** Delivers events in Fanfare's generic format through the real ingest path. */
  deliver(events: object[]): void;
}

export function commissionWorld(options: { plan?: CommissionPlan; now?: string } = {}): CommissionWorld {
  const ctx = createTestContext({ now: options.now ?? '2026-11-24T15:00:00Z' });
  updateWorkspace(ctx, { locale: 'en', name: 'Fanfare Sales' });
  const sourceId = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
  const ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@example.com' }).id;
  const bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@example.com' }).id;
  const planId = createPlan(ctx, { plan: options.plan ?? REALISTIC_PLAN }).id;
  const terms = { startDay: '2026-10-01', endDay: null, quotas: [{ componentId: 'revenue', quota: '10000000' }], targetIncentiveMinor: null, ramp: [], leaves: [], draw: null };
  saveAssignment(ctx, { planId, repId: ana, terms });
  saveAssignment(ctx, { planId, repId: bruno, terms });
  return {
    ctx,
    planId,
    ana,
    bruno,
    deliver(events) {
      const parsed = parseGenericBody(events);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
    },
  };
}

export const won = (id: string, email: string, day: string, value: string, extra: object = {}) => ({
  id,
  type: 'deal.won',
  occurredAt: `${day}T14:00:00-03:00`,
  rep: { email },
  amount: { value, currency: 'BRL' },
  customer: { id: `c-${id}`, name: id.charAt(0).toUpperCase() + id.slice(1) },
  ...extra,
});
