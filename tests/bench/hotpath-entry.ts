// Profiling aid (not a benchmark of its own): many single-event deliveries in-process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, setup, deliver } from './leaderboard-entry';

const ctx = open(mkdtempSync(join(tmpdir(), 'hot-')), process.argv[2] ?? '.');
const { sourceId } = setup(ctx, 20);
const t0 = performance.now();
const N = 1500;
for (let i = 0; i < N; i += 1) {
  deliver(ctx, sourceId, { id: `e${i}`, type: i % 3 === 0 ? 'quote.sent' : 'reply.sent', occurredAt: new Date().toISOString(), rep: { email: `rep${(i % 20) + 1}@bench.test` } });
}
console.log('per delivery ms', ((performance.now() - t0) / N).toFixed(3));
ctx.close();
