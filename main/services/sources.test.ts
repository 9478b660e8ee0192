import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../preload/contract';
import { startTestApp, type TestApp } from '../../tests/support/app';
import { SECRETS, startHubSpotStandIn } from '../../tests/support/vendors';

let t: TestApp;
let hubspot: Awaited<ReturnType<typeof startHubSpotStandIn>>;
const TOKEN = 'pat-na1-test-token';

beforeAll(async () => {
  t = await startTestApp();
  hubspot = await startHubSpotStandIn(TOKEN);
  await t.call('workspace.update', { baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo' });
  await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
});
afterAll(async () => {
  await t.stop();
  await hubspot.close();
});

const SETTINGS = {
  generic: undefined,
  stripe: { secret: SECRETS.stripe },
  hubspot: { secret: SECRETS.hubspot, accessToken: TOKEN, apiBaseUrl: '' },
  pipedrive: undefined,
  calendly: { secret: SECRETS.calendly },
  calcom: undefined,
  asaas: undefined,
} as const;

describe('sources of every kind', () => {
  it.each(SOURCE_KINDS)('a %s source is created and its test event goes through the whole path', async (kind) => {
    const settings = kind === 'hubspot' ? { ...SETTINGS.hubspot, apiBaseUrl: hubspot.url } : SETTINGS[kind];
    const created = await t.call('sources.create', { kind, name: `${kind} source`, ...(settings ? { settings } : {}) });
    expect(created.webhookUrl).toBe(`${t.url}/hooks/${kind}/${created.id}`);
    const test = await t.call('sources.sendTestEvent', { sourceId: created.id, repId: 1 });
    expect(test.httpStatus).toBe(200);
    expect(test.checks.every((c) => c.ok)).toBe(true);
    expect(test.dryRun).toBe(kind !== 'generic');
    const [delivery] = await t.call('sources.deliveries', { sourceId: created.id });
    expect(delivery).toMatchObject({ outcome: 'accepted', httpStatus: 200 });
    if (kind === 'generic') expect(test.checks[0]?.detail).toBe('activity for Ana Souza, 5 points');
    if (kind === 'stripe') expect(test.checks[0]?.detail).toBe('payment.confirmed for Ana Souza, 21 points');
    if (kind === 'hubspot') expect(test.checks.map((c) => c.name)).toEqual(['delivery', 'api']);
    if (kind === 'pipedrive') expect(test.checks[0]?.detail).toMatch(/^deal.won for 1 \(not mapped to a rep yet\)/);
    if (kind !== 'generic') expect(delivery?.reason).toMatch(/^Test delivery, nothing stored: signature verified/);
  });

  it('refuses settings a kind does not have, and vendor secrets that are missing or malformed, naming the field', async () => {
    const noSecret = await t.api('sources.create', { kind: 'stripe', name: 'Stripe' });
    expect(noSecret).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { path: 'settings.secret' } } });
    expect(noSecret.ok ? '' : noSecret.error.message).toMatch(/Stripe needs the endpoint's signing secret/);
    const wrongPrefix = await t.api('sources.create', { kind: 'stripe', name: 'Stripe', settings: { secret: 'sk_live_123456789' } });
    expect(wrongPrefix.ok ? '' : wrongPrefix.error.message).toMatch(/starts with whsec_/);
    const foreign = await t.api('sources.create', { kind: 'asaas', name: 'Asaas', settings: { wonStages: ['closedwon'] } });
    expect(foreign).toMatchObject({ ok: false, error: { details: { path: 'settings.wonStages' } } });
    const badUrl = await t.api('sources.create', { kind: 'hubspot', name: 'HubSpot', settings: { secret: SECRETS.hubspot, accessToken: TOKEN, publicUrl: 'hooks.example.com/x' } });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('generates what Fanfare may choose: an Asaas token (UUID v4), Pipedrive Basic credentials', async () => {
    const asaas = await t.call('sources.create', { kind: 'asaas', name: 'Asaas' });
    expect(asaas.secret).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const pipedrive = await t.call('sources.create', { kind: 'pipedrive', name: 'Pipedrive' });
    const view = (await t.call('sources.list')).find((s) => s.id === pipedrive.id);
    expect(view?.settings).toMatchObject({ username: 'fanfare', password: pipedrive.secret });
  });

  it('rolls a Stripe secret: the previous one keeps working until it is cleared', async () => {
    const stripe = await t.call('sources.create', { kind: 'stripe', name: 'Stripe rolling', settings: { secret: SECRETS.stripeOld } });
    const updated = await t.call('sources.update', { id: stripe.id, settings: { secret: SECRETS.stripe, previousSecret: SECRETS.stripeOld } });
    expect(updated).toMatchObject({ secret: SECRETS.stripe, settings: { previousSecret: SECRETS.stripeOld } });
    const cleared = await t.call('sources.update', { id: stripe.id, settings: { previousSecret: null } });
    expect(cleared.settings.previousSecret).toBeNull();
  });

  it('a switched-off source refuses deliveries (403, logged) and shows the last error', async () => {
    const source = await t.call('sources.create', { kind: 'generic', name: 'Paused' });
    await t.call('sources.update', { id: source.id, enabled: false });
    const answer = await t.postGeneric(source.id, source.secret, '{}');
    expect(answer.status).toBe(403);
    const view = (await t.call('sources.list')).find((s) => s.id === source.id);
    expect(view).toMatchObject({ enabled: false, lastError: { httpStatus: 403, reason: expect.stringMatching(/switched off/) } });
    expect(view?.deliveriesByHour.at(-1)).toBe(1);
  });
});
