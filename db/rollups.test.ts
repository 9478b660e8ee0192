// The month roll-ups are kept by triggers on the day aggregates: whatever writes a day (an
// upsert that adds to it, a rebuild that deletes and re-inserts, a row moved to another month
// or rep) leaves every month equal to the sum of its days.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../tests/support/context';
import { createRep } from '../main/services/reps';

let ctx: TestContext;
let ana: number;
let bruno: number;

beforeEach(() => {
  ctx = createTestContext();
  ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
  bruno = createRep(ctx, { name: 'Bruno Lima', email: 'bruno@x.com' }).id;
});
afterEach(() => ctx.dispose());

const run = (sql: string, ...params: unknown[]) => ctx.db.$client.prepare(sql).run(...params);
const all = (sql: string) => ctx.db.$client.prepare(sql).all();

const addPoints = (day: string, repId: number, points: number, at: number) =>
  run(
    `INSERT INTO rep_day_totals (day, rep_id, points, last_scored_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (day, rep_id) DO UPDATE SET points = points + excluded.points, last_scored_at = max(last_scored_at, excluded.last_scored_at)`,
    day,
    repId,
    points,
    at,
  );
const addMetric = (metric: string, day: string, repId: number, value: number, at: number) =>
  run(
    `INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (metric, day, rep_id) DO UPDATE SET value = value + excluded.value, last_at = max(last_at, excluded.last_at)`,
    metric,
    day,
    repId,
    value,
    at,
  );

const months = () => all('SELECT month, rep_id AS repId, points, last_scored_at AS lastAt FROM rep_month_totals WHERE points <> 0 ORDER BY month, rep_id');
const monthMetrics = () => all('SELECT metric, month, rep_id AS repId, value, last_at AS lastAt FROM rep_month_metrics WHERE value <> 0 ORDER BY metric, month, rep_id');

it('a month holds the sum of its days as points are added, moved and deleted', () => {
  addPoints('2026-11-02', ana, 50, 100);
  addPoints('2026-11-02', ana, 25, 300);
  addPoints('2026-11-20', ana, 10, 200);
  addPoints('2026-12-01', bruno, 40, 400);
  expect(months()).toEqual([
    { month: '2026-11', repId: ana, points: 85, lastAt: 300 },
    { month: '2026-12', repId: bruno, points: 40, lastAt: 400 },
  ]);

  // A day moved to another month and rep leaves its old month and joins the new one.
  run("UPDATE rep_day_totals SET day = '2026-12-03', rep_id = ? WHERE day = '2026-11-20' AND rep_id = ?", bruno, ana);
  expect(months()).toEqual([
    { month: '2026-11', repId: ana, points: 75, lastAt: 300 },
    { month: '2026-12', repId: bruno, points: 50, lastAt: 400 },
  ]);

  run("DELETE FROM rep_day_totals WHERE day = '2026-11-02'");
  expect(months()).toEqual([{ month: '2026-12', repId: bruno, points: 50, lastAt: 400 }]);
});

it('a month metric holds the sum of its days, negative days (refunds) included', () => {
  addMetric('revenue', '2026-11-02', ana, 120_000, 100);
  addMetric('revenue', '2026-11-02', ana, -20_000, 0);
  addMetric('revenue', '2026-11-05', ana, 5_000, 500);
  addMetric('deals_won', '2026-11-05', ana, 1, 500);
  expect(monthMetrics()).toEqual([
    { metric: 'deals_won', month: '2026-11', repId: ana, value: 1, lastAt: 500 },
    { metric: 'revenue', month: '2026-11', repId: ana, value: 105_000, lastAt: 500 },
  ]);

  run("UPDATE rep_day_metrics SET metric = 'type:deal.won' WHERE metric = 'deals_won'");
  run("UPDATE rep_day_metrics SET day = '2026-10-31' WHERE metric = 'revenue' AND day = '2026-11-05'");
  expect(monthMetrics()).toEqual([
    { metric: 'revenue', month: '2026-10', repId: ana, value: 5_000, lastAt: 500 },
    { metric: 'revenue', month: '2026-11', repId: ana, value: 100_000, lastAt: 500 },
    { metric: 'type:deal.won', month: '2026-11', repId: ana, value: 1, lastAt: 500 },
  ]);

  run('DELETE FROM rep_day_metrics');
  expect(monthMetrics()).toEqual([]);
});
