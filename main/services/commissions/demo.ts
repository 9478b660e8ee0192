// The demo team's commission plan, so a newcomer's Statements screen is alive from the start:
// tiers on quota attainment with an accelerator, a SPIF for the month and a 90-day clawback.
import { insertPlanRow, upsertAssignmentRow } from '../../../db/queries/commission-plans';
import { listReps } from '../../../db/queries/reps';
import type { CommissionPlan } from '../../engine/commissions/plan';
import { currencyExponent } from '../../engine/currencies';
import type { ServiceContext } from '../context';
import { getCalendar } from '../workspace';
import { periodAt } from './calendar';

/** Call inside the demo seeding transaction, once the demo reps exist. */
export function seedDemoCommissions(ctx: ServiceContext): void {
  const calendar = getCalendar(ctx);
  const month = periodAt('month', ctx.now(), calendar);
  const unit = 10 ** currencyExponent(calendar.baseCurrency);
  const plan: CommissionPlan = {
    name: 'Account executives (demo)',
    currency: calendar.baseCurrency,
    periodKind: 'month',
    creditOn: 'booking',
    creditRoles: 'direct',
    fxRates: [],
    components: [
      {
        id: 'revenue',
        name: 'Revenue',
        metric: 'amount',
        products: [],
        payout: { kind: 'percent_of_amount' },
        table: { measure: 'attainment', mode: 'marginal', basis: 'cumulative', boundary: 'upper_tier', tiers: [{ from: '0', rate: '5' }, { from: '50', rate: '8' }, { from: '100', rate: '12' }] },
        cap: null,
        gate: null,
      },
    ],
    spifs: [{ id: 'month-push', name: 'Month push', eventType: 'deal.won', products: [], firstDay: month.firstDay, lastDay: month.lastDay, amountMinor: 250 * unit, payout: 'every_time', minQuantity: 3 }],
    clawback: { windowDays: 90, mode: 'full', termDays: null },
  };
  const now = ctx.now();
  const row = insertPlanRow(ctx.db, { name: plan.name, planJson: JSON.stringify(plan), archived: false, createdAt: now, updatedAt: now });
  for (const rep of listReps(ctx.db)) {
    const terms = { startDay: month.firstDay, endDay: null, quotas: [{ componentId: 'revenue', quota: String(120_000 * unit) }], targetIncentiveMinor: null, ramp: [], leaves: [], draw: null };
    upsertAssignmentRow(ctx.db, { planId: row.id, repId: rep.id, termsJson: JSON.stringify(terms), createdAt: now, updatedAt: now });
  }
}
