// Vendor-native sample deliveries, signed with a source's own credentials, for the Sources
// screen's "Send test event". They go to the source's real webhook URL as a dry run.
import { DateTime } from 'luxon';
import type { SourceKind } from '../../preload/contract';
import { currencyExponent } from '../engine/currencies';
import type { SourceSettings } from '../ingest/adapter';
import { signCalcom } from '../ingest/calcom/adapter';
import { signHubSpotV3, signedUri } from '../ingest/hubspot/signature';
import { basicAuthorization } from '../ingest/pipedrive/adapter';
import { stripeExponent } from '../ingest/stripe/currency';
import { signTimestamped } from '../ingest/timestamped-signature';

export interface SampleDelivery {
  body: string;
  headers: Record<string, string>;
}

export interface SampleRep {
  email: string | null;
  /** The source's own id for the rep (a Pipedrive user, an Asaas customer), when mapped. */
  externalId: string | null;
}

function stripeSample(source: SourceSettings, rep: SampleRep, now: number, currency: string): SampleDelivery {
  const t = Math.floor(now / 1000);
  const minor = 100 * 10 ** currencyExponent(currency);
  const body = JSON.stringify(
    {
      id: `evt_fanfare_test_${now}`,
      object: 'event',
      created: t,
      type: 'payment_intent.succeeded',
      data: {
        object: {
          id: `pi_fanfare_test_${now}`,
          object: 'payment_intent',
          amount: minor * 10 ** (stripeExponent(currency) - currencyExponent(currency)),
          currency: currency.toLowerCase(),
          invoice: null,
          customer: null,
          metadata: rep.email ? { rep_email: rep.email } : {},
        },
      },
    },
    null,
    2,
  );
  return { body, headers: { 'stripe-signature': `t=${t},v1=${signTimestamped(source.secret, t, body)}` } };
}

function hubspotSample(source: SourceSettings, now: number): SampleDelivery {
  // A deal created (not won): it tests the URL, the public URL and the client secret without a deal to fetch.
  const body = JSON.stringify([
    { eventId: now % 1_000_000_000, subscriptionId: 1, portalId: 1, appId: 1, occurredAt: now, subscriptionType: 'deal.creation', attemptNumber: 0, objectId: 1, changeFlag: 'CREATED', changeSource: 'CRM_UI', sourceId: 'fanfare-test' },
  ]);
  const configured = typeof source.config.publicUrl === 'string' && source.config.publicUrl ? source.config.publicUrl : source.webhookUrl;
  const timestamp = String(now);
  return { body, headers: { 'x-hubspot-signature-v3': signHubSpotV3(source.secret, 'POST', signedUri(configured, ''), body, timestamp), 'x-hubspot-request-timestamp': timestamp } };
}

function pipedriveSample(source: SourceSettings, rep: SampleRep, now: number, currency: string): SampleDelivery {
  const ownerId = rep.externalId && /^\d+$/.test(rep.externalId) ? Number(rep.externalId) : 1;
  const iso = new Date(now).toISOString();
  const body = JSON.stringify({
    data: { id: 1, status: 'won', owner_id: ownerId, value: 100, currency, title: 'Fanfare test deal', won_time: iso },
    previous: { status: 'open' },
    meta: { action: 'change', entity: 'deal', id: `fanfare-test-${now}`, timestamp: iso, version: '2.0' },
  });
  const username = typeof source.config.username === 'string' ? source.config.username : '';
  return { body, headers: { authorization: basicAuthorization(username, source.secret) } };
}

function calendlySample(source: SourceSettings, rep: SampleRep, now: number): SampleDelivery {
  const t = Math.floor(now / 1000);
  const iso = new Date(now).toISOString();
  const body = JSON.stringify({
    event: 'invitee.created',
    created_at: iso,
    payload: {
      uri: `https://api.calendly.com/scheduled_events/fanfare-test/invitees/${now}`,
      created_at: iso,
      name: 'Fanfare test',
      old_invitee: null,
      scheduled_event: { name: 'Fanfare test meeting', event_memberships: [{ user_email: rep.email ?? 'host@example.com' }] },
    },
  });
  return { body, headers: { 'calendly-webhook-signature': `t=${t},v1=${signTimestamped(source.secret, t, body)}` } };
}

function calcomSample(source: SourceSettings, rep: SampleRep, now: number): SampleDelivery {
  const body = JSON.stringify({
    triggerEvent: 'BOOKING_CREATED',
    createdAt: new Date(now).toISOString(),
    payload: { uid: `fanfare-test-${now}`, title: 'Fanfare test meeting', organizer: { email: rep.email ?? 'host@example.com', name: 'Host' }, attendees: [{ name: 'Fanfare test' }] },
  });
  return { body, headers: { 'x-cal-signature-256': signCalcom(source.secret, body) } };
}

function asaasSample(source: SourceSettings, rep: SampleRep, now: number): SampleDelivery {
  const local = DateTime.fromMillis(now, { zone: 'America/Sao_Paulo' }).toFormat('yyyy-MM-dd HH:mm:ss');
  const body = JSON.stringify({
    id: `evt_fanfare_test_${now}`,
    event: 'PAYMENT_CONFIRMED',
    dateCreated: local,
    payment: { object: 'payment', id: `pay_fanfare_test_${now}`, customer: rep.externalId ?? 'cus_fanfare_test', value: 100, description: 'Fanfare test payment', billingType: 'PIX' },
  });
  return { body, headers: { 'asaas-access-token': source.secret } };
}

/** A signed sample delivery of the vendor's own format, or null for the generic kind (tested with a real event). */
export function sampleDelivery(kind: SourceKind, source: SourceSettings, rep: SampleRep, now: number, baseCurrency: string): SampleDelivery | null {
  switch (kind) {
    case 'generic':
      return null;
    case 'stripe':
      return stripeSample(source, rep, now, baseCurrency);
    case 'hubspot':
      return hubspotSample(source, now);
    case 'pipedrive':
      return pipedriveSample(source, rep, now, baseCurrency);
    case 'calendly':
      return calendlySample(source, rep, now);
    case 'calcom':
      return calcomSample(source, rep, now);
    case 'asaas':
      return asaasSample(source, rep, now);
  }
}
