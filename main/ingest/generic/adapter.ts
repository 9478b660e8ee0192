import { isJsonContentType } from '../content-type';
import type { WebhookAdapter } from '../adapter';
import { parseGenericBody } from './parse';
import { GENERIC_SIGNATURE_HEADER, verifyGeneric } from './signature';

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Fanfare's own format: for Zapier, n8n, scripts and anything that can send signed JSON. */
export const genericAdapter: WebhookAdapter = {
  kind: 'generic',
  accepts: isJsonContentType,
  verify: (delivery, source) => verifyGeneric(source.secret, delivery.body, header(delivery.headers[GENERIC_SIGNATURE_HEADER])),
  interpret(delivery) {
    let body: unknown;
    try {
      body = JSON.parse(delivery.body.toString('utf8'));
    } catch (error) {
      return { ok: false, status: 'invalid_json', problems: [{ path: '', message: `the body is not valid JSON (${(error as Error).message})` }] };
    }
    const parsed = parseGenericBody(body);
    return parsed.ok ? { ok: true, events: parsed.value, batch: Array.isArray(body) } : { ok: false, status: 'invalid_input', problems: parsed.problems };
  },
};
