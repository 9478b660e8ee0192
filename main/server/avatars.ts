import type { ServerResponse } from 'node:http';
import type { ServiceContext } from '../services/context';
import { findAvatar } from '../services/organisation/avatars';
import { sendError } from './respond';

export const AVATAR = /^\/avatars\/([A-Za-z0-9_-]{16,64})$/;

/** `GET /avatars/<token>`: a rep's picture. The token changes with every upload, so it caches for good. */
export function sendAvatar(ctx: ServiceContext, res: ServerResponse, token: string, head: boolean): void {
  const avatar = findAvatar(ctx, token);
  if (!avatar) return sendError(res, { code: 'not_found', message: 'There is no such picture (it may have been replaced).' });
  res.writeHead(200, {
    'content-type': avatar.mime,
    'content-length': avatar.data.length,
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'",
  });
  res.end(head ? undefined : avatar.data);
}
