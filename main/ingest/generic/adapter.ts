import { isJsonContentType } from '../content-type';
import { headerValue, parseJsonBody, type WebhookAdapter } from '../adapter';
import { parseGenericBody } from './parse';
import { GENERIC_SIGNATURE_HEADER, verifyGeneric } from './signature';

/** Fanfare's own format: for Zapier, n8n, scripts and anything that can send signed JSON. */
export const genericAdapter: WebhookAdapter = {
  kind: 'generic',
  accepts: isJsonContentType,
  verify: (delivery, source) => verifyGeneric(source.secret, delivery.body, headerValue(delivery.headers[GENERIC_SIGNATURE_HEADER])),
  interpret(delivery) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    const parsed = parseGenericBody(body.value);
    return parsed.ok ? { ok: true, events: parsed.value, batch: Array.isArray(body.value) } : { ok: false, status: 'invalid_input', problems: parsed.problems };
  },
};
