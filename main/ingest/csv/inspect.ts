import { parse } from 'csv-parse/sync';
import type { Delimiter, ImportKind, ImportPlan, TextEncodingName } from '../../../preload/imports-contract';
import { DELIMITERS } from '../../../preload/imports-contract';
import { inferDecimalMark, parseAmountCell, type DecimalMark } from './amount';
import { hasSlashedDates, inferDateOrder, type DateOrder } from './dates';
import { decodeSample, detectEncoding, type EncodingGuess } from './encoding';
import { matchLayout, type KnownLayout } from './layouts';
import { guessKind, suggestColumns, suggestStatusRole } from './suggest-columns';

export interface SampleView {
  encoding: TextEncodingName;
  encodingReason: EncodingGuess['reason'] | 'chosen';
  delimiter: Delimiter;
  header: string[];
  /** Data records of the sample (the last, possibly cut-off record of a partial sample is dropped). */
  records: string[][];
}

/**
 * The records of a sample. A sample that stops mid-file ends in a partial line (dropped);
 * when a cut falls inside a quoted value, or the file itself is broken further down, the
 * sample is cut a line earlier until it reads (the full read reports the broken line).
 */
function parseRecords(text: string, delimiter: Delimiter, complete: boolean): string[][] {
  let body = complete ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  for (let attempt = 0; attempt < 20 && body.length > 0; attempt += 1) {
    try {
      return parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][];
    } catch {
      body = body.slice(0, Math.max(0, body.trimEnd().lastIndexOf('\n')));
    }
  }
  return [];
}

/** How consistently a delimiter splits the first lines into the header's number of columns. */
function delimiterScore(text: string, delimiter: Delimiter): number {
  const head = text.split('\n').slice(0, 40).join('\n');
  let records: string[][];
  try {
    records = parseRecords(head, delimiter, false);
  } catch {
    return 0;
  }
  const width = records[0]?.length ?? 0;
  if (width < 2) return 0;
  const rows = records.slice(1).filter((r) => !(r.length === 1 && r[0] === ''));
  if (rows.length === 0) return width / 100;
  const consistent = rows.filter((r) => r.length === width).length / rows.length;
  return consistent * 10 + Math.min(width, 50) / 100;
}

export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const score = delimiterScore(text, delimiter);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Reads the start of a file: its encoding, delimiter, header and first records. */
export function inspectSample(sample: Uint8Array, complete: boolean, chosen: { encoding?: TextEncodingName; delimiter?: Delimiter } = {}): SampleView {
  const guess = detectEncoding(sample, complete);
  const encoding = chosen.encoding ?? guess.encoding;
  const text = decodeSample(sample, encoding);
  const delimiter = chosen.delimiter ?? detectDelimiter(text);
  const [header = [], ...records] = parseRecords(text, delimiter, complete);
  return {
    encoding,
    encodingReason: chosen.encoding ? 'chosen' : guess.reason,
    delimiter,
    header: header.map((cell) => cell.trim()),
    records: records.filter((r) => !(r.length === 1 && (r[0] ?? '').trim() === '')),
  };
}

export interface WorkspaceDefaults {
  timeZone: string;
  baseCurrency: string;
  locale: 'en' | 'pt-BR';
}

export interface SuggestedPlan {
  plan: Omit<ImportPlan, 'sourceId'>;
  layout: KnownLayout | null;
  slashedDates: boolean;
  dateOrderAmbiguous: boolean;
}

const column = (records: readonly string[][], at: number | undefined) => (at === undefined ? [] : records.map((r) => r[at] ?? ''));

/**
 * The plan Fanfare proposes for a file: a known export's mapping, or columns guessed from
 * header words and values; date order and decimal mark from the values where they settle
 * it, else from the file's conventions (a `;` file comes from a comma-decimal Excel) and
 * the workspace language; statuses by their usual meaning.
 */
export function suggestPlan(view: SampleView, defaults: WorkspaceDefaults, kindChosen?: ImportKind): SuggestedPlan {
  const known = matchLayout(view.header);
  const layout = known && (!kindChosen || known.layout.kind === kindChosen) ? known.layout : null;
  const kind = layout?.kind ?? kindChosen ?? guessKind(view.header);
  const columns = layout && known ? known.columns : suggestColumns(view.header, view.records, kind);

  const dates = [...column(view.records, columns.date), ...column(view.records, columns.refundedDate)];
  const localeOrder: DateOrder = view.delimiter === ';' || defaults.locale === 'pt-BR' ? 'dmy' : 'mdy';
  const inferred = inferDateOrder(dates);
  const dateOrder = inferred ?? layout?.dateOrder ?? localeOrder;
  const amounts = column(view.records, columns.amount);
  const decimalMark: DecimalMark = inferDecimalMark(amounts) ?? (view.delimiter === ';' ? ',' : view.delimiter === ',' ? '.' : defaults.locale === 'pt-BR' ? ',' : '.');

  const dateHeader = columns.date === undefined ? '' : (view.header[columns.date] ?? '');
  const timeZone = layout?.timeZone === 'UTC' || /\bUTC\b|\bGMT\b/i.test(dateHeader) ? 'UTC' : defaults.timeZone;

  let defaultCurrency: string | null = null;
  if (columns.currency === undefined) {
    const symbols = amounts.map((a) => parseAmountCell(a, decimalMark)).filter((p) => p.ok);
    const named = symbols.map((p) => p.symbolCurrency).find((c) => c !== null);
    // A bare "$" is most often US dollars; the wizard shows the choice so it can be changed.
    defaultCurrency = named ?? (amounts.some((a) => a.includes('$')) ? 'USD' : defaults.baseCurrency);
  }

  const statuses: Record<string, ImportPlan['statuses'][string]> = {};
  for (const value of column(view.records, columns.status)) {
    const trimmed = value.trim();
    if (trimmed in statuses) continue;
    statuses[trimmed] = layout?.statuses[trimmed] ?? (layout ? 'skip' : suggestStatusRole(trimmed, kind));
  }
  if (layout) Object.assign(statuses, layout.statuses);

  return {
    plan: {
      kind,
      layout: layout?.id ?? null,
      encoding: view.encoding,
      delimiter: view.delimiter,
      columns,
      dateOrder,
      decimalMark,
      timeZone,
      defaultCurrency,
      statuses,
      owners: {},
    },
    layout,
    slashedDates: hasSlashedDates(dates),
    dateOrderAmbiguous: hasSlashedDates(dates) && inferred === null && !layout?.dateOrder,
  };
}
