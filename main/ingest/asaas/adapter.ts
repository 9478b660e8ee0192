import { DateTime } from 'luxon';
import { z } from 'zod';
import { headerValue, parseJsonBody, type Interpretation, type WebhookAdapter } from '../adapter';
import { isJsonContentType } from '../content-type';
import { normaliseIdentity, type IncomingEvent } from '../incoming-event';
import { safeEqual } from '../signature';
import { invalid, majorNumberToMoney, validate } from '../vendor-body';

export const ASAAS_TOKEN_HEADER = 'asaas-access-token';
/** Asaas writes its times in Brasília local time without an offset. */
const ASAAS_ZONE = 'America/Sao_Paulo';

const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'must be "YYYY-MM-DD HH:mm:ss" (Brasília time)');
const bodySchema = z.looseObject({
  id: z.string().min(1),
  event: z.string().min(1),
  dateCreated: localTime,
  payment: z.looseObject({
    id: z.string().min(1),
    customer: z.string().min(1),
    value: z.number().positive('must be more than 0'),
    description: z.string().nullable().optional(),
    refunds: z.array(z.looseObject({ value: z.number().positive(), dateCreated: z.string() })).nullable().optional(),
  }),
});

const CONFIRMED = new Set(['PAYMENT_CONFIRMED', 'PAYMENT_RECEIVED']);
const REFUNDED = new Set(['PAYMENT_REFUNDED', 'PAYMENT_PARTIALLY_REFUNDED']);

function interpret(value: unknown, raw: string): Interpretation {
  const parsed = validate(bodySchema, value);
  if (!parsed.ok) return invalid(parsed.problems);
  const { id, event, dateCreated, payment } = parsed.value;
  if (!CONFIRMED.has(event) && !REFUNDED.has(event)) return { ok: true, events: [], batch: false, ignored: [{ key: id, reason: `${event} moves no points` }] };
  const local = DateTime.fromFormat(dateCreated, 'yyyy-MM-dd HH:mm:ss', { zone: ASAAS_ZONE });
  if (!local.isValid) return invalid([{ path: 'dateCreated', message: `"${dateCreated}" is not a real date and time` }]);
  // A partial refund takes back its own value: the newest entry of payment.refunds.
  let value_ = payment.value;
  let valuePath = 'payment.value';
  if (event === 'PAYMENT_PARTIALLY_REFUNDED') {
    const latest = [...(payment.refunds ?? [])].sort((a, b) => a.dateCreated.localeCompare(b.dateCreated)).pop();
    if (!latest) return invalid([{ path: 'payment.refunds', message: 'must list the refund for PAYMENT_PARTIALLY_REFUNDED' }]);
    value_ = latest.value;
    valuePath = 'payment.refunds';
  }
  const money = majorNumberToMoney(value_, 'BRL', valuePath);
  if (!money.ok) return invalid([money.problem]);
  const incoming: IncomingEvent = {
    externalId: id,
    type: CONFIRMED.has(event) ? 'payment.confirmed' : 'payment.refunded',
    occurredAt: local.toMillis(),
    occurredOffset: local.offset,
    // Asaas names no seller: the customer is mapped to a rep (by the manager, or through the customer's owner).
    identity: normaliseIdentity('external_id', payment.customer),
    amount: money.money,
    reversesExternalId: null,
    activityName: null,
    product: null,
    customerExternalId: payment.customer,
    customerName: payment.description ?? null,
    manualPoints: null,
    reason: null,
    payloadJson: raw,
    // CONFIRMED then RECEIVED (a card settles ~32 days later) are one payment: its money counts once.
    subjectKey: `payment:${payment.id}`,
  };
  return { ok: true, events: [incoming], batch: false };
}

/**
 * Asaas (Brazil): a static `asaas-access-token` typed in when the webhook is created; values
 * in reais as JSON numbers; times in Brasília without an offset; one payment counted once
 * per `payment.id`.
 */
export const asaasAdapter: WebhookAdapter = {
  kind: 'asaas',
  accepts: isJsonContentType,
  verify(delivery, source) {
    const token = headerValue(delivery.headers[ASAAS_TOKEN_HEADER]);
    if (!token) return { ok: false, reason: 'asaas-access-token header is missing: set the webhook\'s access token in Asaas to this source\'s token' };
    if (!safeEqual(token.trim(), source.secret)) return { ok: false, reason: "asaas-access-token does not match this source's token" };
    return { ok: true };
  },
  interpret(delivery) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    return interpret(body.value, delivery.body.toString('utf8'));
  },
};
