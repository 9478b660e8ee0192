import { headerValue, parseJsonBody, type WebhookAdapter } from '../adapter';
import { isJsonContentType } from '../content-type';
import { interpretHubSpotBody, replayHubSpotElement } from './parse';
import { signedUri, verifyHubSpotV3 } from './signature';

/**
 * HubSpot webhooks v3: `X-HubSpot-Signature-v3` over method + the public URL HubSpot called +
 * body + `X-HubSpot-Request-Timestamp` (5 minutes of tolerance). A won deal's amount and
 * owner come from the CRM API with the private app's token.
 */
export const hubspotAdapter: WebhookAdapter = {
  kind: 'hubspot',
  accepts: isJsonContentType,
  verify(delivery, source) {
    const configured = typeof source.config.publicUrl === 'string' && source.config.publicUrl ? source.config.publicUrl : source.webhookUrl;
    return verifyHubSpotV3({
      secret: source.secret,
      method: delivery.method.toUpperCase(),
      uri: signedUri(configured, delivery.url),
      body: delivery.body,
      signature: headerValue(delivery.headers['x-hubspot-signature-v3']),
      timestamp: headerValue(delivery.headers['x-hubspot-request-timestamp']),
      now: delivery.receivedAt,
    });
  },
  async interpret(delivery, source, env) {
    const body = parseJsonBody(delivery.body);
    if (!body.ok) return body;
    return interpretHubSpotBody(body.value, source, env);
  },
  replay: replayHubSpotElement,
};
