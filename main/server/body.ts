import type { IncomingMessage } from 'node:http';
import { AppFailure } from '../services/errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole body as bytes, refusing (413) anything over `limit` without buffering it. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      // A small body arrives in one chunk: that chunk is the body (no copy).
      if (!failed) resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

function tooLarge(limit: number): AppFailure {
  return new AppFailure('payload_too_large', `The body is larger than ${limit / 1024 / 1024} MiB; send fewer events per delivery (at most 1,000).`);
}
