// Recompute: rebuilds the points of a date range from the event log under the current rules.
//
// Why adjustment rows, not a new ledger generation: the ledger stays append-only and every
// reader keeps working unchanged. Leaderboards, goals, badges and commission statements all
// sum `ledger.points`; a generation column would make each of them filter on "the current
// generation" and silently double count the day one forgets. An adjustment row per event
// whose points change (before, after, rule version, and how the new points come about in its
// explanation) brings the sum to exactly what the current rules give, keeps what the rep saw
// before and why it changed auditable, and lets a locked commission period show the change as
// an adjustment. The day totals move with the rows, in the same transaction.
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ParsedInput, RecomputePlan } from '../../preload/contract';
import { eventIdsBetween, eventsByIds, type EventRow } from '../../db/queries/events';
import { firstAwardRowOfRep, netPointsOfEvents } from '../../db/queries/ledger';
import { totalsByRep } from '../../db/queries/ranges';
import { listReps } from '../../db/queries/reps';
import { inTransaction } from '../../db/transaction';
import { isReversingType } from '../engine/event-types';
import { adjustmentsFor, desiredPoints, type Adjustment, type RecomputeCounted, type RecomputeEvent } from '../engine/scoring/recompute';
import type { RuleSet } from '../engine/scoring/rules';
import { audit } from './audit/audit';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { eventType, scorable, scoringSetup, subjectStateOf, writeLedger, type ScoringSetup } from './scoring';
import { newToken } from './tokens';

const CHUNK = 1000;
const PLAN_TTL_MS = 30 * 60_000;

interface Plan {
  id: string;
  fromDay: string;
  toDay: string;
  ruleVersion: number;
  hash: string;
  events: number;
  adjustments: Adjustment[];
  createdAt: number;
}

// Keyed by the database, not the context: each request gets its own context (it names who acts).
const plans = new WeakMap<ServiceContext['db'], Map<string, Plan>>();

function plansOf(ctx: ServiceContext): Map<string, Plan> {
  let map = plans.get(ctx.db);
  if (!map) plans.set(ctx.db, (map = new Map()));
  for (const [id, plan] of map) if (ctx.now() - plan.createdAt > PLAN_TTL_MS) map.delete(id);
  return map;
}

function rangeOf(set: RuleSet, fromDay: string, toDay: string): { start: number; end: number } {
  if (toDay < fromDay) fail('invalid_input', `The last day (${toDay}) is before the first day (${fromDay}).`, { path: 'toDay' });
  const start = DateTime.fromISO(fromDay, { zone: set.timeZone }).startOf('day');
  const end = DateTime.fromISO(toDay, { zone: set.timeZone }).plus({ days: 1 }).startOf('day');
  return { start: start.toMillis(), end: end.toMillis() };
}

function counted(row: EventRow): RecomputeCounted {
  return { ...scorable(row), id: row.id, repId: row.repId, repeatsEventId: row.repeatsEventId };
}

/** The events of a chunk as the engine's recompute sees them (a reversal with what it takes back). */
function recomputeEvents(ctx: ServiceContext, rows: readonly EventRow[], range: { start: number; end: number }): RecomputeEvent[] {
  return rows.map((row): RecomputeEvent => {
    if (!isReversingType(eventType(row))) return { kind: 'counted', event: counted(row) };
    const { state, rows: subject } = subjectStateOf(ctx, row);
    const targetId = [...state.reversalsOf].find(([, reversals]) => reversals.includes(row.id))?.[0];
    const target = subject.find((r) => r.id === targetId);
    const base = { id: row.id, type: eventType(row), occurredAt: row.occurredAt, amountMinor: row.amountMinor, currency: row.currency };
    if (!target) return { kind: 'reversal', event: { ...base, target: null } };
    const reversals = state.reversalsOf.get(target.id) ?? [];
    const upTo = reversals.slice(0, reversals.indexOf(row.id) + 1);
    const inScope = target.occurredAt >= range.start && target.occurredAt < range.end;
    const currentPoints = inScope || target.repId === null ? 0 : (netPointsOfEvents(ctx.db, [target.id]).get(`${target.id}:${target.repId}`)?.points ?? 0);
    return {
      kind: 'reversal',
      event: { ...base, target: { event: counted(target), inScope, currentPoints, amountsSoFar: upTo.map((id) => subject.find((r) => r.id === id)?.amountMinor ?? null) } },
    };
  });
}

function chunkAdjustments(ctx: ServiceContext, set: RuleSet, ids: readonly number[], range: { start: number; end: number }): Adjustment[] {
  const rows = eventsByIds(ctx.db, ids);
  const desired = recomputeEvents(ctx, rows, range).flatMap((e) => desiredPoints(e, set) ?? []);
  return adjustmentsFor(desired, netPointsOfEvents(ctx.db, ids), set.version);
}

function hashOf(adjustments: readonly Adjustment[]): string {
  const hash = createHash('sha256');
  for (const a of adjustments) hash.update(`${a.eventId}:${a.repId}:${a.points};`);
  return hash.digest('hex');
}

function summary(ctx: ServiceContext, plan: Plan): RecomputePlan['reps'] {
  const delta = new Map<number, number>();
  for (const a of plan.adjustments) delta.set(a.repId, (delta.get(a.repId) ?? 0) + a.points);
  const before = new Map(totalsByRep(ctx.db, { kind: 'points' }, { head: [plan.fromDay, plan.toDay], months: null, tail: null }).map((t) => [t.repId, t.value]));
  return listReps(ctx.db)
    .filter((r) => (before.get(r.id) ?? 0) !== 0 || delta.has(r.id))
    .map((r) => ({ repId: r.id, name: r.name, before: before.get(r.id) ?? 0, after: (before.get(r.id) ?? 0) + (delta.get(r.id) ?? 0) }))
    .sort((a, b) => b.after - a.after || a.name.localeCompare(b.name));
}

/**
 * Writes one planned adjustment. It points at the award it changes (for a counted event, the
 * rep's award on it; for a reversal, the award it takes back), so later refunds see it; a
 * counted event that earned nothing before gets the new points as its award.
 */
function writeAdjustment(ctx: ServiceContext, setup: ScoringSetup, a: Adjustment): void {
  const row = { eventId: a.eventId, repId: a.repId, ruleId: a.ruleId, points: a.points, occurredAt: a.occurredAt };
  const award = firstAwardRowOfRep(ctx.db, a.targetEventId ?? a.eventId, a.repId);
  if (!award && a.targetEventId === null) writeLedger(ctx, setup, row, 'award', a.explanation);
  else writeLedger(ctx, setup, row, 'adjustment', a.explanation, award?.id ?? null);
}

/**
 * What recomputing [fromDay, toDay] under the current rules would change, per rep, without
 * writing anything. Works through the events a chunk at a time, yielding between chunks and
 * pushing progress, so the app stays live while a long range is computed.
 */
export async function previewRecompute(ctx: ServiceContext, input: ParsedInput<'recompute.preview'>): Promise<RecomputePlan> {
  const { set } = scoringSetup(ctx);
  const range = rangeOf(set, input.fromDay, input.toDay);
  const ids = eventIdsBetween(ctx.db, range.start, range.end);
  const id = newToken(9);
  const adjustments: Adjustment[] = [];
  ctx.bus.progress({ task: 'recompute', id, phase: 'preview', done: 0, total: ids.length });
  for (let i = 0; i < ids.length; i += CHUNK) {
    adjustments.push(...chunkAdjustments(ctx, set, ids.slice(i, i + CHUNK), range));
    ctx.bus.progress({ task: 'recompute', id, phase: 'preview', done: Math.min(ids.length, i + CHUNK), total: ids.length });
    await new Promise((resolve) => setImmediate(resolve));
  }
  const plan: Plan = { id, fromDay: input.fromDay, toDay: input.toDay, ruleVersion: set.version, hash: hashOf(adjustments), events: ids.length, adjustments, createdAt: ctx.now() };
  plansOf(ctx).set(id, plan);
  return { planId: id, fromDay: plan.fromDay, toDay: plan.toDay, ruleVersion: plan.ruleVersion, events: plan.events, adjustments: adjustments.length, reps: summary(ctx, plan) };
}

/**
 * Writes a previewed recompute, in one transaction: the adjustments are worked out again
 * inside it and must be exactly the ones the manager confirmed; if events or rules moved
 * meanwhile, nothing is written and the manager previews again.
 */
export function applyRecompute(ctx: ServiceContext, input: ParsedInput<'recompute.apply'>): { adjustments: number; reps: RecomputePlan['reps'] } {
  const plan = plansOf(ctx).get(input.planId) ?? fail('not_found', 'This preview has expired or was already applied; preview the recompute again.');
  const reps = summary(ctx, plan);
  const written = inTransaction(ctx.db, () => {
    const setup = scoringSetup(ctx);
    const { set } = setup;
    const range = rangeOf(set, plan.fromDay, plan.toDay);
    const ids = eventIdsBetween(ctx.db, range.start, range.end);
    const adjustments: Adjustment[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) adjustments.push(...chunkAdjustments(ctx, set, ids.slice(i, i + CHUNK), range));
    if (set.version !== plan.ruleVersion || hashOf(adjustments) !== plan.hash) {
      fail('conflict', 'The rules or the events of this range changed since the preview; preview again to see the new numbers.');
    }
    for (const a of adjustments) writeAdjustment(ctx, setup, a);
    audit(ctx, {
      action: 'recompute.apply',
      entity: { type: 'ledger', label: `${plan.fromDay} – ${plan.toDay}` },
      after: { fromDay: plan.fromDay, toDay: plan.toDay, ruleVersion: set.version, events: plan.events, adjustments: adjustments.length, reps },
    });
    return adjustments.length;
  });
  plansOf(ctx).delete(plan.id);
  ctx.bus.changed('ledger', 'events', 'audit');
  return { adjustments: written, reps };
}
