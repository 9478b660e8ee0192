// The worker thread the app reads files with (built as the app builds it), against reading
// on the same thread: the same events, the same report.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../tests/support/context';
import { fixtureBytes, SAO_PAULO } from '../../../tests/support/csv-fixtures';
import { inspectSample, suggestPlan } from '../../ingest/csv/inspect';
import type { ReadChunk } from '../../ingest/csv/read-events';
import { readInWorker, readOnThisThread } from './file-reader';
import { writeFileSync } from 'node:fs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

async function buildWorker(): Promise<string> {
  const outdir = join(ROOT, 'node_modules', '.cache', `fanfare-worker-test-${process.pid}`);
  mkdirSync(outdir, { recursive: true });
  await build({ entryPoints: { 'csv-reader': join(ROOT, 'main/workers/csv-reader.ts') }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outExtension: { '.js': '.cjs' }, outdir, logLevel: 'error' });
  return join(outdir, 'csv-reader.cjs');
}

describe('reading in a worker thread', () => {
  it('yields the same events and findings as reading on the main thread', async () => {
    const ctx = createTestContext();
    try {
      const bytes = fixtureBytes('messy_payments.csv');
      const path = join(ctx.dir, 'messy.csv');
      writeFileSync(path, bytes);
      const plan = { ...suggestPlan(inspectSample(bytes, true), SAO_PAULO).plan, sourceId: 'csv-sheets' };
      const collect = async (read: typeof readOnThisThread) => {
        const chunks: ReadChunk[] = [];
        const result = await read(path, plan, (chunk) => void chunks.push(chunk), () => false);
        return { events: chunks.flatMap((c) => c.events), stats: result.stats, rows: chunks.at(-1)?.rows };
      };
      const inWorker = await collect(readInWorker(await buildWorker()));
      const here = await collect(readOnThisThread);
      expect(inWorker.events).toHaveLength(13);
      expect(inWorker).toEqual(here);
    } finally {
      ctx.dispose();
    }
  });

  it('reports a broken file as unreadable, with its line', async () => {
    const ctx = createTestContext();
    try {
      const path = join(ctx.dir, 'broken.csv');
      writeFileSync(path, 'id,amount,currency,date\n1,10.00,USD,2025-10-01\n2,"20.00,USD,2025-10-02\n');
      const plan = { ...suggestPlan(inspectSample(Buffer.from('id,amount,currency,date\n'), true), SAO_PAULO).plan, sourceId: 'csv-sheets' };
      await expect(readInWorker(await buildWorker())(path, plan, () => undefined, () => false)).rejects.toMatchObject({ line: 3 });
    } finally {
      ctx.dispose();
    }
  });
});
