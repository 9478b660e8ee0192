// Leaderboard queries on a big ledger: 5,000,000 ledger rows (and events and deliveries) for 200 reps over
// the last 400 days. Rankings read the day aggregates, so their cost is days x reps, not the
// ledger's size. Also: rebuilding the aggregates from the log, and a scored event's cost
// (aggregates, badges, goals, levels) at that size.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, ROOT, summarize } from './support.mjs';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 5_000_000);
const REPS = 200;
const DAYS = 400;

const outDir = join(ROOT, 'node_modules/.cache/fanfare-bench');
mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'leaderboard-entry.mjs');
await build({ entryPoints: [join(ROOT, 'tests/bench/leaderboard-entry.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: entry, logLevel: 'warning' });
const bench = await import(entry);

// BENCH_KEEP=<dir> keeps the generated database there and reuses it on the next run.
const keep = process.env.BENCH_KEEP;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'fanfare-bench-lb-'));
const reuse = keep !== undefined && existsSync(join(dir, 'fanfare.db'));
if (keep) mkdirSync(dir, { recursive: true });
const ctx = bench.open(dir, ROOT);
try {
  const { sourceId } = reuse ? bench.existingSource(ctx) : bench.setup(ctx, REPS);
  const now = Date.now();
  const first = now - DAYS * 86_400_000;
  const step = (now - first) / ROWS;
  const types = ['reply.sent', 'quote.sent', 'deal.won', 'appointment.booked', 'catalog.sale', 'payment.confirmed', 'activity', 'followup.converted'];
  let t0 = performance.now();
  const db = ctx.db.$client;
  if (!reuse) db.transaction(() => {
    db.prepare(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
      INSERT INTO events (source_id, external_id, type, rep_id, occurred_at, occurred_offset, received_at, amount_minor, currency, payload_json, activity_name, response_seconds)
      SELECT ?, 'e' || i, json_extract(?, '$[' || (i % 8) || ']'), (i * 7919) % ? + 1, CAST(? + i * ? AS INTEGER), -180, CAST(? + i * ? AS INTEGER),
        CASE WHEN i % 8 IN (2, 4, 5) THEN (i % 9973) * 100 END, CASE WHEN i % 8 IN (2, 4, 5) THEN 'BRL' END, '{}',
        CASE WHEN i % 8 = 6 THEN 'call' END, CASE WHEN i % 8 = 0 THEN i % 3600 END
      FROM n`).run(ROWS, sourceId, JSON.stringify(types), REPS, first, step, first, step);
    db.prepare(`
      INSERT INTO ledger (event_id, rep_id, rule_id, points, kind, occurred_at, explanation_json, created_at)
      SELECT id, rep_id, NULL, 1 + (id % 40), 'award', occurred_at, '{}', received_at FROM events`).run();
    // One delivery per event, as webhooks bring them (the Sources screen reads these).
    db.prepare(`
      INSERT INTO deliveries (source_id, received_at, outcome, http_status, event_count, external_ids_json, summary_json)
      SELECT source_id, received_at, 'accepted', 200, 1, json_array(external_id), '{"accepted":1,"duplicates":0,"alreadyCounted":0,"waiting":0,"held":0,"ignored":0}'
      FROM events`).run();
  })();
  if (!reuse) {
    console.log(`setup: ${ROWS.toLocaleString('en')} events + ledger rows for ${REPS} reps over ${DAYS} days in ${(performance.now() - t0) / 1000 | 0} s`);
    t0 = performance.now();
    bench.rebuild(ctx);
    console.log(`rebuild of the day aggregates from the log (time-zone change, recompute): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    console.log(`reusing the ${ROWS.toLocaleString('en')}-row database in ${dir}`);
  }

  // Wall time, and the CPU time this process spent: on a shared machine the wall clock also
  // counts the time other processes held the CPU, the CPU time does not.
  const timed = (work) => {
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    work();
    const wall = Number(process.hrtime.bigint() - t) / 1e6;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1000 };
  };
  const report = (label, samples) => {
    const w = summarize(samples.map((x) => x.wall));
    const c = summarize(samples.map((x) => x.cpu));
    console.log(`${label.padEnd(44)} p50 ${fmt(w.p50)}, p99 ${fmt(w.p99)} wall | p50 ${fmt(c.p50)}, p99 ${fmt(c.p99)} CPU (${w.n} runs)`);
  };
  console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores`);
  const measure = (label, query, runs = 400) => {
    for (let i = 0; i < 20; i += 1) bench.ranking(ctx, query);
    const samples = [];
    for (let i = 0; i < runs; i += 1) samples.push(timed(() => bench.ranking(ctx, query)));
    report(label, samples);
  };
  measure('leaderboard, points, this week', { metric: 'points', period: 'week', groupBy: 'rep' });
  measure('leaderboard, points, this month', { metric: 'points', period: 'month', groupBy: 'rep' });
  measure('leaderboard, revenue, this month', { metric: 'revenue', period: 'month', groupBy: 'rep' });
  measure('leaderboard, quotes sent, this week', { metric: 'event_count', eventType: 'quote.sent', period: 'week', groupBy: 'rep' });
  measure('leaderboard, teams by points, this month', { metric: 'points', period: 'month', groupBy: 'team' });
  measure('leaderboard, points, this year', { metric: 'points', period: 'year', groupBy: 'rep' }, 100);

  const screens = [];
  for (let i = 0; i < 50; i += 1) screens.push(timed(() => bench.sourcesScreen(ctx)));
  report('Sources screen (every source with its stats)', screens.slice(5));
  const feed = [];
  for (let i = 0; i < 50; i += 1) feed.push(timed(() => bench.activityFeed(ctx)));
  report('activity feed, newest 50 events', feed.slice(5));

  const scored = [];
  for (let i = 0; i < 300; i += 1) {
    const type = types[i % 4];
    const event = { id: `live-${Date.now()}-${i}`, type, occurredAt: new Date().toISOString(), rep: { email: `rep${(i % REPS) + 1}@bench.test` } };
    if (type === 'deal.won') event.amount = { value: '1500.00', currency: 'BRL' };
    if (type === 'reply.sent') event.responseSeconds = 120;
    scored.push(timed(() => bench.deliver(ctx, sourceId, event)));
  }
  report('one event stored + scored + gamified', scored.slice(20));
} finally {
  ctx.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
