import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ImportPlan } from '../../../preload/imports-contract';
import { readCsvEvents, UnreadableFile, type ReadChunk, type ReadResult } from '../../ingest/csv/read-events';

/** Reads a whole file through the plan, handing each chunk of events to `onChunk` in order. */
export type FileReader = (path: string, plan: ImportPlan, onChunk: (chunk: ReadChunk) => void | Promise<void>, cancelled: () => boolean) => Promise<ReadResult>;

export const READ_BUFFER_BYTES = 256 * 1024;

/** On the calling thread (tests, small files): the parse shares the event loop with everything else. */
export const readOnThisThread: FileReader = (path, plan, onChunk, cancelled) =>
  readCsvEvents(createReadStream(path, { highWaterMark: READ_BUFFER_BYTES }), { plan, onChunk, cancelled });

export type WorkerMessage =
  | { type: 'chunk'; chunk: ReadChunk }
  | { type: 'done'; result: ReadResult }
  | { type: 'error'; message: string; line: number | null; unreadable: boolean };

export interface WorkerInput {
  path: string;
  plan: ImportPlan;
}

/**
 * In a worker thread: decoding, CSV parsing and validation run beside the main thread,
 * which only stores what arrives. The worker waits for an acknowledgement when two chunks
 * are unprocessed, so a slow database never lets memory grow.
 */
export function readInWorker(workerFile: string): FileReader {
  return (path, plan, onChunk, cancelled) =>
    new Promise<ReadResult>((resolve, reject) => {
      // A bounded heap keeps the reader's memory flat however large the file (it holds a chunk
      // at a time, a compact id set and bounded tallies).
      const worker = new Worker(workerFile, { workerData: { path, plan } satisfies WorkerInput, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 } });
      let settled = false;
      let queue = Promise.resolve();
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        outcome();
        void worker.terminate();
      };
      const watch = setInterval(() => {
        if (cancelled()) worker.postMessage({ type: 'cancel' });
      }, 100);
      worker.on('message', (message: WorkerMessage) => {
        queue = queue.then(async () => {
          if (settled) return;
          try {
            if (message.type === 'chunk') {
              await onChunk(message.chunk);
              worker.postMessage({ type: 'ack' });
              // Requests waiting for the main thread (the wizard's progress, webhooks, the
              // wallboard) are served between chunks, even when the next one is already here.
              await new Promise<void>((resolve) => setImmediate(resolve));
            } else if (message.type === 'done') finish(() => resolve(message.result));
            else finish(() => reject(message.unreadable ? new UnreadableFile(message.message, message.line) : new Error(message.message)));
          } catch (error) {
            finish(() => reject(error as Error));
          }
        });
      });
      worker.on('error', (error: Error & { code?: string }) =>
        finish(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new Error('The file is too large to read in one import (the reader ran out of its memory, most likely holding refunds to link to their payments). Split it into smaller files, for example one per month, and import each; nothing from this attempt was kept.')
              : error,
          ),
        ),
      );
      worker.on('exit', (code) => finish(() => reject(new Error(`the CSV reader stopped unexpectedly (exit code ${code})`))));
      worker.once('exit', () => clearInterval(watch));
    });
}
