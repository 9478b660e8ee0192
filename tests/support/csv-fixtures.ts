import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportKind, ImportPlan } from '../../preload/imports-contract';
import { CSV_FIXTURES_DIR } from './fixtures';
import { inspectSample, suggestPlan, type WorkspaceDefaults } from '../../main/ingest/csv/inspect';
import { readCsvEvents } from '../../main/ingest/csv/read-events';
import type { CsvEvent } from '../../main/ingest/csv/row-mapper';

export const CSV_FIXTURES = CSV_FIXTURES_DIR;

/** The vendor CSV fixtures, as bytes (never re-encoded). */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(process.env.FANFARE_CSV_FIXTURES ?? CSV_FIXTURES, name));
}

export const SAO_PAULO: WorkspaceDefaults = { timeZone: 'America/Sao_Paulo', baseCurrency: 'BRL', locale: 'pt-BR' };

/** Feeds bytes in small pieces, as a stream from disk would (splits land inside characters and quotes). */
export async function* pieces(bytes: Buffer, size = 97): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export async function readFixture(name: string, options: { kind?: ImportKind; plan?: Partial<ImportPlan> } = {}) {
  const bytes = fixtureBytes(name);
  const view = inspectSample(bytes, true);
  const suggested = suggestPlan(view, SAO_PAULO, options.kind);
  const plan: ImportPlan = { ...suggested.plan, sourceId: 'csv-test', ...options.plan };
  const events: CsvEvent[] = [];
  const result = await readCsvEvents(pieces(bytes), { plan, onChunk: (chunk) => void events.push(...chunk.events), chunkEvents: 5 });
  return { view, suggested, plan, events, ...result };
}
