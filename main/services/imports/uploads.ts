import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { safeEqual } from '../../ingest/signature';
import { AppFailure, fail } from '../errors';
import { newToken } from '../tokens';

/** Large enough for a year of payments from a busy account (a million rows is ~100 MB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
const TICKET_TTL_MS = 10 * 60_000;
const UPLOAD_TTL_MS = 24 * 3_600_000;
const SAMPLE_BYTES = 1024 * 1024;

export interface Upload {
  id: string;
  name: string;
  /** Size announced when the upload began; the upload is complete when `received` reaches it. */
  bytes: number;
  received: number;
  path: string;
  createdAt: number;
}

/** At most this much per request, so a slow network never hits the server's request timeout. */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;

/**
 * Files on their way into an import. The browser (or the Electron window) announces a file
 * with a one-time ticket, then streams it in parts of a few MiB (`PUT /uploads/<id>`); parts
 * land in a temp file, never in memory. The upload id (128 random bits) is the capability for
 * its parts. Uploads are forgotten after a day, or when the app restarts.
 */
export class UploadStore {
  private readonly tickets = new Map<string, number>();
  private readonly uploads = new Map<string, Upload>();

  constructor(
    readonly dir: string,
    private readonly now: () => number,
  ) {
    mkdirSync(dir, { recursive: true });
    // Leftovers of an earlier run cannot be used (their ids were in memory): remove them.
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
  }

  /** A one-time ticket to upload one file (valid ten minutes). */
  issueTicket(): string {
    const ticket = newToken(24);
    this.tickets.set(ticket, this.now() + TICKET_TTL_MS);
    return ticket;
  }

  /** Spends a ticket; false if unknown, used or expired. */
  redeemTicket(ticket: string): boolean {
    for (const [known, expiresAt] of this.tickets) {
      if (safeEqual(known, ticket)) {
        this.tickets.delete(known);
        return expiresAt >= this.now();
      }
    }
    return false;
  }

  /** Starts an upload of `bytes` bytes. */
  begin(name: string, bytes: number): Upload {
    this.sweep();
    if (!Number.isSafeInteger(bytes) || bytes <= 0) fail('invalid_input', 'The file is empty (or its size was not sent in X-File-Size).');
    if (bytes > MAX_UPLOAD_BYTES) fail('payload_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024 / 1024} GiB; split it into smaller files.`);
    const id = newToken(16);
    const upload: Upload = { id, name: name.slice(0, 200) || 'file.csv', bytes, received: 0, path: join(this.dir, `${id}.upload`), createdAt: this.now() };
    writeFileSync(upload.path, '');
    this.uploads.set(id, upload);
    return upload;
  }

  /** Appends one part, which must start where the file ends so far (a repeated part is refused). */
  async appendPart(id: string, offset: number, body: Readable): Promise<Upload> {
    const upload = this.uploads.get(id) ?? fail('not_found', 'That upload is no longer here; pick the file again.');
    if (offset !== upload.received) fail('conflict', `This part starts at byte ${offset} but ${upload.received} bytes were received so far.`, { received: upload.received });
    let bytes = 0;
    const room = Math.min(UPLOAD_PART_BYTES, upload.bytes - upload.received);
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > room) callback(new AppFailure('payload_too_large', `A part may hold at most ${room} bytes here (parts of ${UPLOAD_PART_BYTES / 1024 / 1024} MiB, up to the announced size).`));
        else callback(null, chunk);
      },
    });
    const before = upload.received;
    try {
      await pipeline(body, counter, createWriteStream(upload.path, { flags: 'r+', start: before }));
    } catch (error) {
      truncateSync(upload.path, before);
      throw error;
    }
    upload.received = before + bytes;
    return upload;
  }

  /** A complete upload. */
  get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload || !statSync(upload.path, { throwIfNoEntry: false })) {
      fail('not_found', 'That upload is no longer here (uploads are kept for a day and forgotten when Fanfare restarts). Pick the file again.');
    }
    if (upload.received < upload.bytes) fail('conflict', `The file has not finished uploading (${upload.received} of ${upload.bytes} bytes).`);
    return upload;
  }

  /** The first bytes of an upload (for detection and the preview) and whether that is all of it. */
  async sample(id: string): Promise<{ bytes: Buffer; complete: boolean }> {
    const upload = this.get(id);
    const handle = await open(upload.path, 'r');
    try {
      const size = Math.min(upload.bytes, SAMPLE_BYTES);
      const bytes = Buffer.alloc(size);
      await handle.read(bytes, 0, size, 0);
      return { bytes, complete: size === upload.bytes };
    } finally {
      await handle.close();
    }
  }

  remove(id: string): void {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    rmSync(upload.path, { force: true });
  }

  private sweep(): void {
    const now = this.now();
    for (const [ticket, expiresAt] of this.tickets) if (expiresAt < now) this.tickets.delete(ticket);
    for (const upload of this.uploads.values()) if (upload.createdAt + UPLOAD_TTL_MS < now) this.remove(upload.id);
  }

  close(): void {
    for (const id of [...this.uploads.keys()]) this.remove(id);
  }
}
