// Vendor fixtures (byte for byte) and how each vendor signs them, for the webhook tests.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { signCalcom } from '../../main/ingest/calcom/adapter';
import { signHubSpotV3 } from '../../main/ingest/hubspot/signature';
import { basicAuthorization } from '../../main/ingest/pipedrive/adapter';
import { signTimestamped } from '../../main/ingest/timestamped-signature';

export const FIXTURES = '/work/shared/fixtures/vendors/webhooks';

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

/** The secrets of SIGNATURES.md. */
export const SECRETS = {
  stripe: 'whsec_1bV9kXz3Qw7Lm2Np8Rt4Yc6Hd0Jf5Gs',
  stripeOld: 'whsec_7Tq2Wm9Kp4Xv1Zb6Nc3Lr8Hy5Fd0Js2A',
  hubspot: '3f6b1c2e-8d4a-4b7f-9e21-5a0c7d9e4b18',
  pipedriveUser: 'fanfare-pipedrive',
  pipedrivePassword: 'pd-7Jq2xR9vLw4mTz8N',
  calendly: 'dev-calendly-sk-P4nT8vQ2xR6wL9mZ3kB7',
  calcom: 'dev-calcom-whsec-Z7mK3pQ9tV2xW6nR',
  asaas: 'f3a9c1e7-5b2d-4d8f-9a6e-1c0b7d3e2f48',
} as const;

export const stripeHeaders = (body: Buffer, t: number, secret: string = SECRETS.stripe) => ({ 'stripe-signature': `t=${t},v1=${signTimestamped(secret, t, body)}` });
export const calendlyHeaders = (body: Buffer, t: number, secret: string = SECRETS.calendly) => ({ 'calendly-webhook-signature': `t=${t},v1=${signTimestamped(secret, t, body)}` });
export const calcomHeaders = (body: Buffer, secret: string = SECRETS.calcom) => ({ 'x-cal-signature-256': signCalcom(secret, body) });
export const asaasHeaders = (token: string = SECRETS.asaas) => ({ 'asaas-access-token': token });
export const pipedriveHeaders = (user: string = SECRETS.pipedriveUser, password: string = SECRETS.pipedrivePassword) => ({ authorization: basicAuthorization(user, password) });
export const hubspotHeaders = (body: Buffer, uri: string, timestampMs: number, secret: string = SECRETS.hubspot) => ({
  'x-hubspot-signature-v3': signHubSpotV3(secret, 'POST', uri, body, String(timestampMs)),
  'x-hubspot-request-timestamp': String(timestampMs),
});

/** The `created` (Unix seconds) of a Stripe fixture, to sign it as Stripe would have at the time. */
export function stripeCreated(body: Buffer): number {
  return (JSON.parse(body.toString('utf8')) as { created: number }).created;
}

/**
 * A local stand-in for https://api.hubapi.com serving the fixtures' `api.*.json`, checking the
 * private app token; `failing` makes it answer 503 (HubSpot down) until switched back.
 */
export async function startHubSpotStandIn(token: string): Promise<{ url: string; requests: string[]; setFailing(on: boolean): void; close(): Promise<void> }> {
  const routes: Record<string, Buffer> = {
    '/crm/v3/objects/deals/38611952014': fixture('hubspot/api.deal.38611952014.json'),
    '/crm/v3/owners/512093847': fixture('hubspot/api.owner.512093847.json'),
    '/crm/v3/owners': Buffer.from('{"results":[]}'),
  };
  let failing = false;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (failing) return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"error","message":"Service unavailable"}');
    if (req.headers.authorization !== `Bearer ${token}`) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"status":"error","category":"INVALID_AUTHENTICATION"}');
    const body = routes[path];
    if (!body) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":"error","category":"OBJECT_NOT_FOUND"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setFailing: (on) => {
      failing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
