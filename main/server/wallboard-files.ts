import type { ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/context';
import { logoFile } from '../services/wallboard/look';
import { sendError } from './respond';

/** The preview page may be framed by the manager (same origin), unlike every other page. */
export const PREVIEW_CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; media-src 'self'; connect-src 'self'; frame-ancestors 'self'";

/**
 * `GET /wall/<token>/logo`: the uploaded logo for the TVs. An SVG can carry script, so the
 * file is served sandboxed: opened directly it can run nothing in this origin.
 */
export function sendLogo(ctx: ServiceContext, res: ServerResponse, allowed: boolean): void {
  if (!allowed) return sendError(res, { code: 'not_found', message: 'This display link is not known here.' });
  const logo = logoFile(ctx);
  if (!logo) return sendError(res, { code: 'not_found', message: 'No logo was uploaded.' });
  res.writeHead(200, {
    'content-type': logo.type,
    'content-length': logo.bytes.length,
    // The URL carries the logo's version, so a new upload is a new URL.
    'cache-control': 'public, max-age=31536000, immutable',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'x-content-type-options': 'nosniff',
  });
  res.end(logo.bytes);
}
