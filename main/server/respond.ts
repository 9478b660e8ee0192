import type { ServerResponse } from 'node:http';
import type { AppError, ErrorCode } from '../../preload/contract';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  invalid_json: 400,
  bad_signature: 401,
  unauthorized: 401,
  forbidden: 403,
  source_disabled: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  internal: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** `{ "error": { "code", "message", "details"? } }` with the status the code stands for. */
export function sendError(res: ServerResponse, error: AppError): void {
  sendJson(res, statusOf(error.code), { error });
}

export function sendHtml(res: ServerResponse, status: number, html: Buffer | string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    // The pages load only their own scripts and styles and talk only to this server.
    'content-security-policy':
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; media-src 'self'; connect-src 'self'; frame-ancestors 'none'",
    ...headers,
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { ...SECURITY_HEADERS, location, 'cache-control': 'no-store', ...headers });
  res.end();
}
