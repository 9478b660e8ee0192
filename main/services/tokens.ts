import { randomBytes } from 'node:crypto';

/** A URL-safe random token with `bytes` bytes of entropy (default 24 = 192 bits). */
export function newToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
