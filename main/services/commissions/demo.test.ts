import { afterEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { seedDemo } from '../demo';
import { listPlans } from './plans';
import { periodStatements } from './statements';

let ctx: TestContext;
afterEach(() => ctx.dispose());

it('the demo team comes with a commission plan, so statements are alive from the start', () => {
  ctx = createTestContext({ now: '2026-11-24T15:00:00Z' });
  expect(seedDemo(ctx).seeded).toBe(true);
  const [plan] = listPlans(ctx);
  expect(plan).toMatchObject({ assignedReps: 10, plan: { name: 'Account executives (demo)', currency: 'BRL' } });
  const november = periodStatements(ctx, { planId: plan!.id, firstDay: '2026-11-01' });
  expect(november.statements).toHaveLength(10);
  expect(november.statements.every((s) => s.warnings.length === 0)).toBe(true);
  // The demo week's deals won pay commission to the reps who won them.
  expect(november.statements.filter((s) => s.totals.payoutMinor > 0).length).toBeGreaterThan(3);
});
