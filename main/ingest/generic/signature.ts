import { timingSafeEqual } from 'node:crypto';
import { hmacSha256 } from '../signature';

export const GENERIC_SIGNATURE_HEADER = 'x-fanfare-signature';

/** `sha256=<hex HMAC-SHA256 of the raw body with the source's secret>` */
export function signGeneric(secret: string, body: Buffer | string): string {
  return `sha256=${hmacSha256(secret, body).toString('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyGeneric(secret: string, body: Buffer, header: string | undefined): SignatureCheck {
  if (!header) return { ok: false, reason: 'X-Fanfare-Signature header is missing' };
  if (!/^sha256=[0-9a-f]{64}$/i.test(header.trim())) {
    return { ok: false, reason: 'X-Fanfare-Signature must be "sha256=" followed by 64 hex digits' };
  }
  // The 64 hex digits as bytes, against the digest itself (no hex text of it to build).
  if (!timingSafeEqual(Buffer.from(header.trim().slice('sha256='.length), 'hex'), hmacSha256(secret, body))) {
    return { ok: false, reason: "X-Fanfare-Signature does not match the body signed with this source's secret" };
  }
  return { ok: true };
}
