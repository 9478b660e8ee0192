import { listReps as listRepRows } from '../../../db/queries/reps';
import { insertRep } from '../../../db/queries/reps';
import { findSource, insertSource } from '../../../db/queries/sources';
import { inTransaction } from '../../../db/transaction';
import { parseGenericBody } from '../../ingest/generic/parse';
import { seedDemoCommissions } from '../commissions/demo';
import type { ServiceContext } from '../context';
import { ingestEvents } from '../ingest';
import { readWorkspace } from '../../../db/queries/workspace';
import { markAsDemo } from '../workspace';
import { newToken } from '../tokens';
import { demoEvent, demoHistory, seededRandom, type DemoEvent } from './generator';
import { DEMO_TEAM } from './team';
import { DateTime } from 'luxon';

const DEMO_SOURCE_ID = 'generic-demo';

function ingestDemo(ctx: ServiceContext, events: DemoEvent[]): void {
  const source = findSource(ctx.db, DEMO_SOURCE_ID);
  if (!source) return;
  const parsed = parseGenericBody(events);
  if (!parsed.ok) throw new Error(`demo generator made an invalid event: ${JSON.stringify(parsed.problems[0])}`);
  ingestEvents(ctx, source, parsed.value);
}

/**
 * Fills an empty workspace with the demo team, a source for its events and a week of
 * history, and marks the workspace as demo so every screen says so. Refuses to touch a
 * workspace that already holds real reps.
 */
export function seedDemo(ctx: ServiceContext): { seeded: boolean; reason?: string } {
  const workspace = readWorkspace(ctx.db);
  if (!workspace) throw new Error('seedDemo needs the workspace to exist');
  if (workspace.demo) return { seeded: false, reason: 'already a demo workspace' };
  if (listRepRows(ctx.db).length > 0) return { seeded: false, reason: 'this data folder already holds real reps; use an empty --data-dir for the demo' };
  inTransaction(ctx.db, () => {
    markAsDemo(ctx, 'Demo Sales Team');
    for (const rep of DEMO_TEAM) insertRep(ctx.db, { name: rep.name, email: rep.email, active: true, teamId: null, createdAt: ctx.now() });
    insertSource(ctx.db, {
      id: DEMO_SOURCE_ID,
      kind: 'generic',
      name: 'Demo data generator',
      secret: `fsk_${newToken(24)}`,
      enabled: true,
      configJson: '{}',
      createdAt: ctx.now(),
    });
    seedDemoCommissions(ctx);
  });
  const offset = DateTime.fromMillis(ctx.now(), { zone: workspace.timeZone }).offset;
  const history = demoHistory(ctx.now(), offset, workspace.baseCurrency);
  for (let i = 0; i < history.length; i += 500) ingestDemo(ctx, history.slice(i, i + 500));
  ctx.bus.changed('workspace', 'reps', 'sources', 'commissions');
  return { seeded: true };
}

/** A plausible live event every few seconds, until stopped. */
export function startDemoTrickle(ctx: ServiceContext, everyMs: { min: number; max: number } = { min: 2500, max: 6000 }): () => void {
  const random = seededRandom(ctx.now());
  let timer: NodeJS.Timeout | null = null;
  let sequence = 0;
  const tick = () => {
    const workspace = readWorkspace(ctx.db);
    if (workspace?.demo) {
      sequence += 1;
      try {
        ingestDemo(ctx, [demoEvent(random, ctx.now(), workspace.baseCurrency, `live-${ctx.now()}-${sequence}`)]);
      } catch (error) {
        ctx.log('error', 'demo event failed', error);
      }
    }
    timer = setTimeout(tick, everyMs.min + random() * (everyMs.max - everyMs.min));
    timer.unref();
  };
  timer = setTimeout(tick, everyMs.min);
  timer.unref();
  return () => {
    if (timer) clearTimeout(timer);
  };
}
