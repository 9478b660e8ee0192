import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/context';
import { importRuntime } from '../services/imports/runtime';
import { UPLOAD_PART_BYTES } from '../services/imports/uploads';
import type { AdminAuth } from './auth';
import { sendError, sendJson } from './respond';

/**
 * Binary bodies only: a cross-site form cannot send application/octet-stream without a
 * CORS preflight (never granted), so a page elsewhere cannot push a file in.
 */
function isBinary(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/octet-stream';
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * `POST /uploads`: announces a file for the CSV import wizard (one-time ticket from
 * `imports.uploadTicket`, or the admin token/session), with `X-File-Name` (URI-encoded) and
 * `X-File-Size`. `PUT /uploads/<id>?offset=N`: one part of at most 8 MiB. Parts stream to a
 * temp file; the last part completes the upload.
 */
export async function handleUpload(ctx: ServiceContext, auth: AdminAuth, req: IncomingMessage, res: ServerResponse, id: string | null, url: URL): Promise<void> {
  const { uploads } = importRuntime(ctx);
  if (!isBinary(req)) {
    req.resume();
    return sendError(res, { code: 'unsupported_media_type', message: 'Send the file as application/octet-stream.' });
  }
  if (id === null) {
    req.resume();
    const ticket = header(req, 'x-upload-ticket');
    if (!(ticket ? uploads.redeemTicket(ticket) : auth.isAdmin(req))) {
      return sendError(res, { code: 'unauthorized', message: 'This upload ticket is unknown, used or expired; start the upload again from the import wizard.' });
    }
    let name = 'file.csv';
    try {
      name = decodeURIComponent(header(req, 'x-file-name')) || name;
    } catch {
      // A name that is not valid URI encoding keeps the default.
    }
    const upload = uploads.begin(name, Number(header(req, 'x-file-size')));
    return sendJson(res, 201, { id: upload.id, bytes: upload.bytes, partBytes: UPLOAD_PART_BYTES });
  }
  const offset = Number(url.searchParams.get('offset') ?? 'NaN');
  if (!Number.isSafeInteger(offset) || offset < 0) {
    req.resume();
    return sendError(res, { code: 'invalid_input', message: 'Say where the part starts: ?offset=<bytes received so far>.' });
  }
  const upload = await uploads.appendPart(id, offset, req);
  sendJson(res, 200, { id: upload.id, received: upload.received, bytes: upload.bytes, complete: upload.received === upload.bytes });
}
