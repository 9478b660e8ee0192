import { parseGenericBody } from '../../main/ingest/generic/parse';
import { ingestEvents } from '../../main/services/ingest';
import { getLeaderboard } from '../../main/services/leaderboard';
import { requireSource } from '../../main/services/sources';
import type { TestContext } from './context';

/** Delivers generic-format events to a source, as a webhook would (throws on a bad body). */
export function deliver(ctx: TestContext, sourceId: string, events: object[]) {
  const parsed = parseGenericBody(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
}

/** A rep's points this year (the leaderboard a manager reads). */
export function yearPoints(ctx: TestContext, name: string): number {
  return getLeaderboard(ctx, 'year').rows.find((r) => r.name === name)?.points ?? 0;
}

/** A rep's points on one local day. */
export function dayPoints(ctx: TestContext, name: string, at: string): number {
  return getLeaderboard(ctx, 'day', Date.parse(at)).rows.find((r) => r.name === name)?.points ?? 0;
}
