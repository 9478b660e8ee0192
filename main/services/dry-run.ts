import { randomBytes } from 'node:crypto';
import type { DeliverySummary } from '../../preload/contract';
import { findRep } from '../../db/queries/reps';
import { insertDelivery, type SourceRow } from '../../db/queries/sources';
import { scoreEvent } from '../engine/scoring/score';
import type { Interpretation } from '../ingest/adapter';
import { safeEqual } from '../ingest/signature';
import type { ServiceContext } from './context';
import { toDeliveryView } from './deliveries';
import { resolveRep } from './ingest';
import { loadRuleSet } from './rule-set';

/**
 * Vendor sources are tested with a dry run: Fanfare signs a sample delivery as the vendor
 * would and sends it to its own webhook URL with this header; the listener verifies and
 * interprets it as usual but stores nothing. The token is made at start and never leaves the
 * process, so nobody outside can ask for a dry run.
 */
export const DRY_RUN_HEADER = 'x-fanfare-dry-run';
const DRY_RUN_TOKEN = randomBytes(24).toString('hex');

export function dryRunToken(): string {
  return DRY_RUN_TOKEN;
}

export function isDryRunToken(value: string | string[] | undefined): boolean {
  return typeof value === 'string' && safeEqual(value, DRY_RUN_TOKEN);
}

export interface DryRunSummary {
  events: { id: string; type: string; rep: string | null; identity: string | null; amountMinor: number | null; currency: string | null; points: number }[];
  held: { id: string; reason: string }[];
  ignored: { id: string; reason: string }[];
}

export function summariseDryRun(ctx: ServiceContext, source: SourceRow, interpreted: Interpretation & { ok: true }): DryRunSummary {
  const set = loadRuleSet(ctx);
  return {
    events: interpreted.events.map((e) => {
      const repId = resolveRep(ctx, source.id, e.identity);
      const rep = repId === null ? undefined : findRep(ctx.db, repId);
      const [award] = rep ? scoreEvent({ ...e, amountMinor: e.amount?.minor ?? null, currency: e.amount?.currency ?? null }, set) : [];
      return { id: e.externalId, type: e.type, rep: rep?.name ?? null, identity: e.identity?.value ?? null, amountMinor: e.amount?.minor ?? null, currency: e.amount?.currency ?? null, points: award?.points ?? 0 };
    }),
    held: (interpreted.held ?? []).map((h) => ({ id: h.key, reason: h.reason })),
    ignored: (interpreted.ignored ?? []).map((i) => ({ id: i.key, reason: i.reason })),
  };
}

/** The test shows up in the delivery log like any delivery, saying nothing was stored. */
export function logDryRun(ctx: ServiceContext, source: SourceRow, summary: DryRunSummary): void {
  const described = summary.events.map((e) => `${e.type} for ${e.rep ?? `${e.identity ?? 'no one'} (not mapped to a rep yet)`}`);
  const row = insertDelivery(ctx.db, {
    sourceId: source.id,
    receivedAt: ctx.now(),
    outcome: 'accepted',
    httpStatus: 200,
    reason: `Test delivery, nothing stored: signature verified${described.length > 0 ? `; it would become ${described.join(', ')}` : ''}${summary.ignored.length > 0 ? `; ${summary.ignored[0]?.reason}` : ''}`,
    eventCount: summary.events.length,
    externalIdsJson: JSON.stringify(summary.events.map((e) => e.id).slice(0, 20)),
    summaryJson: JSON.stringify({
      accepted: 0,
      duplicates: 0,
      alreadyCounted: 0,
      waiting: 0,
      held: summary.held.length,
      ...(summary.held[0] ? { heldReason: summary.held[0].reason } : {}),
      ignored: summary.ignored.length,
      ...(summary.ignored[0] ? { ignoredReason: summary.ignored[0].reason } : {}),
      test: summary.events.map((e) => ({ type: e.type, rep: e.rep, identity: e.identity, points: e.points })),
    } satisfies DeliverySummary),
  });
  const view = toDeliveryView(row);
  ctx.bus.changed('deliveries');
  ctx.bus.delivery(view);
}
