import { z } from 'zod';
import { parseInstant } from '../../engine/periods';
import { headerValue, parseJsonBody, type Interpretation, type WebhookAdapter } from '../adapter';
import { isJsonContentType } from '../content-type';
import { normaliseIdentity, type IncomingEvent } from '../incoming-event';
import { verifyTimestamped } from '../timestamped-signature';
import { invalid, validate } from '../vendor-body';

export const CALENDLY_SIGNATURE_HEADER = 'calendly-webhook-signature';
/** Calendly's documented example rejects signatures older than 3 minutes. */
export const CALENDLY_TOLERANCE_SECONDS = 180;

const instantText = z.string().refine((t) => parseInstant(t) !== null, 'must be an ISO 8601 time with an offset');
const bodySchema = z.looseObject({
  event: z.string().min(1),
  payload: z.looseObject({
    uri: z.string().min(1),
    created_at: instantText,
    name: z.string().nullable().optional(),
    old_invitee: z.string().nullable().optional(),
    rescheduled: z.boolean().optional(),
    cancellation: z.looseObject({ created_at: instantText }).nullable().optional(),
    scheduled_event: z.looseObject({
      name: z.string().nullable().optional(),
      event_memberships: z.array(z.looseObject({ user_email: z.email('must be an e-mail address') })).min(1, 'must name the host'),
    }),
  }),
});

function interpret(value: unknown, raw: string): Interpretation {
  const parsed = validate(bodySchema, value);
  if (!parsed.ok) return invalid(parsed.problems);
  const { event, payload } = parsed.value;
  const created = `invitee.created:${payload.uri}`;
  const ignored = (reason: string): Interpretation => ({ ok: true, events: [], batch: false, ignored: [{ key: `${event}:${payload.uri}`, reason }] });
  if (event !== 'invitee.created' && event !== 'invitee.canceled') return ignored(`${event} moves no points`);
  // A reschedule cancels the old invitee (rescheduled: true) and creates a new one naming it: one booking, not two.
  if (event === 'invitee.canceled' && payload.rescheduled === true) return ignored('the booking was rescheduled, not cancelled (the new time arrives as invitee.created)');
  const canceled = event === 'invitee.canceled';
  const when = canceled ? (payload.cancellation?.created_at ?? null) : payload.created_at;
  if (when === null) return invalid([{ path: 'payload.cancellation.created_at', message: 'is required for a cancellation' }]);
  const instant = parseInstant(when);
  if (!instant) return invalid([{ path: canceled ? 'payload.cancellation.created_at' : 'payload.created_at', message: 'must be an ISO 8601 time with an offset' }]);
  const host = payload.scheduled_event.event_memberships[0]?.user_email ?? '';
  const result: IncomingEvent = {
    externalId: `${event}:${payload.uri}`,
    type: canceled ? 'appointment.canceled' : 'appointment.booked',
    occurredAt: instant.at,
    occurredOffset: instant.offsetMinutes,
    identity: normaliseIdentity('email', host),
    amount: null,
    reversesExternalId: null,
    activityName: payload.scheduled_event.name ?? null,
    product: null,
    customerExternalId: null,
    customerName: payload.name ?? null,
    manualPoints: null,
    reason: null,
    payloadJson: raw,
    subjectKey: payload.uri,
    subjectOf: canceled ? [created] : payload.old_invitee ? [`invitee.created:${payload.old_invitee}`] : [],
  };
  return { ok: true, events: [result], batch: false };
}

/**
 * Calendly webhooks v2: `Calendly-Webhook-Signature: t=…,v1=…` over `${t}.${rawBody}` with the
 * subscription's signing key. invitee.created is a booking for the host; invitee.canceled
 * takes it back (a reschedule does not).
 */
export const calendlyAdapter: WebhookAdapter = {
  kind: 'calendly',
  accepts: isJsonContentType,
  verify: (delivery, source) =>
    verifyTimestamped({
      headerName: 'Calendly-Webhook-Signature',
      header: headerValue(delivery.headers[CALENDLY_SIGNATURE_HEADER]),
      body: delivery.body,
      secrets: [source.secret],
      now: delivery.receivedAt,
      toleranceSeconds: CALENDLY_TOLERANCE_SECONDS,
      vendor: 'Calendly',
    }),
  interpret(delivery) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    return interpret(body.value, delivery.body.toString('utf8'));
  },
};
