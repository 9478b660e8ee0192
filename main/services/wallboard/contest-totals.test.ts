// A contest's totals read from the day aggregates (plus the raw rows of its partial first and
// last day) are exactly what the raw rows of its range add up to: the query the contest scene
// ran on the whole range before, kept here as the reference.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricQuery } from '../../../db/queries/metrics';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { createReps, importFile, procedures } from '../../../tests/support/imports';
import { parseGenericBody } from '../../ingest/generic/parse';
import { ingestEvents } from '../ingest';
import { updateRep } from '../reps';
import { createSource, requireSource } from '../sources';
import { contestTotals } from './contest-totals';

let ctx: TestContext;

function deliver(sourceId: string, events: object[]) {
  const parsed = parseGenericBody(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
}

/** The raw-rows computation over the whole range (the contest scene's query before day aggregates). */
function reference(query: MetricQuery, start: number, end: number): Map<number, number> {
  const counted = sql.raw('e.retracted_at IS NULL AND e.repeats_event_id IS NULL');
  const wonOrReopened = sql`FROM events e LEFT JOIN events o ON o.id = e.reverses_event_id AND o.type = 'deal.won'
    WHERE e.occurred_at >= ${start} AND e.occurred_at < ${end} AND ${counted} AND (e.type = 'deal.won' OR (e.type = 'deal.reopened' AND o.id IS NOT NULL))`;
  const values = {
    points: () => sql`SELECT rep_id, sum(points) AS value FROM ledger WHERE occurred_at >= ${start} AND occurred_at < ${end} GROUP BY rep_id`,
    revenue: (currency: string) => sql`SELECT coalesce(o.rep_id, e.rep_id) AS rep_id,
      sum(CASE WHEN e.type = 'deal.won' THEN e.amount_minor ELSE -coalesce(e.amount_minor, o.amount_minor, 0) END) AS value
      ${wonOrReopened} AND coalesce(e.currency, o.currency) = ${currency} GROUP BY 1`,
    deals: () => sql`SELECT coalesce(o.rep_id, e.rep_id) AS rep_id, sum(CASE WHEN e.type = 'deal.won' THEN 1 ELSE -1 END) AS value ${wonOrReopened} GROUP BY 1`,
    count: (type: string) => sql`SELECT rep_id, count(*) AS value FROM events e WHERE occurred_at >= ${start} AND occurred_at < ${end} AND type = ${type} AND ${counted} GROUP BY rep_id`,
  };
  const inner =
    query.metric === 'points' ? values.points() : query.metric === 'revenue' ? values.revenue(query.baseCurrency) : query.metric === 'deals_won' ? values.deals() : values.count(query.eventType);
  const rows = ctx.db.all<{ repId: number; value: number }>(sql`SELECT r.id AS repId, coalesce(v.value, 0) AS value FROM reps r LEFT JOIN (${inner}) v ON v.rep_id = r.id WHERE r.active = 1`);
  return new Map(rows.filter((r) => r.value !== 0).map((r) => [r.repId, r.value]));
}

function activeRepIds(): Set<number> {
  return new Set(ctx.db.all<{ id: number }>(sql`SELECT id FROM reps WHERE active = 1`).map((r) => r.id));
}

function fromAggregates(query: MetricQuery, start: number, end: number): Map<number, number> {
  const active = activeRepIds();
  const totals = contestTotals(ctx.db, query, start, end, 'America/Sao_Paulo');
  return new Map([...totals].filter(([repId, t]) => active.has(repId) && t.value !== 0).map(([repId, t]) => [repId, t.value]));
}

const won = (id: string, email: string, value: string | null, at: string) => ({ id, type: 'deal.won', occurredAt: at, rep: { email }, ...(value === null ? {} : { amount: { value, currency: 'BRL' } }) });
const taken = (id: string, type: string, reverses: string, email: string, value: string | null, at: string) => ({
  id,
  type,
  reverses,
  occurredAt: at,
  rep: { email },
  ...(value === null ? {} : { amount: { value, currency: 'BRL' } }),
});

beforeEach(async () => {
  ctx = createTestContext({ now: '2025-11-20T12:00:00Z' });
  const reps = createReps(ctx);
  const call = procedures(ctx);
  // An import that stays, and one that is undone: its events are retracted, its points cancelled.
  await importFile(ctx, 'hubspot_deals.csv');
  const undone = await importFile(ctx, 'stripe_payments_unified.csv');
  await call('imports.undo', { batchId: undone.job.batchId ?? 0 });
  const source = createSource(ctx, { kind: 'generic', name: 'CRM' }).id;
  deliver(source, [
    // Around the local midnights of 31 Oct / 1 Nov (São Paulo, -03:00) and inside whole days.
    won('edge-before', 'ana@example.com', '100.00', '2025-10-31T23:59:59-03:00'),
    won('edge-at', 'bruno@example.com', '200.00', '2025-11-01T00:00:00-03:00'),
    won('morning', 'ana@example.com', '300.00', '2025-11-03T09:15:00-03:00'),
    won('no-amount', 'carla@example.com', null, '2025-11-03T10:00:00-03:00'),
    won('dollars', 'carla@example.com', null, '2025-11-04T10:00:00-03:00'),
    { ...won('usd', 'diego@example.com', null, '2025-11-04T11:00:00-03:00'), amount: { value: '50.00', currency: 'USD' } },
    won('reopened-twice', 'diego@example.com', '1000.00', '2025-10-20T15:00:00-03:00'),
    won('reopened-full', 'elena@example.com', '700.00', '2025-11-05T16:00:00-03:00'),
    won('late', 'farid@example.com', '900.00', '2025-11-10T23:30:00-03:00'),
    won('inactive', 'hiro@example.com', '400.00', '2025-11-06T12:00:00-03:00'),
    { id: 'pay-1', type: 'payment.confirmed', occurredAt: '2025-11-02T08:00:00-03:00', rep: { email: 'grace@example.com' }, amount: { value: '80.00', currency: 'BRL' } },
    { id: 'sale-1', type: 'catalog.sale', occurredAt: '2025-11-02T09:00:00-03:00', rep: { email: 'grace@example.com' }, amount: { value: '60.00', currency: 'BRL' } },
    { id: 'quote-1', type: 'quote.sent', occurredAt: '2025-11-01T00:00:00-03:00', rep: { email: 'ana@example.com' } },
    { id: 'quote-2', type: 'quote.sent', occurredAt: '2025-11-07T23:59:59-03:00', rep: { email: 'bruno@example.com' } },
  ]);
  deliver(source, [
    // Two partial reopenings (a contest takes a deal back for each), a full one by another rep's CRM user,
    // a refund of a payment and of a catalog sale.
    taken('reopen-1', 'deal.reopened', 'reopened-twice', 'diego@example.com', '200.00', '2025-11-01T00:00:01-03:00'),
    taken('reopen-2', 'deal.reopened', 'reopened-twice', 'diego@example.com', '300.00', '2025-11-04T18:00:00-03:00'),
    taken('reopen-3', 'deal.reopened', 'reopened-full', 'ana@example.com', null, '2025-11-08T00:00:00-03:00'),
    taken('refund-1', 'payment.refunded', 'pay-1', 'grace@example.com', '30.00', '2025-11-03T12:00:00-03:00'),
    taken('refund-2', 'payment.refunded', 'sale-1', 'grace@example.com', null, '2025-11-05T12:00:00-03:00'),
  ]);
  updateRep(ctx, { id: reps.get('Hiro Tanaka') ?? 0, active: false });
});
afterEach(() => ctx.dispose());

const QUERIES: MetricQuery[] = [
  { metric: 'points' },
  { metric: 'revenue', baseCurrency: 'BRL' },
  { metric: 'deals_won' },
  { metric: 'event_count', eventType: 'deal.won' },
  { metric: 'event_count', eventType: 'quote.sent' },
  { metric: 'event_count', eventType: 'payment.confirmed' },
  { metric: 'event_count', eventType: 'deal.reopened' },
  { metric: 'event_count', eventType: 'payment.refunded' },
];

const RANGES: [string, string][] = [
  // Whole local days: a year, months and loose days, one day.
  ['2025-01-01T00:00:00-03:00', '2026-01-01T00:00:00-03:00'],
  ['2025-10-01T00:00:00-03:00', '2025-12-01T00:00:00-03:00'],
  ['2025-10-15T00:00:00-03:00', '2025-11-08T00:00:00-03:00'],
  ['2025-11-01T00:00:00-03:00', '2025-11-02T00:00:00-03:00'],
  // Partial first and/or last day, one second either side of midnight.
  ['2025-10-31T23:59:59-03:00', '2025-11-08T00:00:00-03:00'],
  ['2025-11-01T00:00:01-03:00', '2025-11-07T23:59:59-03:00'],
  ['2025-10-10T13:45:00-03:00', '2025-11-10T23:30:00-03:00'],
  ['2025-09-30T10:00:00Z', '2025-11-30T10:00:00Z'],
  // Inside one day, and across one midnight without a whole day.
  ['2025-11-03T09:00:00-03:00', '2025-11-03T11:30:00-03:00'],
  ['2025-10-31T12:00:00-03:00', '2025-11-01T12:00:00-03:00'],
];

describe('contest totals', () => {
  it('are what the raw rows of the range add up to, for every metric, whole days or not', () => {
    let nonEmpty = 0;
    for (const [from, to] of RANGES) {
      for (const query of QUERIES) {
        const [start, end] = [Date.parse(from), Date.parse(to)];
        const expected = reference(query, start, end);
        if (expected.size > 0) nonEmpty += 1;
        expect({ from, to, query, totals: fromAggregates(query, start, end) }).toEqual({ from, to, query, totals: expected });
      }
    }
    // The comparison is not between empty boards.
    expect(nonEmpty).toBeGreaterThan(RANGES.length * 4);
  });

  it('take a deal back for each reopening, and leave out retracted events and inactive reps', () => {
    const november = [Date.parse('2025-11-01T00:00:00-03:00'), Date.parse('2025-12-01T00:00:00-03:00')] as const;
    const ids = new Map(ctx.db.all<{ id: number; name: string }>(sql`SELECT id, name FROM reps`).map((r) => [r.name, r.id]));
    const deals = fromAggregates({ metric: 'deals_won' }, ...november);
    // Diego's October deal was reopened twice in November (in part each time): two deals taken back.
    expect(deals.get(ids.get('Diego Ferreira') ?? 0)).toBe(-1);
    expect(deals.get(ids.get('Elena Rossi') ?? 0)).toBeUndefined();
    expect(deals.has(ids.get('Hiro Tanaka') ?? 0)).toBe(false);
    const payments = fromAggregates({ metric: 'event_count', eventType: 'payment.confirmed' }, Date.parse('2025-01-01T00:00:00-03:00'), Date.parse('2026-01-01T00:00:00-03:00'));
    expect([...payments.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });
});
