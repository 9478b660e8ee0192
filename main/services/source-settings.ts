import { randomUUID } from 'node:crypto';
import type { SourceKind, SourceSettingsInput, SourceSettingsView } from '../../preload/contract';
import { HUBSPOT_API_BASE, HUBSPOT_DEFAULT_WON_STAGES } from '../ingest/hubspot/settings';
import { fail } from './errors';
import { newToken } from './tokens';

/** What a source keeps besides its main secret (the `config_json` column). */
export interface StoredConfig {
  previousSecret?: string | null;
  username?: string;
  accessToken?: string;
  apiBaseUrl?: string;
  publicUrl?: string | null;
  wonStages?: string[];
}

/** Which settings each kind uses; anything else is refused with a clear message. */
const ALLOWED: Record<SourceKind, readonly (keyof SourceSettingsInput)[]> = {
  generic: [],
  stripe: ['secret', 'previousSecret'],
  hubspot: ['secret', 'accessToken', 'apiBaseUrl', 'publicUrl', 'wonStages'],
  pipedrive: ['username', 'password'],
  calendly: ['secret'],
  calcom: ['secret'],
  asaas: ['secret'],
};

const VENDOR: Record<SourceKind, string> = {
  generic: 'A generic source',
  stripe: 'Stripe',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  calendly: 'Calendly',
  calcom: 'Cal.com',
  asaas: 'Asaas',
};

/** Secrets only the vendor issues: the manager pastes them (Fanfare cannot make them up). */
const REQUIRED_ON_CREATE: Partial<Record<SourceKind, { key: keyof SourceSettingsInput; hint: string }[]>> = {
  stripe: [{ key: 'secret', hint: "the endpoint's signing secret from Stripe (Developers → Webhooks → your endpoint → Signing secret, it starts with whsec_)" }],
  hubspot: [
    { key: 'secret', hint: "the app's client secret (HubSpot → your private app → Auth → Client secret)" },
    { key: 'accessToken', hint: "the private app's access token (it starts with pat-), so Fanfare can read each won deal's amount and owner" },
  ],
  calendly: [{ key: 'secret', hint: 'the signing key of the Calendly webhook subscription' }],
};

function checkAllowed(kind: SourceKind, settings: SourceSettingsInput): void {
  for (const key of Object.keys(settings) as (keyof SourceSettingsInput)[]) {
    if (!ALLOWED[kind].includes(key)) fail('invalid_input', `${VENDOR[kind]} source has no setting "${key}".`, { path: `settings.${key}` });
  }
  if (kind === 'stripe' && settings.secret !== undefined && !settings.secret.startsWith('whsec_')) {
    fail('invalid_input', 'A Stripe signing secret starts with whsec_: copy it from Developers → Webhooks → your endpoint → Signing secret.', { path: 'settings.secret' });
  }
}

/** The secret and stored settings of a new source: the manager's values, generated ones where Fanfare may choose. */
export function initialSettings(kind: SourceKind, input: SourceSettingsInput = {}): { secret: string; config: StoredConfig } {
  checkAllowed(kind, input);
  for (const required of REQUIRED_ON_CREATE[kind] ?? []) {
    if (input[required.key] === undefined) fail('invalid_input', `${VENDOR[kind]} needs ${required.hint}.`, { path: `settings.${required.key}` });
  }
  // Pipedrive's Basic password is the source's secret.
  const { secret, password, ...rest } = input;
  const config: StoredConfig = { ...rest };
  if (kind === 'hubspot') {
    config.apiBaseUrl ??= HUBSPOT_API_BASE;
    config.wonStages ??= [...HUBSPOT_DEFAULT_WON_STAGES];
    config.publicUrl ??= null;
  }
  if (kind === 'pipedrive') config.username ??= 'fanfare';
  // Asaas recommends a random UUID v4 as the webhook's access token.
  const generated = kind === 'asaas' ? randomUUID() : kind === 'pipedrive' ? newToken(18) : `fsk_${newToken(24)}`;
  return { secret: password ?? secret ?? generated, config };
}

/** Applies a change of settings; `null` clears an optional one (a previous secret, the public URL). */
export function changedSettings(kind: SourceKind, stored: { secret: string; config: StoredConfig }, patch: SourceSettingsInput): { secret: string; config: StoredConfig } {
  checkAllowed(kind, patch);
  const { secret, password, ...rest } = patch;
  return { secret: password ?? secret ?? stored.secret, config: { ...stored.config, ...rest } };
}

export function parseConfig(json: string): StoredConfig {
  const value = JSON.parse(json) as unknown;
  return value && typeof value === 'object' ? (value as StoredConfig) : {};
}

export function settingsView(kind: SourceKind, secret: string, config: StoredConfig): SourceSettingsView {
  return {
    previousSecret: config.previousSecret ?? null,
    username: config.username ?? null,
    password: kind === 'pipedrive' ? secret : null,
    accessToken: config.accessToken ?? null,
    apiBaseUrl: config.apiBaseUrl ?? null,
    publicUrl: config.publicUrl ?? null,
    wonStages: config.wonStages ?? null,
  };
}
