import { Parser, type Info } from 'csv-parse';
import type { Delimiter } from '../../../preload/imports-contract';

/** csv-parse's own engine, which the Parser stream wraps (`parser.api`). */
interface CsvEngine {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/**
 * csv-parse fed chunk by chunk and read record by record, synchronously: the Transform
 * stream around it costs a third of the time on a million rows, and its asynchronous
 * 'data' events would lose the line count each record ends on. Quoting, doubled quotes,
 * line breaks inside quotes and CRLF are all csv-parse's.
 */
export class CsvReader {
  private readonly engine: CsvEngine;
  private readonly info: Info;

  constructor(delimiter: Delimiter) {
    const parser = new Parser({
      delimiter,
      // Report footers ("Grand Totals", "Confidential Information") are one-cell rows.
      relax_column_count: true,
      // A stray quote inside an unquoted value (`5" screen`) is kept as text, as Excel does.
      relax_quotes: true,
      // Keep blank lines as records so row numbers match what a spreadsheet shows.
      skip_empty_lines: false,
      bom: true,
    });
    this.engine = (parser as unknown as { api: CsvEngine }).api;
    this.info = parser.info;
  }

  /** Physical lines read so far (the line the last record ended on). */
  get lines(): number {
    return this.info.lines;
  }

  /** Parses a chunk; `onRecord` runs for every complete record in it. Throws a CsvError on malformed input. */
  feed(chunk: Buffer, onRecord: (record: string[]) => void): void {
    const error = this.engine.parse(chunk, false, onRecord, () => undefined);
    if (error) throw error;
  }

  /** Ends the input: the last record (without a final line break) is emitted. */
  end(onRecord: (record: string[]) => void): void {
    const error = this.engine.parse(undefined, true, onRecord, () => undefined);
    if (error) throw error;
  }
}
