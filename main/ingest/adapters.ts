import type { SourceKind } from '../../preload/contract';
import type { WebhookAdapter } from './adapter';
import { asaasAdapter } from './asaas/adapter';
import { calcomAdapter } from './calcom/adapter';
import { calendlyAdapter } from './calendly/adapter';
import { genericAdapter } from './generic/adapter';
import { hubspotAdapter } from './hubspot/adapter';
import { pipedriveAdapter } from './pipedrive/adapter';
import { stripeAdapter } from './stripe/adapter';

const ADAPTERS: Record<SourceKind, WebhookAdapter> = {
  generic: genericAdapter,
  stripe: stripeAdapter,
  hubspot: hubspotAdapter,
  pipedrive: pipedriveAdapter,
  calendly: calendlyAdapter,
  calcom: calcomAdapter,
  asaas: asaasAdapter,
};

export function adapterFor(kind: string): WebhookAdapter | undefined {
  return Object.hasOwn(ADAPTERS, kind) ? ADAPTERS[kind as SourceKind] : undefined;
}
