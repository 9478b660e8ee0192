import { z } from 'zod';
import { parseMajorAmount } from '../../engine/money';
import type { AdapterEnv, HeldElement, IgnoredElement, Interpretation, SourceSettings } from '../adapter';
import { normaliseIdentity, type FieldProblem, type IncomingEvent } from '../incoming-event';
import { invalid, validate } from '../vendor-body';
import { fetchDeal } from './api';
import { HUBSPOT_API_BASE, HUBSPOT_DEFAULT_WON_STAGES } from './settings';

export const MAX_HUBSPOT_ELEMENTS = 1000;

export const elementSchema = z.looseObject({
  eventId: z.number().int(),
  subscriptionType: z.string().min(1),
  objectId: z.number().int(),
  occurredAt: z.number().int(),
  propertyName: z.string().optional(),
  propertyValue: z.string().optional(),
});
export type HubSpotElement = z.infer<typeof elementSchema>;

/** HubSpot says eventId alone is not guaranteed unique: it is paired with what happened to which object, when. */
export function elementKey(e: HubSpotElement): string {
  return `${e.subscriptionType}:${e.objectId}:${e.eventId}:${e.occurredAt}`;
}

function settings(source: SourceSettings): { token: string | null; apiBaseUrl: string; wonStages: readonly string[] } {
  const c = source.config;
  return {
    token: typeof c.accessToken === 'string' && c.accessToken ? c.accessToken : null,
    apiBaseUrl: typeof c.apiBaseUrl === 'string' && c.apiBaseUrl ? c.apiBaseUrl : HUBSPOT_API_BASE,
    wonStages: Array.isArray(c.wonStages) && c.wonStages.length > 0 ? (c.wonStages as string[]) : HUBSPOT_DEFAULT_WON_STAGES,
  };
}

type ElementOutcome = { kind: 'event'; event: IncomingEvent } | { kind: 'held'; item: HeldElement } | { kind: 'ignored'; item: IgnoredElement };

const base = (e: HubSpotElement) => ({
  occurredAt: e.occurredAt,
  occurredOffset: 0,
  reversesExternalId: null,
  activityName: null,
  product: null,
  customerExternalId: null,
  manualPoints: null,
  reason: null,
  subjectKey: `deal:${e.objectId}`,
});

/**
 * One element of a HubSpot delivery. A deal moved to a won stage becomes deal.won, with its
 * amount and owner fetched from the API (held, not dropped, while that fails); a deal moved
 * out of a won stage takes the win back; anything else moves no points.
 */
export async function interpretElement(e: HubSpotElement, raw: string, source: SourceSettings, env: AdapterEnv): Promise<ElementOutcome> {
  const key = elementKey(e);
  if (e.subscriptionType !== 'deal.propertyChange' || e.propertyName !== 'dealstage') {
    return { kind: 'ignored', item: { key, reason: `${e.subscriptionType}${e.propertyName ? ` (${e.propertyName})` : ''} is not a deal won` } };
  }
  const config = settings(source);
  if (!config.wonStages.includes(e.propertyValue ?? '')) {
    // The deal left a won stage (or moved between open stages): a win Fanfare counted is taken back.
    return {
      kind: 'event',
      event: { ...base(e), externalId: key, type: 'deal.reopened', identity: null, amount: null, customerName: null, payloadJson: raw, onlyIfOpen: true },
    };
  }
  const held = (reason: string): ElementOutcome => ({ kind: 'held', item: { key, element: raw, reason } });
  if (!config.token) return held('no HubSpot access token is set, so the deal\'s amount and owner cannot be read: add it in the source settings, then replay');
  const fetched = await fetchDeal({ fetch: env.fetch, apiBaseUrl: config.apiBaseUrl, token: config.token, dealId: String(e.objectId), now: env.now() });
  if (!fetched.ok) return held(fetched.reason);
  const { deal, owner } = fetched.details;
  if (!owner?.email) return held(`deal ${deal.id} has no owner with an e-mail in HubSpot: assign an owner, then replay`);
  let amount = null;
  if (deal.amount !== null) {
    const parsed = parseMajorAmount(deal.amount, deal.currency ?? env.baseCurrency);
    if (!parsed.ok) return held(`deal ${deal.id}'s amount cannot be read: ${parsed.problem}`);
    amount = parsed.money;
  }
  return {
    kind: 'event',
    event: {
      ...base(e),
      externalId: key,
      type: 'deal.won',
      identity: normaliseIdentity('email', owner.email),
      amount,
      customerName: deal.name,
      payloadJson: JSON.stringify({ webhook: JSON.parse(raw) as unknown, deal: fetched.details.raw.deal, owner: fetched.details.raw.owner }),
    },
  };
}

function collect(outcomes: readonly ElementOutcome[], batch: boolean): Interpretation {
  return {
    ok: true,
    batch,
    events: outcomes.flatMap((o) => (o.kind === 'event' ? [o.event] : [])),
    held: outcomes.flatMap((o) => (o.kind === 'held' ? [o.item] : [])),
    ignored: outcomes.flatMap((o) => (o.kind === 'ignored' ? [o.item] : [])),
  };
}

/** A HubSpot delivery: an array of up to 100 events of mixed kinds; one element never blocks another. */
export async function interpretHubSpotBody(value: unknown, source: SourceSettings, env: AdapterEnv): Promise<Interpretation> {
  if (!Array.isArray(value)) return invalid([{ path: '', message: 'must be a JSON array of HubSpot events (webhooks v3)' }]);
  if (value.length === 0) return invalid([{ path: '', message: 'the array holds no events' }]);
  if (value.length > MAX_HUBSPOT_ELEMENTS) return invalid([{ path: '', message: `at most ${MAX_HUBSPOT_ELEMENTS} events per delivery (got ${value.length})` }]);
  const problems: FieldProblem[] = [];
  const elements: HubSpotElement[] = [];
  value.forEach((element, index) => {
    const parsed = validate(elementSchema, element, `[${index}]`);
    if (parsed.ok) elements.push(parsed.value);
    else problems.push(...parsed.problems);
  });
  if (problems.length > 0) return invalid(problems);
  // Deals are fetched one after another: HubSpot rate-limits private apps per second.
  const outcomes: ElementOutcome[] = [];
  for (const element of elements) outcomes.push(await interpretElement(element, JSON.stringify(element), source, env));
  return collect(outcomes, true);
}

/** A held element, interpreted again. */
export async function replayHubSpotElement(element: string, source: SourceSettings, env: AdapterEnv): Promise<Interpretation> {
  const parsed = validate(elementSchema, JSON.parse(element) as unknown);
  if (!parsed.ok) return invalid(parsed.problems);
  return collect([await interpretElement(parsed.value, element, source, env)], false);
}
