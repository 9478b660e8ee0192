/** The decimal separator of a column: `1,234.56` ('.') or `1.234,56` (','). */
export type DecimalMark = '.' | ',';

export type AmountParse =
  | {
      ok: true;
      negative: boolean;
      /** Plain decimal in major units without sign, e.g. "1234.56". */
      decimal: string;
      /** The currency a symbol in the cell names (R$ -> BRL), if it names one unambiguously. */
      symbolCurrency: string | null;
    }
  | { ok: false; code: 'not_a_number' };

// Currency markers as spreadsheets and exports print them. A bare "$" names no currency
// on its own (US, Canadian, Australian, Mexican dollars...): the column or a default decides.
const SYMBOLS: readonly [string, string | null][] = [
  ['US$', 'USD'],
  ['U$', 'USD'],
  ['R$', 'BRL'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['MX$', 'MXN'],
  ['HK$', 'HKD'],
  ['S/', 'PEN'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['$', null],
];
const CODE = /^([A-Za-z]{3})\s*|\s*([A-Za-z]{3})$/;
const SPACES = /[\s\u00a0\u2007\u2009\u202f']/g;

function stripSymbol(text: string): { rest: string; currency: string | null } | null {
  for (const [symbol, currency] of SYMBOLS) {
    if (text.startsWith(symbol)) return { rest: text.slice(symbol.length), currency };
    if (text.endsWith(symbol)) return { rest: text.slice(0, -symbol.length), currency };
  }
  const code = CODE.exec(text);
  if (code) {
    const letters = (code[1] ?? code[2] ?? '').toUpperCase();
    return { rest: text.replace(CODE, ''), currency: letters };
  }
  return null;
}

function decimalMarkOf(body: string, column: DecimalMark): DecimalMark | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark: DecimalMark | null = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  if (body.indexOf(mark) !== body.lastIndexOf(mark)) return null; // 1.234.567: grouping
  const digitsAfter = body.length - body.lastIndexOf(mark) - 1;
  if (digitsAfter !== 3) return mark; // 8750.5, 12,40
  return mark === column ? mark : null; // 1,234: the column decides
}

/**
 * Turns digits written with separators into a plain decimal. Both marks present: the last
 * one is decimal. One mark used once and followed by exactly three digits (`1,234`) is
 * ambiguous, so the column's mark decides. Grouping must be in threes.
 */
function normalise(body: string, column: DecimalMark): string | null {
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return null;
  const decimalMark = decimalMarkOf(body, column);
  let whole = body;
  let fraction: string | undefined;
  if (decimalMark) {
    const at = body.lastIndexOf(decimalMark);
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!/^\d+$/.test(fraction) || whole.includes(decimalMark)) return null;
  }
  const groupMark = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : whole.includes('.') ? '.' : ',';
  const groups = whole.split(groupMark);
  const [first = '', ...rest] = groups;
  if (rest.length > 0 && (first === '' || first.length > 3 || rest.some((g) => g.length !== 3))) return null;
  const digits = groups.join('');
  if (!/^\d*$/.test(digits) || (digits === '' && fraction === undefined)) return null;
  return fraction === undefined ? digits : `${digits || '0'}.${fraction}`;
}

/**
 * Reads a money cell as exports write it: `1250.00`, `8750.5`, `"$12,400.00"`,
 * `R$ 1.234,56`, `US$ 2.500,00`, `-R$ 300,00`, `(300.00)`, `1 234,56 €`, `USD 99`.
 * Returns exact digits (never a float) plus the sign and any currency the symbol names.
 */
export function parseAmountCell(raw: string, column: DecimalMark): AmountParse {
  let text = raw.trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (/[-−]$/.test(text)) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  let symbolCurrency: string | null = null;
  const symbol = stripSymbol(text);
  if (symbol) {
    symbolCurrency = symbol.currency;
    text = symbol.rest.trim();
    // "$-300.00" and "R$ -300,00" put the sign after the symbol.
    if (/^[-−]/.test(text)) {
      negative = !negative;
      text = text.slice(1).trim();
    }
  }
  const decimal = normalise(text.replace(SPACES, ''), column);
  if (decimal === null) return { ok: false, code: 'not_a_number' };
  return { ok: true, negative, decimal, symbolCurrency };
}

/**
 * The decimal mark a column's values reveal, if any: a value with both marks, or a single
 * mark not followed by exactly three digits, settles it. Null when every value is ambiguous.
 */
export function inferDecimalMark(values: readonly string[]): DecimalMark | null {
  let dot = 0;
  let comma = 0;
  for (const value of values) {
    const body = value.replace(/[^\d.,]/g, '');
    const lastDot = body.lastIndexOf('.');
    const lastComma = body.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot += 1;
      else comma += 1;
      continue;
    }
    const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (!mark) continue;
    const once = body.indexOf(mark) === body.lastIndexOf(mark);
    if (once && body.length - body.lastIndexOf(mark) - 1 !== 3) {
      if (mark === '.') dot += 1;
      else comma += 1;
    }
  }
  if (dot > comma) return '.';
  if (comma > dot) return ',';
  return null;
}
