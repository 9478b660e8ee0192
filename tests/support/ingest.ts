import { parseGenericBody } from '../../main/ingest/generic/parse';
import type { ServiceContext } from '../../main/services/context';
import { ingestEvents } from '../../main/services/ingest';
import { requireSource } from '../../main/services/sources';

/** Delivers events in Fanfare's generic format to a source, as the webhook would (without HTTP). */
export function deliverGeneric(ctx: ServiceContext, sourceId: string, events: object[]) {
  const parsed = parseGenericBody(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value);
}
