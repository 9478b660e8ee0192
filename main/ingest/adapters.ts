import type { SourceKind } from '../../preload/contract';
import type { WebhookAdapter } from './adapter';
import { genericAdapter } from './generic/adapter';

const ADAPTERS: Partial<Record<SourceKind, WebhookAdapter>> = {
  generic: genericAdapter,
};

export function adapterFor(kind: string): WebhookAdapter | undefined {
  return ADAPTERS[kind as SourceKind];
}
