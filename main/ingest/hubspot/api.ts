import { z } from 'zod';

/** What Fanfare reads of a HubSpot deal and its owner (CRM API v3). */
export interface DealDetails {
  deal: { id: string; amount: string | null; currency: string | null; name: string | null; ownerId: string | null };
  owner: { id: string; email: string | null } | null;
  /** The API answers as received, kept with the event. */
  raw: { deal: unknown; owner: unknown };
}

export type DealFetch = { ok: true; details: DealDetails } | { ok: false; reason: string };

const dealSchema = z.looseObject({
  id: z.string(),
  properties: z.looseObject({
    amount: z.string().nullable().optional(),
    deal_currency_code: z.string().nullable().optional(),
    dealname: z.string().nullable().optional(),
    hubspot_owner_id: z.string().nullable().optional(),
  }),
});
const ownerSchema = z.looseObject({ id: z.string(), email: z.string().nullable().optional() });

const DEAL_PROPERTIES = 'amount,dealname,hubspot_owner_id,closedate,dealstage,deal_currency_code';
const OWNER_TTL_MS = 10 * 60_000;
const owners = new Map<string, { at: number; owner: { id: string; email: string | null }; raw: unknown }>();

function explainStatus(status: number, what: string): string {
  if (status === 401) return `HubSpot refused the access token (401) reading ${what}: paste the private app's current token in the source settings`;
  if (status === 403) return `HubSpot's token may not read ${what} (403): give the private app the scopes crm.objects.deals.read and crm.objects.owners.read`;
  if (status === 404) return `HubSpot has no ${what} (404)`;
  if (status === 429) return `HubSpot's rate limit was hit (429) reading ${what}`;
  return `HubSpot answered ${status} reading ${what}`;
}

async function getJson(fetchImpl: typeof fetch, url: string, token: string, what: string): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    return { ok: false, reason: `HubSpot's API could not be reached reading ${what} (${(error as Error).message})` };
  }
  if (!response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    return { ok: false, reason: explainStatus(response.status, what) };
  }
  try {
    return { ok: true, value: await response.json() };
  } catch {
    return { ok: false, reason: `HubSpot's answer for ${what} was not JSON` };
  }
}

/**
 * Reads a deal's amount, currency, name and owner, then the owner's e-mail (cached a few
 * minutes: a team has few owners and HubSpot rate-limits private apps).
 */
export async function fetchDeal(opts: { fetch: typeof fetch; apiBaseUrl: string; token: string; dealId: string; now: number }): Promise<DealFetch> {
  const base = opts.apiBaseUrl.replace(/\/+$/, '');
  const dealAnswer = await getJson(opts.fetch, `${base}/crm/v3/objects/deals/${encodeURIComponent(opts.dealId)}?properties=${DEAL_PROPERTIES}`, opts.token, `deal ${opts.dealId}`);
  if (!dealAnswer.ok) return dealAnswer;
  const deal = dealSchema.safeParse(dealAnswer.value);
  if (!deal.success) return { ok: false, reason: `HubSpot's answer for deal ${opts.dealId} has no properties` };
  const p = deal.data.properties;
  const ownerId = p.hubspot_owner_id?.trim() || null;
  let owner: DealDetails['owner'] = null;
  let rawOwner: unknown = null;
  if (ownerId) {
    const key = `${base}|${opts.token}|${ownerId}`;
    const cached = owners.get(key);
    if (cached && opts.now - cached.at < OWNER_TTL_MS) {
      owner = cached.owner;
      rawOwner = cached.raw;
    } else {
      const ownerAnswer = await getJson(opts.fetch, `${base}/crm/v3/owners/${encodeURIComponent(ownerId)}`, opts.token, `owner ${ownerId}`);
      if (!ownerAnswer.ok) return ownerAnswer;
      const parsed = ownerSchema.safeParse(ownerAnswer.value);
      if (!parsed.success) return { ok: false, reason: `HubSpot's answer for owner ${ownerId} has no id` };
      owner = { id: parsed.data.id, email: parsed.data.email?.trim() || null };
      rawOwner = ownerAnswer.value;
      owners.set(key, { at: opts.now, owner, raw: rawOwner });
    }
  }
  return {
    ok: true,
    details: {
      deal: { id: deal.data.id, amount: p.amount?.trim() || null, currency: p.deal_currency_code?.trim() || null, name: p.dealname?.trim() || null, ownerId },
      owner,
      raw: { deal: dealAnswer.value, owner: rawOwner },
    },
  };
}

/** Checks the token can read owners (the Sources screen's test). */
export async function checkToken(opts: { fetch: typeof fetch; apiBaseUrl: string; token: string }): Promise<{ ok: boolean; detail: string }> {
  const answer = await getJson(opts.fetch, `${opts.apiBaseUrl.replace(/\/+$/, '')}/crm/v3/owners?limit=1`, opts.token, 'owners');
  return answer.ok ? { ok: true, detail: 'HubSpot accepted the access token' } : { ok: false, detail: answer.reason };
}
