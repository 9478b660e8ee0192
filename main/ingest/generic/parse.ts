import { z } from 'zod';
import { EVENT_TYPES, REVERSING_TYPES } from '../../engine/event-types';
import { numberToDecimalText, parseMajorAmount, type Money } from '../../engine/money';
import { MAX_RESPONSE_SECONDS } from '../../engine/gamification/response-time';
import { parseInstant } from '../../engine/periods';
import { normaliseIdentity, type FieldProblem, type IncomingEvent, type ParseOutcome } from '../incoming-event';

export const MAX_EVENTS_PER_DELIVERY = 1000;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Fanfare's own webhook format (DESIGN.md); unknown extra fields are kept in the payload. */
const genericEventSchema = z.looseObject({
  id: text(200),
  type: z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` }),
  occurredAt: z.string(),
  // Optional when the event names a customer: the customer's owner in the portfolio takes it.
  rep: z
    .looseObject({
      email: z.email('must be an e-mail address').optional(),
      id: z.union([text(200), z.number().int()]).optional(),
    })
    .optional(),
  amount: z
    .looseObject({
      value: z.union([z.string(), z.number()]),
      currency: z.string(),
    })
    .optional(),
  reverses: text(200).optional(),
  product: text(200).optional(),
  customer: z.looseObject({ id: text(200).optional(), name: text(200).optional(), region: text(40).optional() }).optional(),
  name: text(120).optional(),
  points: z.number().int('must be a whole number').min(-100_000).max(100_000).optional(),
  reason: text(500).optional(),
  /** `reply.sent` only: seconds from the customer's message to this first reply. */
  responseSeconds: z
    .number('must be a number of seconds')
    .int('must be a whole number of seconds')
    .min(0, 'must not be negative')
    .max(MAX_RESPONSE_SECONDS, `must be at most ${MAX_RESPONSE_SECONDS} (30 days)`)
    .optional(),
});
type GenericEvent = z.infer<typeof genericEventSchema>;

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), prefix);
}

function toIncoming(raw: unknown, event: GenericEvent, at: string): ParseOutcome<IncomingEvent> {
  const problems: FieldProblem[] = [];
  const field = (name: string) => (at ? `${at}.${name}` : name);

  const instant = parseInstant(event.occurredAt);
  if (!instant) {
    problems.push({
      path: field('occurredAt'),
      message: `"${event.occurredAt}" is not an ISO 8601 time with an offset, e.g. 2026-11-24T14:05:00-03:00`,
    });
  }
  const namesCustomer = Boolean(event.customer?.id || event.customer?.name);
  if (event.rep && !event.rep.email && event.rep.id === undefined) {
    problems.push({ path: field('rep'), message: 'needs "email" or "id" to say which rep the event belongs to' });
  } else if (!event.rep && !namesCustomer) {
    problems.push({ path: field('rep'), message: 'is required (with "email" or "id") unless the event names a customer, whose owner then takes it' });
  }
  let amount: Money | null = null;
  if (event.amount) {
    const valueText = typeof event.amount.value === 'number' ? numberToDecimalText(event.amount.value) : event.amount.value;
    const parsed = parseMajorAmount(valueText, event.amount.currency);
    if (!parsed.ok) problems.push({ path: field('amount'), message: parsed.problem });
    else if (parsed.money.minor < 0) problems.push({ path: field('amount.value'), message: 'must not be negative (a refund is a payment.refunded event with "reverses")' });
    else amount = parsed.money;
  }
  if (REVERSING_TYPES.has(event.type) && !event.reverses) {
    problems.push({ path: field('reverses'), message: `is required for ${event.type}: the id of the event it takes back` });
  }
  if (event.type === 'activity' && !event.name) {
    problems.push({ path: field('name'), message: 'is required for an activity event (what was done)' });
  }
  if (event.type === 'points.manual') {
    if (event.points === undefined || event.points === 0) problems.push({ path: field('points'), message: 'is required for points.manual and must not be 0' });
    if (!event.reason) problems.push({ path: field('reason'), message: 'is required for points.manual (why the points were given)' });
  }
  if (event.responseSeconds !== undefined && event.type !== 'reply.sent') {
    problems.push({ path: field('responseSeconds'), message: `is only for reply.sent (the first-reply time), not ${event.type}` });
  }
  if (problems.length > 0 || !instant) return { ok: false, problems };

  const identity = !event.rep
    ? null
    : event.rep.email
      ? normaliseIdentity('email', event.rep.email)
      : normaliseIdentity('external_id', String(event.rep.id));
  return {
    ok: true,
    value: {
      externalId: event.id,
      type: event.type,
      occurredAt: instant.at,
      occurredOffset: instant.offsetMinutes,
      identity,
      amount,
      reversesExternalId: event.reverses ?? null,
      activityName: event.name ?? null,
      product: event.product ?? null,
      customerExternalId: event.customer?.id ?? null,
      customerName: event.customer?.name ?? null,
      customerRegion: event.customer?.region ?? null,
      manualPoints: event.type === 'points.manual' ? (event.points ?? null) : null,
      reason: event.reason ?? null,
      responseSeconds: event.responseSeconds ?? null,
      payloadJson: JSON.stringify(raw),
    },
  };
}

/**
 * Validates a parsed JSON body in the generic format (one event or an array of up to
 * 1,000) and turns it into incoming events. All-or-nothing: any problem rejects the whole
 * delivery, and every problem is reported with its path.
 */
export function parseGenericBody(body: unknown): ParseOutcome<IncomingEvent[]> {
  const isBatch = Array.isArray(body);
  const elements: unknown[] = isBatch ? body : [body];
  if (isBatch && elements.length === 0) return { ok: false, problems: [{ path: '', message: 'the array holds no events' }] };
  if (elements.length > MAX_EVENTS_PER_DELIVERY) {
    return { ok: false, problems: [{ path: '', message: `at most ${MAX_EVENTS_PER_DELIVERY} events per delivery (got ${elements.length})` }] };
  }
  const problems: FieldProblem[] = [];
  const events: IncomingEvent[] = [];
  const seen = new Map<string, number>();
  elements.forEach((element, index) => {
    const at = isBatch ? `[${index}]` : '';
    const shape = genericEventSchema.safeParse(element);
    if (!shape.success) {
      for (const issue of shape.error.issues) {
        const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
        problems.push({ path: pathOf(at, issue.path), message: missing ? 'is required' : issue.message });
      }
      return;
    }
    const first = seen.get(shape.data.id);
    if (first !== undefined) {
      problems.push({ path: `${at}.id`, message: `"${shape.data.id}" appears twice in this delivery (first at [${first}])` });
      return;
    }
    seen.set(shape.data.id, index);
    const converted = toIncoming(element, shape.data, at);
    if (converted.ok) events.push(converted.value);
    else problems.push(...converted.problems);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: events };
}
