import { z } from 'zod';
import { parseInstant } from '../../engine/periods';
import { headerValue, parseJsonBody, type Interpretation, type WebhookAdapter } from '../adapter';
import { isJsonContentType } from '../content-type';
import { normaliseIdentity, type IncomingEvent } from '../incoming-event';
import { hmacSha256, safeEqual } from '../signature';
import { invalid, validate } from '../vendor-body';

export const CALCOM_SIGNATURE_HEADER = 'x-cal-signature-256';

export function signCalcom(secret: string, body: Buffer | string): string {
  return hmacSha256(secret, body).toString('hex');
}

const bodySchema = z.looseObject({
  triggerEvent: z.string().min(1),
  createdAt: z.string().refine((t) => parseInstant(t) !== null, 'must be an ISO 8601 time with an offset'),
  payload: z.looseObject({
    uid: z.string().min(1),
    title: z.string().nullable().optional(),
    rescheduleUid: z.string().nullable().optional(),
    organizer: z.looseObject({ email: z.email('must be an e-mail address'), name: z.string().nullable().optional() }),
    attendees: z.array(z.looseObject({ name: z.string().nullable().optional() })).optional(),
  }),
});

const HANDLED = new Set(['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED']);

function interpret(value: unknown, raw: string): Interpretation {
  const parsed = validate(bodySchema, value);
  if (!parsed.ok) return invalid(parsed.problems);
  const { triggerEvent, createdAt, payload } = parsed.value;
  if (!HANDLED.has(triggerEvent)) return { ok: true, events: [], batch: false, ignored: [{ key: `${triggerEvent}:${payload.uid}`, reason: `${triggerEvent} moves no points` }] };
  const instant = parseInstant(createdAt);
  if (!instant) return invalid([{ path: 'createdAt', message: 'must be an ISO 8601 time with an offset' }]);
  const earlier = (uid: string) => [`BOOKING_CREATED:${uid}`, `BOOKING_RESCHEDULED:${uid}`];
  const event: IncomingEvent = {
    externalId: `${triggerEvent}:${payload.uid}`,
    type: triggerEvent === 'BOOKING_CANCELLED' ? 'appointment.canceled' : 'appointment.booked',
    occurredAt: instant.at,
    occurredOffset: instant.offsetMinutes,
    // For round-robin team events the organizer is the host the booking was assigned to.
    identity: normaliseIdentity('email', payload.organizer.email),
    amount: null,
    reversesExternalId: null,
    activityName: payload.title ?? null,
    product: null,
    customerExternalId: null,
    customerName: payload.attendees?.[0]?.name ?? null,
    manualPoints: null,
    reason: null,
    payloadJson: raw,
    subjectKey: payload.uid,
    // A reschedule gets a new uid and names the old one: it continues that booking, it is not a second one.
    subjectOf: triggerEvent === 'BOOKING_RESCHEDULED' && payload.rescheduleUid ? earlier(payload.rescheduleUid) : triggerEvent === 'BOOKING_CANCELLED' ? earlier(payload.uid) : [],
  };
  return { ok: true, events: [event], batch: false };
}

/**
 * Cal.com: `X-Cal-Signature-256` is the bare hex HMAC-SHA256 of the body with the webhook
 * secret (no timestamp: replays are answered as duplicates). BOOKING_CREATED is a booking for
 * the organizer; BOOKING_CANCELLED takes it back.
 */
export const calcomAdapter: WebhookAdapter = {
  kind: 'calcom',
  accepts: isJsonContentType,
  verify(delivery, source) {
    const header = headerValue(delivery.headers[CALCOM_SIGNATURE_HEADER])?.trim();
    if (!header) return { ok: false, reason: 'X-Cal-Signature-256 header is missing: only Cal.com (with this source\'s secret) can deliver to this URL' };
    if (header === 'no-secret-provided') return { ok: false, reason: "the Cal.com webhook has no secret: paste this source's secret into the webhook's Secret field in Cal.com" };
    if (!safeEqual(header.toLowerCase(), signCalcom(source.secret, delivery.body))) {
      return { ok: false, reason: "X-Cal-Signature-256 does not match the body signed with this source's secret" };
    }
    return { ok: true };
  },
  interpret(delivery) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    return interpret(body.value, delivery.body.toString('utf8'));
  },
};
