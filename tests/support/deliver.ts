import { parseGenericBody } from '../../main/ingest/generic/parse';
import type { ServiceContext } from '../../main/services/context';
import { ingestEvents } from '../../main/services/ingest';
import { createSource, requireSource } from '../../main/services/sources';

/** A generic source on the context and a function delivering events to it, as a webhook would. */
export function genericSource(ctx: ServiceContext, name = 'CRM'): { sourceId: string; deliver: (events: object | object[]) => ReturnType<typeof ingestEvents> } {
  const { id } = createSource(ctx, { kind: 'generic', name });
  return {
    sourceId: id,
    deliver(events) {
      const parsed = parseGenericBody(events);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return ingestEvents(ctx, requireSource(ctx, id), parsed.value);
    },
  };
}
