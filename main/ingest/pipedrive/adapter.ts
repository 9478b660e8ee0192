import { z } from 'zod';
import { parseInstant } from '../../engine/periods';
import { headerValue, parseJsonBody, type Interpretation, type WebhookAdapter } from '../adapter';
import { isJsonContentType } from '../content-type';
import { normaliseIdentity, type IncomingEvent } from '../incoming-event';
import { safeEqual } from '../signature';
import { invalid, majorNumberToMoney, validate } from '../vendor-body';

const bodySchema = z.looseObject({
  data: z.looseObject({
    id: z.number().int(),
    status: z.string().min(1),
    owner_id: z.number().int().nullable(),
    value: z.number().nullable().optional(),
    currency: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
  }),
  previous: z.looseObject({ status: z.string().optional() }).nullable(),
  meta: z.looseObject({ id: z.string().min(1), action: z.string().min(1), entity: z.string().min(1), timestamp: z.string().min(1) }),
});

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

function interpretDeal(value: unknown, raw: string): Interpretation {
  const parsed = validate(bodySchema, value);
  if (!parsed.ok) return invalid(parsed.problems);
  const { data, previous, meta } = parsed.value;
  const ignored = (reason: string): Interpretation => ({ ok: true, events: [], batch: false, ignored: [{ key: meta.id, reason }] });
  if (meta.entity !== 'deal') return ignored(`a ${meta.entity} ${meta.action} moves no points`);
  if (meta.action !== 'change') return ignored(`a deal ${meta.action} moves no points (a win is a change of status to won)`);
  const instant = parseInstant(meta.timestamp);
  if (!instant) return invalid([{ path: 'meta.timestamp', message: `"${meta.timestamp}" is not an ISO 8601 time with an offset` }]);
  // v2 sends only the changed fields in `previous`: a win is a status that became "won".
  const before = previous?.status;
  const becameWon = data.status === 'won' && before !== undefined && before !== 'won';
  const leftWon = before === 'won' && data.status !== 'won';
  const becameLost = data.status === 'lost' && before !== undefined && before !== 'lost' && before !== 'won';
  if (!becameWon && !leftWon && !becameLost) return ignored(`deal ${data.id} changed without winning or losing (its status is still ${data.status})`);
  let amount = null;
  if (data.value !== undefined && data.value !== null && data.value > 0) {
    if (!data.currency) return invalid([{ path: 'data.currency', message: 'is required when the deal has a value' }]);
    const money = majorNumberToMoney(data.value, data.currency, 'data.value');
    if (!money.ok) return invalid([money.problem]);
    amount = money.money;
  }
  const event: IncomingEvent = {
    externalId: meta.id,
    type: becameWon ? 'deal.won' : leftWon ? 'deal.reopened' : 'deal.lost',
    occurredAt: instant.at,
    occurredOffset: instant.offsetMinutes,
    identity: data.owner_id === null ? null : normaliseIdentity('external_id', String(data.owner_id)),
    amount: leftWon ? null : amount,
    reversesExternalId: null,
    activityName: null,
    product: null,
    customerExternalId: null,
    customerName: data.title ?? null,
    manualPoints: null,
    reason: null,
    payloadJson: raw,
    subjectKey: `deal:${data.id}`,
    // Reopening a deal won before Fanfare was connected takes nothing back (and must not wait to cancel a later win).
    ...(leftWon ? { onlyIfOpen: true } : {}),
  };
  return { ok: true, events: [event], batch: false };
}

/**
 * Pipedrive webhooks v2: no signature; the webhook is created with HTTP Basic credentials that
 * Pipedrive sends on every delivery. A deal whose status became "won" (per `previous`) is a
 * deal.won for its owner (a Pipedrive user id, mapped to a rep); leaving "won" takes it back.
 */
export const pipedriveAdapter: WebhookAdapter = {
  kind: 'pipedrive',
  accepts: isJsonContentType,
  verify(delivery, source) {
    const header = headerValue(delivery.headers.authorization);
    if (!header) return { ok: false, reason: 'Authorization header is missing: create the Pipedrive webhook with the HTTP auth user and password shown in Fanfare' };
    const username = typeof source.config.username === 'string' ? source.config.username : '';
    if (!safeEqual(header.trim(), basicAuthorization(username, source.secret))) {
      return { ok: false, reason: "the HTTP Basic credentials do not match this source's user and password" };
    }
    return { ok: true };
  },
  interpret(delivery) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    return interpretDeal(body.value, delivery.body.toString('utf8'));
  },
};
