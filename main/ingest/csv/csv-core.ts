import { Parser, type Info } from 'csv-parse';
import type { Delimiter } from '../../../preload/imports-contract';

/** csv-parse's own engine, which the Parser stream wraps (`parser.api`). */
interface CsvEngine {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/** Receives each record with the physical line it starts on (1-based). */
export type OnRecord = (record: string[], line: number) => void;

/**
 * csv-parse fed chunk by chunk and read record by record, synchronously: the Transform
 * stream around it costs a third of the time on a million rows, and its asynchronous
 * 'data' events could not be matched to positions in the input. Quoting, doubled quotes,
 * line breaks inside quotes and CRLF are all csv-parse's. Lines are counted here, as an
 * editor counts them (one per LF): csv-parse counts a CRLF inside quotes as two.
 */
export class CsvReader {
  private readonly engine: CsvEngine;
  private readonly info: Info;
  /** Bytes fed so far, and the absolute positions of line feeds not yet behind a record. */
  private fed = 0;
  private newlines: number[] = [];
  private head = 0;
  private linesBefore = 0;

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

  private record(onRecord: OnRecord): (record: string[]) => void {
    return (record) => {
      const line = this.linesBefore + 1;
      // csv-parse's byte count stands right after the record's own line break.
      const end = this.info.bytes;
      while (this.head < this.newlines.length && (this.newlines[this.head] ?? Infinity) < end) {
        this.head += 1;
        this.linesBefore += 1;
      }
      onRecord(record, line);
    };
  }

  /** Parses a chunk; `onRecord` runs for every complete record in it. Throws a CsvError on malformed input. */
  feed(chunk: Buffer, onRecord: OnRecord): void {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.newlines.push(this.fed + at);
    this.fed += chunk.length;
    const error = this.engine.parse(chunk, false, this.record(onRecord), () => undefined);
    if (this.head > 8192) {
      this.newlines = this.newlines.slice(this.head);
      this.head = 0;
    }
    if (error) throw error;
  }

  /** Ends the input: the last record (without a final line break) is emitted. */
  end(onRecord: OnRecord): void {
    const error = this.engine.parse(undefined, true, this.record(onRecord), () => undefined);
    if (error) throw error;
  }

  /** The line the parser has reached (for errors that stop the reading). */
  get line(): number {
    return this.linesBefore + 1;
  }
}
