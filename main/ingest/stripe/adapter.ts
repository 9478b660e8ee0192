import { headerValue, parseJsonBody, type WebhookAdapter } from '../adapter';
import { isJsonContentType } from '../content-type';
import { verifyTimestamped } from '../timestamped-signature';
import { invalid } from '../vendor-body';
import { parseStripeEvent } from './parse';

export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
/** stripe-node's DEFAULT_TOLERANCE. */
export const STRIPE_TOLERANCE_SECONDS = 300;

/**
 * Stripe: `Stripe-Signature: t=…,v1=…` over `${t}.${rawBody}` with the endpoint secret (and
 * the previous one while it is rolled), 5 minutes of tolerance; idempotent on the event id.
 */
export const stripeAdapter: WebhookAdapter = {
  kind: 'stripe',
  accepts: isJsonContentType,
  verify(delivery, source) {
    const previous = typeof source.config.previousSecret === 'string' ? source.config.previousSecret : null;
    return verifyTimestamped({
      headerName: 'Stripe-Signature',
      header: headerValue(delivery.headers[STRIPE_SIGNATURE_HEADER]),
      body: delivery.body,
      secrets: previous ? [source.secret, previous] : [source.secret],
      now: delivery.receivedAt,
      toleranceSeconds: STRIPE_TOLERANCE_SECONDS,
      vendor: 'Stripe',
    });
  },
  interpret(delivery) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    if (Array.isArray(body.value) || typeof body.value !== 'object' || body.value === null) {
      return invalid([{ path: '', message: 'must be one Stripe event object' }]);
    }
    // Kept verbatim: Stripe's pretty-printed bytes are what was signed.
    const parsed = parseStripeEvent(body.value, delivery.body.toString('utf8'));
    if (parsed.kind === 'invalid') return invalid(parsed.problems);
    if (parsed.kind === 'ignored') return { ok: true, events: [], batch: false, ignored: [parsed.item] };
    return { ok: true, events: [parsed.event], batch: false };
  },
};
