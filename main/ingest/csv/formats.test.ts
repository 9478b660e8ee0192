// The forms real files come in, one by one: encodings, delimiters, line endings, quoting,
// money and dates.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../preload/imports-contract';
import { pieces, SAO_PAULO } from '../../../tests/support/csv-fixtures';
import { inferDecimalMark, parseAmountCell } from './amount';
import { inferDateOrder, parseDateCell } from './dates';
import { detectEncoding } from './encoding';
import { detectDelimiter, inspectSample, suggestPlan } from './inspect';
import { readCsvEvents } from './read-events';
import type { CsvEvent } from './row-mapper';
import { ZoneClock } from './zone';

async function readAll(bytes: Buffer) {
  const view = inspectSample(bytes, true);
  const plan: ImportPlan = { ...suggestPlan(view, SAO_PAULO).plan, sourceId: 'csv-test' };
  const events: CsvEvent[] = [];
  const result = await readCsvEvents(pieces(bytes, 7), { plan, onChunk: (c) => void events.push(...c.events) });
  return { view, plan, events, ...result };
}

const SHEET = 'ID;Vendedor;Cliente;Valor;Data;Situação\r\nP-1;ana@example.com;Café São João;R$ 1.234,56;31/10/2025;Pago\r\nP-2;bruno@example.com;Müller & Söhne;R$ 99,90;01/11/2025;Pago\r\n';

describe('encodings', () => {
  const forms: [string, Buffer, string][] = [
    ['UTF-8', Buffer.from(SHEET, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHEET, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', iconv.encode(SHEET, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with BOM', iconv.encode(SHEET, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-16LE without BOM', iconv.encode(SHEET, 'utf-16le'), 'utf-16le'],
    ['Windows-1252', iconv.encode(SHEET, 'windows-1252'), 'windows-1252'],
  ];
  for (const [label, bytes, encoding] of forms) {
    it(`reads ${label}: accents intact, header without BOM`, async () => {
      const { view, events, header } = await readAll(bytes);
      expect(view.encoding).toBe(encoding);
      expect(header[0]).toBe('ID');
      expect(header[5]).toBe('Situação');
      expect(events.map((e) => e.customerName)).toEqual(['Café São João', 'Müller & Söhne']);
      expect(events.map((e) => e.amountMinor)).toEqual([123456, 9990]);
    });
  }

  it('tells Windows-1252 from UTF-8 by the bytes alone', () => {
    expect(detectEncoding(Buffer.from('Negócio;Valor\n', 'utf8'), true).encoding).toBe('utf-8');
    expect(detectEncoding(iconv.encode('Negócio;Valor\n', 'windows-1252'), true).encoding).toBe('windows-1252');
    // A sample cut in the middle of a UTF-8 character is still UTF-8.
    expect(detectEncoding(Buffer.from('Negó', 'utf8').subarray(0, 4), false).encoding).toBe('utf-8');
  });
});

describe('delimiters, line endings and quoting', () => {
  it.each([
    [',', 'id,rep,amount,date\n1,a@x.com,10.00,2025-10-01\n2,b@x.com,20.00,2025-10-02\n'],
    [';', 'id;rep;amount;date\n1;a@x.com;10,00;2025-10-01\n2;b@x.com;20,00;2025-10-02\n'],
    ['\t', 'id\trep\tamount\tdate\n1\ta@x.com\t10.00\t2025-10-01\n2\tb@x.com\t20.00\t2025-10-02\n'],
    ['|', 'id|rep|amount|date\n1|a@x.com|10.00|2025-10-01\n2|b@x.com|20.00|2025-10-02\n'],
  ])('detects %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('keeps commas, semicolons, doubled quotes and line breaks (LF and CRLF) inside quoted values', async () => {
    const text =
      'Payment ID,Date,Customer,Sales Rep,Amount,Currency,Status,Notes\r\n' +
      'A-1,2025-10-01 10:00,"Acme, Inc.",ana@example.com,"$1,250.00",USD,Paid,"first line\nsecond; line"\r\n' +
      'A-2,2025-10-02 11:00,"Say ""hi"" Ltd",ana@example.com,$10.00,USD,Paid,"x\r\ny"\r\n' +
      'A-3,2025-10-03 12:00,Plain,ana@example.com,$5.00,USD,Paid,\r\n';
    const { events } = await readAll(Buffer.from(text));
    expect(events.map((e) => [e.row, e.line, e.customerName, e.amountMinor])).toEqual([
      [2, 2, 'Acme, Inc.', 125000],
      [3, 4, 'Say "hi" Ltd', 1000],
      [4, 6, 'Plain', 500],
    ]);
    expect(JSON.parse(events[0]?.payloadJson ?? '{}').cells[7]).toBe('first line\nsecond; line');
  });

  it('ignores blank lines and one-cell footers, listing them by row', async () => {
    const text = 'id,rep,amount,currency,date\n1,a@x.com,10.00,USD,2025-10-01\n\n,,,,\n"Total: 1 record"\n';
    const { stats, events } = await readAll(Buffer.from(text));
    expect(events).toHaveLength(1);
    expect(stats.records).toBe(1);
    expect(stats.ignored).toEqual([
      { row: 3, line: 3, text: '' },
      { row: 4, line: 4, text: '' },
      { row: 5, line: 5, text: 'Total: 1 record' },
    ]);
  });
});

describe('money cells', () => {
  it.each([
    ['1250.00', '.', '1250.00', false, null],
    ['8750.5', '.', '8750.5', false, null],
    ['15000.0', '.', '15000.0', false, null],
    ['"$12,400.00"'.slice(1, -1), '.', '12400.00', false, null],
    ['$45,362.12', '.', '45362.12', false, null],
    ['R$ 1.234,56', ',', '1234.56', false, 'BRL'],
    ['R$ 4,800.00', '.', '4800.00', false, 'BRL'],
    ['US$ 2.500,00', ',', '2500.00', false, 'USD'],
    ['-R$ 300,00', ',', '300.00', true, 'BRL'],
    ['-$300.00', '.', '300.00', true, null],
    ['(300.00)', '.', '300.00', true, null],
    ['1 234,56 €', ',', '1234.56', false, 'EUR'],
    ['12.400,00', ',', '12400.00', false, null],
    ['1,234', '.', '1234', false, null],
    ['1,234', ',', '1.234', false, null],
    ['12,40', '.', '12.40', false, null],
    ['USD 99', '.', '99', false, 'USD'],
    ['150000', '.', '150000', false, null],
  ] as const)('%s (column mark %s) is %s', (text, mark, decimal, negative, currency) => {
    expect(parseAmountCell(text, mark)).toEqual({ ok: true, decimal, negative, symbolCurrency: currency });
  });

  it.each(['TBD', '', '1.2.3,4.5', '12,34,5', 'R$', '--5'])('%j is not an amount', (text) => {
    expect(parseAmountCell(text, '.').ok).toBe(false);
  });

  it('infers the decimal mark from the values that settle it', () => {
    expect(inferDecimalMark(['12.400,00', '980,00'])).toBe(',');
    expect(inferDecimalMark(['8750.5', '45000'])).toBe('.');
    expect(inferDecimalMark(['1,234', '5,678'])).toBeNull();
  });
});

describe('date cells', () => {
  const sp = new ZoneClock('America/Sao_Paulo');
  const at = (text: string, order: 'dmy' | 'mdy' = 'dmy', clock = sp) => {
    const parsed = parseDateCell(text, order, clock);
    return parsed.ok ? new Date(parsed.at).toISOString() : parsed.code;
  };

  it.each([
    ['2025-10-07', '2025-10-07T03:00:00.000Z'],
    ['2025-10-07 18:55', '2025-10-07T21:55:00.000Z'],
    ['2025-10-07 18:55:30', '2025-10-07T21:55:30.000Z'],
    ['2025-10-07T18:55:00Z', '2025-10-07T18:55:00.000Z'],
    ['2025-10-07T18:55:00-05:00', '2025-10-07T23:55:00.000Z'],
    ['07/10/2025', '2025-10-07T03:00:00.000Z'],
    ['07/10/2025 18:55', '2025-10-07T21:55:00.000Z'],
    ['7.10.25', '2025-10-07T03:00:00.000Z'],
    ['Oct 7, 2025 6:55 PM', '2025-10-07T21:55:00.000Z'],
    ['Oct 7, 2025 12:05 AM', '2025-10-07T03:05:00.000Z'],
    ['October 7, 2025', '2025-10-07T03:00:00.000Z'],
    ['7 de outubro de 2025', '2025-10-07T03:00:00.000Z'],
    ['07-Oct-2025', '2025-10-07T03:00:00.000Z'],
    ['45937.7881944444', '2025-10-07T21:55:00.000Z'],
    ['45937', '2025-10-07T03:00:00.000Z'],
  ])('%s (day first, São Paulo) is %s', (text, iso) => {
    expect(at(text)).toBe(iso);
  });

  it('reads M/D/YYYY when the order says so', () => {
    expect(at('10/7/2025', 'mdy')).toBe('2025-10-07T03:00:00.000Z');
    expect(at('10/07/2025 6:55 PM', 'mdy')).toBe('2025-10-07T21:55:00.000Z');
  });

  it.each([['Feb 30, 2025 10:15 AM'], ['29/02/2025'], ['31/04/2025'], ['2025-13-01'], ['2025-10-07 25:00'], ['13:00 PM 7/10/2025'], ['tomorrow']])('%j is refused', (text) => {
    expect(['impossible_date', 'not_a_date']).toContain(at(text));
  });

  it('checks the day against the month (30 February is an error, not 2 March)', () => {
    expect(parseDateCell('Feb 30, 2025 10:15 AM', 'mdy', sp)).toEqual({ ok: false, code: 'impossible_date', reason: 'day', daysInMonth: 28, month: 2, year: 2025 });
    expect(at('29/02/2024')).toBe('2024-02-29T03:00:00.000Z');
  });

  it('settles day/month order from values above 12, and leaves it open otherwise', () => {
    expect(inferDateOrder(['01/10/2025', '13/10/2025'])).toBe('dmy');
    expect(inferDateOrder(['10/1/2025', '10/13/2025'])).toBe('mdy');
    expect(inferDateOrder(['01/02/2025', '03/04/2025'])).toBeNull();
  });

  it('applies the zone in force on that day, across DST changes', () => {
    const ny = new ZoneClock('America/New_York');
    expect(at('2025-01-15 09:00', 'dmy', ny)).toBe('2025-01-15T14:00:00.000Z');
    expect(at('2025-07-15 09:00', 'dmy', ny)).toBe('2025-07-15T13:00:00.000Z');
    // 02:30 does not exist on 9 March 2025 in New York: clocks jump to 03:30.
    expect(at('2025-03-09 02:30', 'dmy', ny)).toBe('2025-03-09T07:30:00.000Z');
    expect(ny.localDay(Date.parse('2025-11-01T03:30:00Z'))).toBe('2025-10-31');
  });
});
