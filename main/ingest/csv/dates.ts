import type { ZoneClock } from './zone';

/** How to read `03/04/2025`: day first (Brazil, Europe) or month first (United States). */
export type DateOrder = 'dmy' | 'mdy';

export type DateProblem =
  | { code: 'not_a_date' }
  /** The fields are a calendar shape but name no real moment (30 February, 25:00). */
  | { code: 'impossible_date'; reason: 'day' | 'month' | 'time'; daysInMonth?: number; month?: number; year?: number };

export type DateParse = { ok: true; at: number; offset: number; dateOnly: boolean } | ({ ok: false } & DateProblem);

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  dateOnly: boolean;
  /** Minutes east of UTC written in the value itself (ISO `Z` / `-03:00`), if any. */
  offset: number | null;
}

// Month names as exports write them: English, Portuguese and Spanish, short and long.
const MONTHS: Record<string, number> = {};
const NAMES = [
  ['jan', 'january', 'janeiro', 'enero', 'ene'],
  ['feb', 'february', 'fev', 'fevereiro', 'febrero'],
  ['mar', 'march', 'marco', 'março', 'marzo'],
  ['apr', 'april', 'abr', 'abril'],
  ['may', 'mai', 'maio', 'mayo'],
  ['jun', 'june', 'junho', 'junio'],
  ['jul', 'july', 'julho', 'julio'],
  ['aug', 'august', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'set', 'setembro', 'septiembre'],
  ['oct', 'october', 'out', 'outubro', 'octubre'],
  ['nov', 'november', 'novembro', 'noviembre'],
  ['dec', 'december', 'dez', 'dezembro', 'dic', 'diciembre'],
];
NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*([AaPp]\.?\s?[Mm]\.?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]${TIME})?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$`, 'i');
const YMD_SLASH = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T]+${TIME})?$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:,?[ T]+${TIME})?$`);
const MONTH_FIRST = new RegExp(String.raw`^([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?$`);
const DAY_FIRST_NAME = new RegExp(String.raw`^(\d{1,2})(?:\s+de)?[\s-]+([A-Za-zÀ-ÿ]{3,10})\.?(?:\s+de)?[\s-]+(\d{4}|\d{2})(?:,?\s+(?:às\s+)?${TIME})?$`, 'i');
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;

/** Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus's phantom 29 Feb 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_MIN = 20_000; // 1954-10-03: smaller five-digit numbers are not dates in a sales export
const EXCEL_MAX = 80_000; // 2119

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  // Two-digit years: 00-69 are this century, 70-99 the last (the usual spreadsheet pivot).
  return n < 70 ? 2000 + n : 1900 + n;
}

function timeFields(m: RegExpExecArray, at: number): { hour: number; minute: number; second: number; present: boolean } | null {
  if (m[at] === undefined) return { hour: 0, minute: 0, second: 0, present: false };
  let hour = Number(m[at]);
  const minute = Number(m[at + 1]);
  const second = m[at + 2] === undefined ? 0 : Number(m[at + 2]);
  const meridiem = m[at + 3]?.toLowerCase().replace(/[.\s]/g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (meridiem === 'pm' && hour !== 12) hour += 12;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second, present: true };
}

function parseOffset(text: string | undefined): number | null {
  if (!text) return null;
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function build(year: number, month: number, day: number, m: RegExpExecArray, timeAt: number, offset: number | null = null): Fields | DateProblem {
  if (month < 1 || month > 12) return { code: 'impossible_date', reason: 'month', month };
  const days = daysIn(year, month);
  if (day < 1 || day > days) return { code: 'impossible_date', reason: 'day', daysInMonth: days, month, year };
  const time = timeFields(m, timeAt);
  if (!time) return { code: 'impossible_date', reason: 'time' };
  return { year, month, day, hour: time.hour, minute: time.minute, second: time.second, dateOnly: !time.present, offset };
}

function fromSerial(text: string): Fields | DateProblem {
  const serial = Number(text);
  if (serial < EXCEL_MIN || serial > EXCEL_MAX) return { code: 'not_a_date' };
  // Round to the second: Excel stores 18:55 as 45937.7881944444 (a few microseconds off).
  const wall = new Date(EXCEL_EPOCH + Math.round(serial * 86_400) * 1000);
  const dateOnly = Number.isInteger(serial);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    dateOnly,
    offset: null,
  };
}

/** The calendar fields a cell names, before any time zone is applied. */
export function readDateFields(raw: string, order: DateOrder): Fields | DateProblem {
  const text = raw.trim();
  let m = ISO.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m, 4, parseOffset(m[8]));
  m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return build(fullYear(m[3] ?? ''), month, day, m, 4);
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month === undefined) return { code: 'not_a_date' };
    return build(Number(m[3]), month, Number(m[2]), m, 4);
  }
  m = DAY_FIRST_NAME.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return { code: 'not_a_date' };
    return build(fullYear(m[3] ?? ''), month, Number(m[1]), m, 4);
  }
  m = YMD_SLASH.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m, 4);
  if (EXCEL_SERIAL.test(text)) return fromSerial(text);
  return { code: 'not_a_date' };
}

/**
 * Reads a date or date-time cell as written in exports (ISO, `M/D/YYYY`, `DD/MM/YYYY`,
 * `Oct 7, 2025 6:55 PM`, Excel serials). A value without its own offset is wall-clock
 * time in `clock`'s zone; a value without a time is the start of that local day. Impossible
 * dates (30 February) are errors, never rolled over to March as `new Date()` would.
 */
export function parseDateCell(raw: string, order: DateOrder, clock: ZoneClock): DateParse {
  const fields = readDateFields(raw, order);
  if ('code' in fields) return { ok: false, ...fields };
  if (fields.offset !== null) {
    const at = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) - fields.offset * 60_000;
    return { ok: true, at, offset: fields.offset, dateOnly: fields.dateOnly };
  }
  const { at, offset } = clock.fromWallClock(fields.year, fields.month, fields.day, fields.hour, fields.minute, fields.second);
  return { ok: true, at, offset, dateOnly: fields.dateOnly };
}

/**
 * What a column's slashed dates say about their order: a first number above 12 can only
 * be a day, a second number above 12 only a day. Null when every value fits both orders.
 */
export function inferDateOrder(values: readonly string[]): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const m = SLASHED.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst += 1;
    if (Number(m[2]) > 12) monthFirst += 1;
  }
  if (dayFirst > 0 && monthFirst === 0) return 'dmy';
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  return null;
}

/** Whether a column holds slashed dates at all (only then does the order matter). */
export function hasSlashedDates(values: readonly string[]): boolean {
  return values.some((v) => SLASHED.test(v.trim()));
}

/** Whether a value reads as a date in either order (used to recognise date columns). */
export function looksLikeDate(value: string): boolean {
  const fields = readDateFields(value, 'dmy');
  if (!('code' in fields)) return true;
  return !('code' in readDateFields(value, 'mdy'));
}
