// The `t=<unix seconds>,v1=<hex>[,v1=<hex>]` header Stripe and Calendly both use: an HMAC-SHA256
// of `${t}.${rawBody}`, checked in constant time, within a tolerance around now.
import type { Verification } from './adapter';
import { hmacSha256, safeEqual } from './signature';

export function parseTimestampedHeader(header: string): { t: number | null; v1: string[] } {
  let t: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [key, ...rest] = part.trim().split('=');
    const value = rest.join('=').trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) v1.push(value.toLowerCase());
  }
  return { t, v1 };
}

export function signTimestamped(secret: string, t: number, body: Buffer | string): string {
  return hmacSha256(secret, `${t}.`, body).toString('hex');
}

/** Accepts when any v1 matches any of `secrets` and `t` is within `toleranceSeconds` of `now`. */
export function verifyTimestamped(opts: {
  headerName: string;
  header: string | undefined;
  body: Buffer;
  secrets: readonly string[];
  now: number;
  toleranceSeconds: number;
  vendor: string;
}): Verification {
  const { headerName, header, body, secrets, now, toleranceSeconds, vendor } = opts;
  if (!header) return { ok: false, reason: `${headerName} header is missing: only ${vendor} can sign deliveries to this URL` };
  const { t, v1 } = parseTimestampedHeader(header);
  if (t === null || v1.length === 0) return { ok: false, reason: `${headerName} must hold t=<unix seconds> and at least one v1=<hex signature>` };
  const age = Math.round(now / 1000 - t);
  if (Math.abs(age) > toleranceSeconds) {
    const when = new Date(t * 1000).toISOString();
    return {
      ok: false,
      reason: `stale: signed at ${when}, ${Math.abs(age)} s ${age >= 0 ? 'before' : 'after'} it arrived (${vendor} allows ${toleranceSeconds} s); a replayed or delayed delivery is refused. Check this computer's clock if every delivery is refused`,
    };
  }
  const matches = secrets.some((secret) => {
    const expected = signTimestamped(secret, t, body);
    // Every candidate is compared (no early exit on the first v1), in constant time each.
    return v1.map((candidate) => safeEqual(candidate, expected)).some(Boolean);
  });
  if (!matches) return { ok: false, reason: `${headerName} does not match the body signed with this source's secret: paste the current signing secret from ${vendor}` };
  return { ok: true, replayKey: `${t}:${v1.join(',')}`, expiresAt: (t + toleranceSeconds) * 1000 };
}
