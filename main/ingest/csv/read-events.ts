import type { ImportPlan } from '../../../preload/imports-contract';
import { CsvReader } from './csv-core';
import { createDecoder } from './encoding';
import { FileStatsCollector, type FileStats } from './file-stats';
import { RowMapper, type CsvEvent } from './row-mapper';
import { ZoneClock } from './zone';

export interface ReadChunk {
  events: CsvEvent[];
  /** Records read so far (header included) and bytes of the file consumed so far. */
  rows: number;
  bytes: number;
}

export interface ReadOptions {
  plan: ImportPlan;
  /** Receives the events in order, a few thousand at a time; awaited, so a slow consumer slows the reading. */
  onChunk(chunk: ReadChunk): Promise<void> | void;
  chunkEvents?: number;
  /** Checked between chunks of input; true stops the reading. */
  cancelled?: () => boolean;
}

export interface ReadResult {
  header: string[];
  stats: FileStats;
  cancelled: boolean;
}

/** A file that cannot be read as CSV at all (as opposed to rows with bad values). */
export class UnreadableFile extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/**
 * Streams a CSV file (any supported encoding and delimiter) through the plan: every record
 * becomes events, a skip, an error with its row and line, or an ignored footer. Memory
 * stays flat: only the current chunk of events and bounded tallies are held.
 */
export async function readCsvEvents(source: AsyncIterable<Buffer>, options: ReadOptions): Promise<ReadResult> {
  const { plan } = options;
  // Small enough that a chunk's objects die young on the main thread (a million-row import
  // stayed under 400 MB, where 5,000 peaked above) and its transaction blocks ~40 ms; large
  // enough that commits stay a small share of the work.
  const chunkEvents = options.chunkEvents ?? 2000;
  const reader = new CsvReader(plan.delimiter);
  const decoder = plan.encoding === 'utf-8' ? null : createDecoder(plan.encoding);
  const stats = new FileStatsCollector(plan);
  const clock = new ZoneClock(plan.timeZone);
  const statusColumn = plan.columns.status;
  const file: { header: string[] | null; mapper: RowMapper | null } = { header: null, mapper: null };
  let rows = 0;
  let bytes = 0;
  let pending: CsvEvent[] = [];

  const onRecord = (record: string[], line: number) => {
    rows += 1;
    if (!file.header || !file.mapper) {
      file.header = record.map((cell) => cell.trim());
      file.mapper = new RowMapper(plan, file.header, clock);
      return;
    }
    const outcome = file.mapper.map(record, rows, line);
    stats.add(outcome, rows, line, statusColumn === undefined ? undefined : (record[statusColumn] ?? '').trim());
    if (outcome.kind === 'events') for (const event of outcome.events) pending.push(event);
  };
  const flush = async () => {
    const events = pending;
    pending = [];
    await options.onChunk({ events, rows, bytes });
  };
  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      const message = (error as Error).message;
      throw new UnreadableFile(message, reader.line);
    }
  };

  for await (const chunk of source) {
    if (options.cancelled?.()) return { header: file.header ?? [], stats: stats.result(), cancelled: true };
    bytes += chunk.length;
    guard(() => reader.feed(decoder ? Buffer.from(decoder.write(chunk), 'utf8') : chunk, onRecord));
    if (pending.length >= chunkEvents) await flush();
  }
  guard(() => {
    if (decoder) {
      const rest = decoder.end();
      if (rest) reader.feed(Buffer.from(rest, 'utf8'), onRecord);
    }
    reader.end(onRecord);
  });
  if (!file.header || !file.mapper) throw new UnreadableFile('The file is empty: it has no header row.', null);
  pending.push(...file.mapper.finish());
  await flush();
  return { header: file.header, stats: stats.result(), cancelled: false };
}
