// The import use-case against a real database: what each fixture adds to the log and the
// leaderboard, re-imports, undo, owners and the Unmapped inbox.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context';
import { createReps, importFile, procedures } from '../../../tests/support/imports';
import { eventsOfTypesBetween } from '../../../db/queries/commission-records';
import { listIdentities } from '../../../db/queries/reps';
import type { ImportPlan } from '../../../preload/imports-contract';
import { inTransaction } from '../../../db/transaction';
import { rebuildAggregates } from '../gamification/aggregates';
import { getCalendar } from '../workspace';

let ctx: TestContext;
let reps: Map<string, number>;
let call: ReturnType<typeof procedures>;

beforeEach(() => {
  ctx = createTestContext({ now: '2025-11-20T12:00:00Z' });
  reps = createReps(ctx);
  call = procedures(ctx);
});
afterEach(() => ctx.dispose());

const OCTOBER = '2025-10-15T12:00:00-03:00';
const board = async (period: 'day' | 'week' | 'month' | 'quarter' | 'year' = 'month', at = OCTOBER) =>
  Object.fromEntries((await call('leaderboard.get', { period, at })).rows.map((r) => [r.name, r.points]));
/** The day and month aggregates the leaderboards read (rows at zero are the same as no row). */
const AGGREGATES = { rep_day_totals: 'points', rep_month_totals: 'points', rep_day_metrics: 'value', rep_month_metrics: 'value' } as const;
const aggregates = () =>
  Object.fromEntries(Object.entries(AGGREGATES).map(([table, amount]) => [table, ctx.db.$client.prepare(`select * from ${table} where ${amount} <> 0 order by 1, 2, 3`).all()]));
/** The aggregates as the import or undo left them are what a full rebuild from the log makes. */
function expectAggregatesAsRebuilt() {
  const kept = aggregates();
  inTransaction(ctx.db, () => rebuildAggregates(ctx, getCalendar(ctx)));
  expect(kept).toEqual(aggregates());
}
const eventCount = () => ctx.db.$client.prepare('select count(*) from events where retracted_at is null').pluck().get() as number;

/** Hiro's JPY charge of 2 Oct as a Stripe webhook source delivers it (a charge.succeeded body). */
async function deliverHiroChargeByWebhook(eventId: string) {
  ctx.db.$client.prepare("insert or ignore into sources (id, kind, name, secret, enabled, config_json, created_at) values ('stripe-live', 'stripe', 'Stripe', 'whsec', 1, '{}', 0)").run();
  const { ingestEvents } = await import('../ingest');
  const source = ctx.db.$client.prepare("select id, kind, name, secret, enabled, config_json as configJson, created_at as createdAt from sources where id = 'stripe-live'").get() as never;
  return ingestEvents(ctx, source, [
    {
      externalId: eventId,
      type: 'payment.confirmed',
      occurredAt: Date.parse('2025-10-03T09:15:00Z'),
      occurredOffset: 0,
      identity: { kind: 'email', value: 'hiro@example.com' },
      amount: { minor: 150000, currency: 'JPY' },
      reversesExternalId: null,
      activityName: null,
      product: null,
      customerExternalId: null,
      customerName: null,
      manualPoints: null,
      reason: null,
      subjectKey: 'ch_3zWiSdKsFq0Rb2Lm0pkU0yPJ',
      payloadJson: JSON.stringify({ id: eventId, type: 'charge.succeeded', data: { object: { id: 'ch_3zWiSdKsFq0Rb2Lm0pkU0yPJ', amount: 150000, currency: 'jpy' } } }),
    },
  ]);
}

const FIXTURES: [string, { won: number; confirmed: number; refunded: number }][] = [
  ['stripe_payments_unified.csv', { won: 0, confirmed: 21, refunded: 5 }],
  ['stripe_payments_legacy.csv', { won: 0, confirmed: 10, refunded: 2 }],
  ['hubspot_deals.csv', { won: 12, confirmed: 0, refunded: 0 }],
  ['pipedrive_deals_en.csv', { won: 9, confirmed: 0, refunded: 0 }],
  ['pipedrive_deals_ptbr.csv', { won: 9, confirmed: 0, refunded: 0 }],
  ['salesforce_opportunities.csv', { won: 10, confirmed: 0, refunded: 0 }],
  ['zoho_deals.csv', { won: 9, confirmed: 0, refunded: 0 }],
  ['messy_payments.csv', { won: 0, confirmed: 11, refunded: 2 }],
  ['generic_excel_utf16.txt', { won: 0, confirmed: 9, refunded: 2 }],
];

describe('importing each known export', () => {
  for (const [file, expected] of FIXTURES) {
    it(`${file}: the dry run writes nothing, the import stores exactly the events the report announced`, async () => {
      const dry = await importFile(ctx, file, { mode: 'dryRun' });
      expect(dry.job.state).toBe('done');
      expect(dry.job.report?.events).toEqual(expected);
      expect(dry.job.report?.newEvents).toBe(expected.won + expected.confirmed + expected.refunded);
      expect(eventCount()).toBe(0);

      const done = await importFile(ctx, file);
      expect(done.job.state).toBe('done');
      const stored = ctx.db.$client.prepare('select type, count(*) as n from events group by type order by type').all() as { type: string; n: number }[];
      const byType = Object.fromEntries(stored.map((r) => [r.type, r.n]));
      expect(byType).toEqual(
        Object.fromEntries(
          [
            ['deal.won', expected.won],
            ['payment.confirmed', expected.confirmed],
            ['payment.refunded', expected.refunded],
          ].filter(([, n]) => n !== 0),
        ),
      );
      const [batch] = await call('imports.batches', {});
      expect(batch).toMatchObject({ status: 'done', eventsAdded: expected.won + expected.confirmed + expected.refunded, fileName: file });
      // The import kept every day and month aggregate (points, revenue, deals, activity) exactly as a rebuild from the log makes them.
      expect(aggregates()['rep_day_metrics']?.length).toBeGreaterThan(0);
      expectAggregatesAsRebuilt();
    });
  }

  it('HubSpot: names become reps after confirmation, the leaderboard shows October in São Paulo time', async () => {
    const { job } = await importFile(ctx, 'hubspot_deals.csv');
    expect(job.report?.owners.every((o) => o.via === 'suggestion' && o.repId === reps.get(o.value))).toBe(true);
    // Deal won: 50 points + 1 per R$ 100,00 (base currency BRL); USD deals earn the 50 only.
    expect(await board()).toEqual({
      'Bruno Lima': 410,
      'Ana Souza': 224,
      'Hiro Tanaka': 198,
      'Carla Mendes': 137,
      'Elena Rossi': 82,
      'Diego Ferreira': 50,
      'Farid Haddad': 50,
      'Grace Kim': 50,
    });
    // Confirmed names are now mappings of the HubSpot import source.
    expect(listIdentities(ctx.db, 'csv-hubspot').map((i) => [i.kind, i.value, i.repId])).toContainEqual(['name', 'Ana Souza', reps.get('Ana Souza')]);
    // Row 19 (won, no owner) waits in the Unmapped inbox.
    const unmapped = await call('unmapped.list', {});
    expect(unmapped).toEqual([expect.objectContaining({ sourceId: 'csv-hubspot', kind: null, count: 1, sample: expect.objectContaining({ type: 'deal.won', amountMinor: 410000, currency: 'BRL' }) })]);
  });

  it('Stripe: refunds take back points in proportion; row 2 (01:30 UTC, 1 Nov) counts in October', async () => {
    await importFile(ctx, 'stripe_payments_unified.csv');
    const row2 = ctx.db.$client.prepare("select rep_id, occurred_at from events where external_id = 'ch_3NGdYZKsFq0Rb2Lm0yrbyRm2'").get() as { rep_id: number; occurred_at: number };
    expect(row2.rep_id).toBe(reps.get('Ana Souza'));
    const october = await call('leaderboard.get', { period: 'month', at: OCTOBER });
    expect(october.period.lastDay).toBe('2025-10-31');
    expect(row2.occurred_at).toBeLessThan(october.period.end);
    // Carla: R$ 9.870,00 paid (20 + 98) with R$ 870,00 refunded later: 118 x 870/9870 = 10 back.
    const carla = ctx.db.$client.prepare("select sum(points) from ledger where rep_id = ?").pluck().get(reps.get('Carla Mendes')) as number;
    expect(carla).toBe(118 - 10);
    // Grace's fully refunded R$ 3.300,00 leaves nothing.
    const grace = ctx.db.$client.prepare("select sum(l.points) from ledger l join events e on e.id = l.event_id where e.external_id like 'ch_3VnNkhKsFq0Rb2Lm0YsAOole%'").pluck().get() as number;
    expect(grace).toBe(0);
  });
});

describe('idempotency', () => {
  it('importing the same file again adds nothing and says why', async () => {
    await importFile(ctx, 'stripe_payments_unified.csv');
    const before = await board();
    const count = eventCount();
    const again = await importFile(ctx, 'stripe_payments_unified.csv');
    expect(again.job.report).toMatchObject({ newEvents: 0, duplicates: { count: 26, viaWebhook: 0 } });
    expect(eventCount()).toBe(count);
    expect(await board()).toEqual(before);
  });

  it('a Stripe refund that grew since the last export adds only the growth', async () => {
    const original = (await import('../../../tests/support/csv-fixtures')).fixtureBytes('stripe_payments_unified.csv').toString('utf8');
    await importFile(ctx, { name: 'october.csv', bytes: Buffer.from(original) });
    // Carla's charge: R$ 870,00 refunded in the first export, R$ 1.370,00 in the next.
    const grown = original.replace('ch_3TaitnKsFq0Rb2Lm1NWOpF2J,2025-10-09 08:41:37,9870.00,870.00', 'ch_3TaitnKsFq0Rb2Lm1NWOpF2J,2025-10-09 08:41:37,9870.00,1370.00');
    const second = await importFile(ctx, { name: 'november.csv', bytes: Buffer.from(grown) });
    expect(second.job.report?.newEvents).toBe(1);
    const refunds = ctx.db.$client.prepare("select amount_minor from events where reverses_external_id = 'ch_3TaitnKsFq0Rb2Lm1NWOpF2J' order by id").pluck().all();
    expect(refunds).toEqual([87000, 50000]);
  });

  it('a payment Fanfare already received by Stripe webhook is a duplicate, not a second payment', async () => {
    await deliverHiroChargeByWebhook('evt_1RkA');
    const { job } = await importFile(ctx, 'stripe_payments_unified.csv');
    expect(job.report?.duplicates).toMatchObject({ count: 1, viaWebhook: 1, sample: [{ row: 24, externalId: 'ch_3zWiSdKsFq0Rb2Lm0pkU0yPJ', webhook: true }] });
    expect(job.report?.newEvents).toBe(25);
    const hiroJpy = ctx.db.$client.prepare("select count(*) from events where currency = 'JPY'").pluck().get();
    expect(hiroJpy).toBe(1);
  });

  it('a Stripe webhook for a payment already imported from the export counts nothing more', async () => {
    await importFile(ctx, 'stripe_payments_unified.csv');
    const points = () => ctx.db.$client.prepare('select coalesce(sum(points), 0) from ledger').pluck().get() as number;
    const before = points();
    const result = await deliverHiroChargeByWebhook('evt_1Late');
    expect(result.outcomes).toEqual([expect.objectContaining({ status: 'already_counted' })]);
    expect(points()).toBe(before);
    expect(eventsOfTypesBetween(ctx.db, ['payment.confirmed'], 0, Date.parse('2026-01-01T00:00:00Z')).filter((e) => e.currency === 'JPY')).toHaveLength(1);
  });
});

describe('undo', () => {
  it('restores the exact previous leaderboard, in every period, and the file can be imported again', async () => {
    await importFile(ctx, 'hubspot_deals.csv');
    await importFile(ctx, 'messy_payments.csv');
    const periods = ['day', 'week', 'month', 'quarter', 'year'] as const;
    const snapshot = async () => Promise.all(periods.map((p) => call('leaderboard.get', { period: p, at: '2025-10-24T12:00:00-03:00' })));
    const before = await snapshot();
    const totalsBefore = ctx.db.$client.prepare('select day, rep_id, points, last_scored_at from rep_day_totals where points != 0 order by day, rep_id').all();

    const stripe = await importFile(ctx, 'stripe_payments_unified.csv');
    expect(await snapshot()).not.toEqual(before);
    const undone = await call('imports.undo', { batchId: stripe.job.batchId ?? 0 });
    expect(undone).toMatchObject({ status: 'undone', eventsAdded: 26 });
    expect(await snapshot()).toEqual(before);
    expect(ctx.db.$client.prepare('select day, rep_id, points, last_scored_at from rep_day_totals where points != 0 order by day, rep_id').all()).toEqual(totalsBefore);
    expectAggregatesAsRebuilt();
    // Append-only: nothing was deleted; the undone events are retracted and their points cancelled.
    expect(ctx.db.$client.prepare("select count(*) from events where import_batch_id = ? and retracted_at is not null").pluck().get(stripe.job.batchId)).toBe(26);
    expect((await call('events.list', { limit: 500 })).events.some((e) => e.sourceId === 'csv-stripe')).toBe(false);
    // Commissions read the same log: undone payments are not paid on either.
    const october = eventsOfTypesBetween(ctx.db, ['payment.confirmed'], Date.parse('2025-10-01T03:00:00Z'), Date.parse('2025-11-01T03:00:00Z'));
    expect(october.some((e) => e.sourceId === 'csv-stripe')).toBe(false);

    const again = await importFile(ctx, 'stripe_payments_unified.csv');
    expect(again.job.report?.newEvents).toBe(26);
    await expect(call('imports.undo', { batchId: stripe.job.batchId ?? 0 })).rejects.toThrow(/already undone/);
  });

  it('undoing a batch of refunds gives the refunded points back', async () => {
    const text = 'id,Created date (UTC),Amount,Amount Refunded,Currency,Status,rep_email (metadata)\nch_A1234567890,2025-10-02 12:00:00,1000.00,0.00,brl,Paid,ana@example.com\n';
    await importFile(ctx, { name: 'paid.csv', bytes: Buffer.from(text) });
    const paid = await board();
    const refunded = await importFile(ctx, { name: 'refunded.csv', bytes: Buffer.from(text.replace('1000.00,0.00', '1000.00,1000.00').replace('Paid', 'Refunded')) });
    expect(refunded.job.report?.newEvents).toBe(1);
    expect((await board())['Ana Souza']).toBe(0);
    await call('imports.undo', { batchId: refunded.job.batchId ?? 0 });
    expect(await board()).toEqual(paid);
    expectAggregatesAsRebuilt();
  });

  it('undoing deals also withdraws what their later reopening took back, in another month', async () => {
    const won = await importFile(ctx, 'pipedrive_deals_en.csv');
    const { baseCurrency } = getCalendar(ctx);
    const deal = ctx.db.$client
      .prepare("select external_id as id from events where import_batch_id = ? and type = 'deal.won' and currency = ? and amount_minor > 0 and rep_id is not null order by id limit 1")
      .get(won.job.batchId, baseCurrency) as { id: string };
    // The CRM reopens the first deal in December (as its webhook would deliver it).
    ctx.db.$client
      .prepare("insert into events (source_id, external_id, type, occurred_at, received_at, reverses_external_id, payload_json, subject_key) values ('csv-pipedrive', 'reopen-dec', 'deal.reopened', ?, 0, ?, '{}', ?)")
      .run(Date.parse('2025-12-10T12:00:00Z'), deal.id, deal.id);
    inTransaction(ctx.db, () => rebuildAggregates(ctx, getCalendar(ctx)));
    const december = () => ctx.db.$client.prepare("select metric, value from rep_day_metrics where day like '2025-12-%' and metric in ('revenue', 'deals_won') and value <> 0").all();
    expect(december()).toEqual(expect.arrayContaining([expect.objectContaining({ metric: 'deals_won', value: -1 })]));

    await call('imports.undo', { batchId: won.job.batchId ?? 0 });
    expectAggregatesAsRebuilt();
    expect(december()).toEqual([]);
  });
});

describe('owners', () => {
  it('a name mapped in the wizard is used, one left unmapped waits in the inbox and scores once mapped', async () => {
    const { job } = await importFile(ctx, 'pipedrive_deals_en.csv', {
      plan: (plan) => ({ ...plan, owners: { 'Ana Souza': reps.get('Bruno Lima') ?? 0, 'Hiro Tanaka': null } }),
    });
    expect(job.report?.owners.find((o) => o.value === 'Ana Souza')).toMatchObject({ repId: reps.get('Bruno Lima'), via: 'plan' });
    expect(job.report?.owners.find((o) => o.value === 'Hiro Tanaka')).toMatchObject({ repId: null, via: 'none' });
    const held = await call('unmapped.list', {});
    expect(held).toEqual([expect.objectContaining({ sourceId: 'csv-pipedrive', kind: 'name', value: 'Hiro Tanaka' })]);
    const hiroBefore = (await board())['Hiro Tanaka'];
    await call('identities.map', { sourceId: 'csv-pipedrive', kind: 'name', value: 'Hiro Tanaka', repId: reps.get('Hiro Tanaka') ?? 0 });
    expect((await board())['Hiro Tanaka']).toBeGreaterThan(hiroBefore ?? 0);
    expect(await call('unmapped.list', {})).toEqual([]);
  });
});

describe('plans and jobs', () => {
  it('a saved mapping is reused for the next file with the same header', async () => {
    const first = await importFile(ctx, 'messy_payments.csv', { plan: (plan) => ({ ...plan, sourceId: 'csv-sheets', timeZone: 'UTC' }) });
    expect(first.inspection.savedMapping).toBe(false);
    const second = await importFile(ctx, 'messy_payments.csv', { mode: 'dryRun' });
    expect(second.inspection.savedMapping).toBe(true);
    expect(second.inspection.plan.timeZone).toBe('UTC');
  });

  it('refuses a plan that cannot work, saying which field to fix', async () => {
    const withoutAmount = (plan: ImportPlan) => {
      const { amount: _amount, ...columns } = plan.columns;
      return { ...plan, columns };
    };
    await expect(importFile(ctx, 'messy_payments.csv', { plan: withoutAmount })).rejects.toThrow(/amount paid/);
    await expect(importFile(ctx, 'salesforce_opportunities.csv', { plan: (plan) => ({ ...plan, defaultCurrency: null }) })).rejects.toThrow(/currency/);
    await expect(importFile(ctx, 'messy_payments.csv', { plan: (plan) => ({ ...plan, timeZone: 'Mars/Olympus' }) })).rejects.toThrow(/IANA/);
    expect(eventCount()).toBe(0);
  });

  it('a file that is not CSV fails with the line, and leaves nothing behind', async () => {
    const { job } = await importFile(ctx, { name: 'broken.csv', bytes: Buffer.from('Payment ID,Date,Amount,Currency\nP1,2025-10-01,10.00,USD\nP2,"2025-10-02,20.00,USD\n') });
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/could not be read as CSV near line 3/);
    expect(eventCount()).toBe(0);
    expect((await call('imports.batches', {}))[0]).toMatchObject({ status: 'failed', eventsAdded: 0 });
  });
});
