// Every vendor fixture, read as it is on disk, against the exact result its README gives
// (../shared/fixtures/vendors/csv/README.md): counts, skipped rows, errors with row and
// line, footers, totals per currency in minor units, the rep left unmapped.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/support/csv-fixtures';

const totals = (stats: Awaited<ReturnType<typeof readFixture>>['stats']) =>
  Object.fromEntries(stats.totals.map((t) => [t.currency, { won: t.won, confirmed: t.confirmed, refunded: t.refunded, net: t.net }]));

const skippedRows = (stats: Awaited<ReturnType<typeof readFixture>>['stats']) =>
  stats.skipped.byStatus.flatMap((s) => s.firstRows.map((row) => [row, s.value] as const)).sort((a, b) => a[0] - b[0]);

const skippedCounts = (stats: Awaited<ReturnType<typeof readFixture>>['stats']) => Object.fromEntries(stats.skipped.byStatus.map((s) => [s.value, s.count]));

const owners = (stats: Awaited<ReturnType<typeof readFixture>>['stats']) => stats.owners.map((o) => o.value).sort();

const NAMES = ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Ferreira', 'Elena Rossi', 'Farid Haddad', 'Grace Kim', 'Hiro Tanaka'];
const EMAILS = ['ana', 'bruno', 'carla', 'diego', 'elena', 'farid', 'grace', 'hiro'].map((n) => `${n}@example.com`);

describe('Stripe payments export (unified layout)', () => {
  it('reads 27 records as 21 payments and 5 refunds, skipping failed, pending and unfinished ones', async () => {
    const { suggested, view, stats, events } = await readFixture('stripe_payments_unified.csv');
    expect(suggested.layout?.id).toBe('stripe-payments');
    expect(view.encoding).toBe('utf-8');
    expect(stats.records).toBe(27);
    expect(stats.events).toEqual({ won: 0, confirmed: 21, refunded: 5 });
    expect(skippedRows(stats)).toEqual([
      [6, 'Pending'],
      [8, 'Failed'],
      [13, 'Failed'],
      [15, 'requires_payment_method'],
      [18, 'Failed'],
      [26, 'Failed'],
    ]);
    expect(stats.errors.rows).toBe(0);
    expect(totals(stats)).toEqual({
      BRL: { won: 0, confirmed: 4178716, refunded: 417000, net: 3761716 },
      JPY: { won: 0, confirmed: 150000, refunded: 0, net: 150000 },
      USD: { won: 0, confirmed: 3972899, refunded: 184000, net: 3788899 },
    });
    expect(stats.blankOwner).toEqual({ count: 1, firstRows: [16] });
    expect(owners(stats)).toEqual(EMAILS);
    // The rep comes from the metadata column, never the buyer's Customer Email.
    expect(suggested.plan.columns.owner).toBe(view.header.indexOf('rep_email (metadata)'));
    expect(suggested.plan.timeZone).toBe('UTC');
    // Row 24: ¥150000 is 150000 minor units (JPY has no decimals).
    expect(events.find((e) => e.row === 24)).toMatchObject({ amountMinor: 150000, currency: 'JPY' });
    // Row 2: 2025-11-01 01:30 UTC.
    expect(events.find((e) => e.row === 2)?.occurredAt).toBe(Date.parse('2025-11-01T01:30:00Z'));
    // Partial refunds stay "Paid" (rows 17, 25); full ones are "Refunded" (7, 12, 21).
    expect(events.filter((e) => e.type === 'payment.refunded').map((e) => e.row)).toEqual([7, 12, 17, 21, 25]);
    const refund = events.find((e) => e.type === 'payment.refunded' && e.row === 17);
    expect(refund).toMatchObject({ amountMinor: 87000, reverses: events.find((e) => e.row === 17 && e.type === 'payment.confirmed')?.externalId, occurredAt: Date.parse('2025-10-20T13:14:15Z') });
  });

  it('reads the older layout (Created (UTC), minutes only)', async () => {
    const { suggested, stats } = await readFixture('stripe_payments_legacy.csv');
    expect(suggested.layout?.id).toBe('stripe-payments-legacy');
    expect(stats.records).toBe(12);
    expect(stats.events).toEqual({ won: 0, confirmed: 10, refunded: 2 });
    expect(skippedRows(stats)).toEqual([
      [5, 'Failed'],
      [11, 'Failed'],
    ]);
    expect(totals(stats)).toEqual({
      BRL: { won: 0, confirmed: 1255000, refunded: 0, net: 1255000 },
      USD: { won: 0, confirmed: 2066000, refunded: 108000, net: 1958000 },
    });
    expect(stats.blankOwner.count).toBe(0);
    expect(owners(stats)).toEqual(EMAILS);
  });
});

describe('CRM deal exports', () => {
  it('HubSpot: BOM, every field quoted, 12 won of 30, one won deal without owner', async () => {
    const { suggested, view, stats, events } = await readFixture('hubspot_deals.csv');
    expect(suggested.layout?.id).toBe('hubspot-deals');
    expect(view.header[0]).toBe('Record ID');
    expect(stats.records).toBe(30);
    expect(stats.events.won).toBe(12);
    expect(skippedCounts(stats)).toEqual({ 'Closed Lost': 7, 'Qualified To Buy': 3, 'Appointment Scheduled': 2, 'Contract Sent': 2, 'Decision Maker Bought-In': 2, 'Presentation Scheduled': 2 });
    expect(totals(stats)).toEqual({ BRL: { won: 6925050, confirmed: 0, refunded: 0, net: 0 }, USD: { won: 9164236, confirmed: 0, refunded: 0, net: 0 } });
    expect(stats.blankOwner).toEqual({ count: 1, firstRows: [19] });
    expect(owners(stats)).toEqual(NAMES);
    // Record IDs stay text; row 26 closed 22:40 on 31 Oct in São Paulo = 01:40 UTC on 1 Nov.
    const row26 = events.find((e) => e.row === 26);
    expect(row26?.occurredAt).toBe(Date.parse('2025-11-01T01:40:00Z'));
    expect(row26?.externalId).toMatch(/^\d{11}$/);
    expect(events.map((e) => e.customerName)).toContain('Acme, Inc.');
  });

  it('Pipedrive (English): filters on Deal - Status, amount from Deal - Value, owner not creator', async () => {
    const { suggested, view, stats } = await readFixture('pipedrive_deals_en.csv');
    expect(suggested.layout?.id).toBe('pipedrive-deals');
    expect(stats.records).toBe(20);
    expect(stats.events.won).toBe(9);
    expect(skippedCounts(stats)).toEqual({ Open: 6, Lost: 5 });
    expect(totals(stats)).toEqual({ BRL: { won: 4375075, confirmed: 0, refunded: 0, net: 0 }, USD: { won: 8855049, confirmed: 0, refunded: 0, net: 0 } });
    expect(owners(stats)).toEqual(NAMES);
    expect(view.header[suggested.plan.columns.amount ?? -1]).toBe('Deal - Value');
  });

  it('Pipedrive (Portuguese, re-saved by Excel): Windows-1252, semicolons, CRLF, 12.400,00, DD/MM/YYYY', async () => {
    const { suggested, view, stats, events } = await readFixture('pipedrive_deals_ptbr.csv');
    expect(view.encoding).toBe('windows-1252');
    expect(view.delimiter).toBe(';');
    expect(view.header[0]).toBe('Negócio - ID');
    expect(suggested.layout?.id).toBe('pipedrive-deals-pt');
    expect(suggested.plan.decimalMark).toBe(',');
    expect(stats.events.won).toBe(9);
    expect(skippedCounts(stats)).toEqual({ Aberto: 6, Perdido: 5 });
    expect(totals(stats)).toEqual({ BRL: { won: 9145506, confirmed: 0, refunded: 0, net: 0 }, USD: { won: 499990, confirmed: 0, refunded: 0, net: 0 } });
    expect(events.find((e) => e.row === 7)?.currency).toBe('USD');
    // Row 10: won 31/10/2025 22:30 São Paulo time.
    expect(events.find((e) => e.row === 10)?.occurredAt).toBe(Date.parse('2025-11-01T01:30:00Z'));
  });

  it('Salesforce: ISO-8859-1, $45,362.12, M/D/YYYY, CRLF inside quotes, report footers ignored', async () => {
    const { suggested, view, stats, events } = await readFixture('salesforce_opportunities.csv');
    expect(suggested.layout?.id).toBe('salesforce-opportunities');
    expect(suggested.plan.dateOrder).toBe('mdy');
    expect(suggested.plan.defaultCurrency).toBe('USD');
    expect(view.records.map((r) => r[1])).toContain('Padaria São João');
    expect(stats.records).toBe(20);
    expect(stats.events.won).toBe(10);
    expect(skippedCounts(stats)).toEqual({ 'Closed Lost': 4, 'Id. Decision Makers': 1, 'Needs Analysis': 1, 'Negotiation/Review': 1, 'Proposal/Price Quote': 1, Prospecting: 1, 'Value Proposition': 1 });
    expect(stats.errors.rows).toBe(0);
    expect(stats.ignored.map((i) => i.row)).toEqual([22, 23, 24, 25, 26]);
    // Physical lines as an editor shows them: two records hold a CRLF inside quotes.
    expect(stats.ignored.map((i) => i.line)).toEqual([24, 25, 26, 27, 28]);
    expect(stats.ignored.map((i) => i.text)).toContain('Grand Totals (20 records)');
    expect(totals(stats)).toEqual({ USD: { won: 25601261, confirmed: 0, refunded: 0, net: 0 } });
    expect(events.find((e) => e.row === 2)?.occurredAt).toBe(Date.parse('2025-10-02T03:00:00Z'));
    expect(events.map((e) => e.customerName)).toContain('Müller Maschinenbau GmbH');
  });

  it('Zoho CRM: zcrm_ ids, Expected Revenue ignored', async () => {
    const { suggested, stats, events } = await readFixture('zoho_deals.csv');
    expect(suggested.layout?.id).toBe('zoho-deals');
    expect(stats.events.won).toBe(9);
    expect(skippedCounts(stats)).toEqual({ 'Closed Lost': 4, Qualification: 2, 'Id. Decision Makers': 1, 'Needs Analysis': 1, 'Negotiation/Review': 1, 'Proposal/Price Quote': 1, 'Value Proposition': 1 });
    expect(totals(stats)).toEqual({ BRL: { won: 3415050, confirmed: 0, refunded: 0, net: 0 }, USD: { won: 9086211, confirmed: 0, refunded: 0, net: 0 } });
    expect(events.every((e) => e.externalId.startsWith('zcrm_'))).toBe(true);
    expect(owners(stats)).toEqual(NAMES);
  });
});

describe('generic payment sheets (no known layout)', () => {
  it('messy sheet: names each of the five bad rows with its row, line, column and value', async () => {
    const { suggested, view, stats, events } = await readFixture('messy_payments.csv');
    expect(suggested.layout).toBeNull();
    const column = (field: keyof typeof suggested.plan.columns) => view.header[suggested.plan.columns[field] ?? -1];
    expect([column('id'), column('date'), column('owner'), column('amount'), column('currency'), column('status'), column('customer')]).toEqual([
      'Payment ID',
      'Date',
      'Sales Rep',
      'Amount',
      'Currency',
      'Status',
      'Customer',
    ]);
    expect(stats.records).toBe(20);
    expect(stats.events).toEqual({ won: 0, confirmed: 11, refunded: 2 });
    expect(skippedRows(stats)).toEqual([
      [9, 'Pending'],
      [16, 'Failed'],
    ]);
    expect(stats.errors.rows).toBe(5);
    expect(stats.errors.problems.map(({ row, line, column, value, code }) => ({ row, line, column, value, code }))).toEqual([
      { row: 5, line: 6, column: 'Amount', value: '', code: 'missing_value' },
      { row: 7, line: 8, column: 'Amount', value: 'TBD', code: 'not_a_number' },
      { row: 10, line: 11, column: 'Date', value: 'Feb 30, 2025 10:15 AM', code: 'impossible_date' },
      { row: 12, line: 14, column: 'Currency', value: 'BRR', code: 'unknown_currency' },
      { row: 13, line: 15, column: 'Payment ID', value: 'PAY-10007', code: 'duplicate_id' },
    ]);
    expect(stats.errors.problems[2]?.details).toMatchObject({ daysInMonth: 28, month: 2 });
    expect(stats.errors.problems[4]?.details).toEqual({ firstRow: 8 });
    expect(totals(stats)).toEqual({
      BRL: { won: 0, confirmed: 2318506, refunded: 50000, net: 2268506 },
      USD: { won: 0, confirmed: 3329899, refunded: 30000, net: 3299899 },
    });
    expect(owners(stats)).toEqual(EMAILS);
    // Wall-clock times are São Paulo time: row 8's "Oct 7, 2025 6:55 PM" is 21:55 UTC. Excel
    // serials count days from 1899-12-30: row 3's 45931.6041666667 is 1 Oct 14:30.
    expect(events.find((e) => e.row === 8)?.occurredAt).toBe(Date.parse('2025-10-07T21:55:00Z'));
    expect(events.find((e) => e.row === 3)?.occurredAt).toBe(Date.parse('2025-10-01T17:30:00Z'));
    // Refunds are linked to the payment their note names.
    expect(events.filter((e) => e.type === 'payment.refunded').map((e) => [e.externalId, e.reverses, e.amountMinor])).toEqual([
      ['PAY-10012', 'PAY-10002', 30000],
      ['PAY-10019', 'PAY-10003', 50000],
    ]);
  });

  it('Excel "Unicode Text": UTF-16LE with BOM, tabs, R$ 1.234,56, day-first dates, negative refunds', async () => {
    const { suggested, view, stats, events } = await readFixture('generic_excel_utf16.txt');
    expect(view.encoding).toBe('utf-16le');
    expect(view.delimiter).toBe('\t');
    expect(suggested.plan.dateOrder).toBe('dmy');
    expect(view.header[suggested.plan.columns.owner ?? -1]).toBe('E-mail do vendedor');
    expect(stats.records).toBe(12);
    expect(stats.events).toEqual({ won: 0, confirmed: 9, refunded: 2 });
    expect(skippedRows(stats)).toEqual([[5, 'Pendente']]);
    expect(totals(stats)).toEqual({
      BRL: { won: 0, confirmed: 3998666, refunded: 180000, net: 3818666 },
      USD: { won: 0, confirmed: 250000, refunded: 0, net: 250000 },
    });
    expect(owners(stats)).toHaveLength(7);
    expect(events.find((e) => e.row === 3)?.customerName).toBe('Mercearia "Boa Vista"');
    expect(events.filter((e) => e.type === 'payment.refunded').map((e) => [e.externalId, e.reverses, e.amountMinor])).toEqual([
      ['PG-0109', 'PG-0101', 30000],
      ['PG-0112', 'PG-0108', 150000],
    ]);
  });
});
