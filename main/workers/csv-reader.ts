// Worker thread entry (built to dist/main/csv-reader.cjs): reads one CSV file through an
// import plan and posts its events to the main thread chunk by chunk.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readCsvEvents, UnreadableFile } from '../ingest/csv/read-events';
import { READ_BUFFER_BYTES, type WorkerInput, type WorkerMessage } from '../services/imports/file-reader';

const port = parentPort;
if (!port) throw new Error('csv-reader runs as a worker thread');
const { path, plan } = workerData as WorkerInput;

/** Chunks posted but not yet stored by the main thread: at most two in flight. */
let credits = 2;
let cancelled = false;
let wake: (() => void) | null = null;

port.on('message', (message: { type: 'ack' | 'cancel' }) => {
  if (message.type === 'ack') credits += 1;
  else cancelled = true;
  wake?.();
  wake = null;
});

const post = (message: WorkerMessage) => port.postMessage(message);

readCsvEvents(createReadStream(path, { highWaterMark: READ_BUFFER_BYTES }), {
  plan,
  cancelled: () => cancelled,
  async onChunk(chunk) {
    while (credits === 0 && !cancelled) await new Promise<void>((resolve) => (wake = resolve));
    credits -= 1;
    post({ type: 'chunk', chunk });
  },
}).then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => {
    const unreadable = error instanceof UnreadableFile;
    post({ type: 'error', message: (error as Error).message, line: unreadable ? error.line : null, unreadable });
  },
);
