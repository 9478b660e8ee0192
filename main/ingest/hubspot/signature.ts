import { createHmac } from 'node:crypto';
import type { Verification } from '../adapter';
import { safeEqual } from '../signature';

/** HubSpot SDK's MAX_ALLOWED_TIMESTAMP: 5 minutes, in milliseconds. */
export const HUBSPOT_TOLERANCE_MS = 300_000;

// HubSpot decodes these escapes in the URL before signing (developers.hubspot.com, validating requests).
const ESCAPES: Record<string, string> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

export function decodeHubSpotUri(uri: string): string {
  return uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (escape) => ESCAPES[escape.toUpperCase()] ?? escape);
}

/** Base64 HMAC-SHA256 of `method + uri + body + timestamp` with the app's client secret. */
export function signHubSpotV3(secret: string, method: string, uri: string, body: Buffer | string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${method}${decodeHubSpotUri(uri)}`).update(body).update(timestamp).digest('base64');
}

/**
 * The URL HubSpot signed: the public URL the manager configured in HubSpot (a tunnel or a
 * forwarded port), else the webhook URL Fanfare shows; the query as requested when the
 * configured URL has none.
 */
export function signedUri(configured: string, requestedPathAndQuery: string): string {
  const query = requestedPathAndQuery.includes('?') ? requestedPathAndQuery.slice(requestedPathAndQuery.indexOf('?')) : '';
  return configured.includes('?') || !query ? configured : `${configured}${query}`;
}

export function verifyHubSpotV3(opts: { secret: string; method: string; uri: string; body: Buffer; signature: string | undefined; timestamp: string | undefined; now: number }): Verification {
  const { secret, method, uri, body, signature, timestamp, now } = opts;
  if (!signature) return { ok: false, reason: 'X-HubSpot-Signature-v3 header is missing: only HubSpot (webhooks v3 signature) can deliver to this URL' };
  if (!timestamp || !/^\d{10,16}$/.test(timestamp)) return { ok: false, reason: 'X-HubSpot-Request-Timestamp header is missing or is not Unix milliseconds' };
  const age = now - Number(timestamp);
  if (Math.abs(age) > HUBSPOT_TOLERANCE_MS) {
    return {
      ok: false,
      reason: `stale: signed at ${new Date(Number(timestamp)).toISOString()}, ${Math.round(Math.abs(age) / 1000)} s ${age >= 0 ? 'before' : 'after'} it arrived (HubSpot allows 300 s); a replayed or delayed delivery is refused`,
    };
  }
  const expected = signHubSpotV3(secret, method, uri, body, timestamp);
  if (!safeEqual(signature.trim(), expected)) {
    return {
      ok: false,
      reason: `X-HubSpot-Signature-v3 does not match. HubSpot signs the exact URL it calls: this source checks ${uri}; set the source's public URL to the webhook URL configured in HubSpot, and check the app's client secret`,
    };
  }
  return { ok: true, replayKey: `${timestamp}:${signature.trim()}`, expiresAt: Number(timestamp) + HUBSPOT_TOLERANCE_MS };
}
