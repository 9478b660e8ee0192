// Badges, level-ups and goal notifications happen exactly once even when several processes
// deliver the same events (and different qualifying ones) into one database at the same time.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { genericSource } from '../../../tests/support/deliver';
import { createTestContext, MIGRATIONS, type TestContext } from '../../../tests/support/context';
import { badgeAwards, events, goalMarks, ledger, levelUps, notifications } from '../../../db/schema';
import { createRep } from '../reps';
import { createGoal } from './goals';

const run = promisify(execFile);
let ctx: TestContext;

beforeEach(() => {
  ctx = createTestContext({ now: new Date().toISOString() });
});
afterEach(() => ctx.dispose());

it('four processes racing with duplicate and distinct qualifying events award each badge, level and goal tier once', async () => {
  // CommonJS, so the bundle finds better-sqlite3 (kept external: it is native) through NODE_PATH.
  const worker = join(ctx.dir, 'worker.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../../tests/support/concurrent-ingest-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: worker,
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  const { sourceId } = genericSource(ctx);
  const ana = createRep(ctx, { name: 'Ana Souza', email: 'ana@x.com' }).id;
  createGoal(ctx, { scope: 'rep', repId: ana, measure: 'deals_won', period: 'week', target: 2, tiers: [100, 150] });
  const now = new Date().toISOString();
  const deal = (id: string) => ({ id, type: 'deal.won', occurredAt: now, rep: { email: 'ana@x.com' }, amount: { value: '900.00', currency: 'BRL' } });
  // Every process delivers the same five deals (duplicates of each other) and two of its own.
  const shared = ['s1', 's2', 's3', 's4', 's5'].map(deal);
  const files = [0, 1, 2, 3].map((p) => {
    const file = join(ctx.dir, `events-${p}.json`);
    writeFileSync(file, JSON.stringify([...shared, deal(`own-${p}-a`), deal(`own-${p}-b`)]));
    return file;
  });
  const results = await Promise.all(files.map((file) => run(process.execPath, [worker, join(ctx.dir, 'fanfare.db'), MIGRATIONS, sourceId, file], { env: { ...process.env, NODE_PATH: join(import.meta.dirname, '../../../node_modules') } })));
  const accepted = results.reduce((sum, r) => sum + (JSON.parse(r.stdout) as { accepted: number }).accepted, 0);

  expect(accepted).toBe(5 + 4 * 2);
  expect(ctx.db.select().from(events).all()).toHaveLength(13);
  expect(ctx.db.select().from(ledger).all()).toHaveLength(13);
  const badges = ctx.db.select().from(badgeAwards).all().map((a) => a.badgeId).sort();
  expect(badges).toEqual(['deals_10', 'first_sale']);
  const levels = ctx.db.select().from(levelUps).all().map((l) => l.level);
  expect(new Set(levels).size).toBe(levels.length);
  expect(ctx.db.select().from(goalMarks).all().map((m) => m.tier).sort()).toEqual([100, 150]);
  const told = ctx.db.select().from(notifications).all().map((n) => JSON.parse(n.payloadJson) as { kind: string; badgeId?: string; tier?: number; level?: number });
  expect(told.filter((n) => n.kind === 'badge_earned').map((n) => n.badgeId).sort()).toEqual(['deals_10', 'first_sale']);
  expect(told.filter((n) => n.kind === 'goal_reached').map((n) => n.tier).sort()).toEqual([100, 150]);
  expect(told.filter((n) => n.kind === 'level_up').length).toBeLessThanOrEqual(levels.length);
}, 60_000);
