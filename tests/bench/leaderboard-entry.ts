// What tests/bench/leaderboard.bench.mjs drives in-process (bundled by it with esbuild): the
// real services on a database file, so the numbers are the queries' own, without HTTP.
import { join } from 'node:path';
import { openDb, closeDb } from '../../db/open';
import { parseGenericBody } from '../../main/ingest/generic/parse';
import { ChangeBus } from '../../main/services/bus';
import type { ServiceContext } from '../../main/services/context';
import { rebuildAggregates } from '../../main/services/gamification/aggregates';
import { getRanking, type RankingQuery } from '../../main/services/gamification/rankings';
import { ingestEvents } from '../../main/services/ingest';
import { getLeaderboard } from '../../main/services/leaderboard';
import { createRep } from '../../main/services/reps';
import { createSource, listSources, requireSource } from '../../main/services/sources';
import { listEvents } from '../../main/services/events';
import { ensureWorkspace, getCalendar, updateWorkspace } from '../../main/services/workspace';

export function open(dir: string, root: string): ServiceContext & { close(): void } {
  const db = openDb({ file: join(dir, 'fanfare.db'), migrationsFolder: join(root, 'db', 'migrations') });
  db.$client.pragma('cache_size = -262144');
  const ctx = { db, bus: new ChangeBus(), now: Date.now, baseUrl: () => '', version: 'bench', electron: false, log: () => undefined, close: () => closeDb(db) };
  ensureWorkspace(ctx, 'America/Sao_Paulo');
  updateWorkspace(ctx, { baseCurrency: 'BRL', weekStart: 1 });
  return ctx;
}

export function setup(ctx: ServiceContext, reps: number): { sourceId: string } {
  for (let i = 0; i < reps; i += 1) createRep(ctx, { name: `Rep ${String(i + 1).padStart(3, '0')}`, email: `rep${i + 1}@bench.test` });
  return { sourceId: createSource(ctx, { kind: 'generic', name: 'bench' }).id };
}

export function rebuild(ctx: ServiceContext): void {
  ctx.db.$client.transaction(() => rebuildAggregates(ctx, getCalendar(ctx)))();
}

export function ranking(ctx: ServiceContext, query: RankingQuery) {
  return getRanking(ctx, query);
}

/** What the Sources screen and the activity feed read when they open. */
export function sourcesScreen(ctx: ServiceContext) {
  return listSources(ctx);
}

export function activityFeed(ctx: ServiceContext) {
  return listEvents(ctx, { limit: 50, unmappedOnly: false });
}

export function wallboardBoard(ctx: ServiceContext) {
  return getLeaderboard(ctx, 'week');
}

export function deliver(ctx: ServiceContext, sourceId: string, event: object) {
  const parsed = parseGenericBody(event);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
}

export function existingSource(ctx: ServiceContext): { sourceId: string } {
  const source = ctx.db.$client.prepare("SELECT id FROM sources WHERE kind = 'generic' ORDER BY created_at LIMIT 1").get() as { id: string } | undefined;
  if (!source) throw new Error('the kept bench database has no source; delete it and run again');
  return { sourceId: source.id };
}
