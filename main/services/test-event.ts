import type { ParsedInput } from '../../preload/contract';
import { findRep } from '../../db/queries/reps';
import { signGeneric } from '../ingest/generic/signature';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { requireSource, webhookUrl } from './sources';

/**
 * Sends a real, signed test delivery to the source's own webhook URL, so the manager sees
 * the whole path work (listener, signature, storage, scoring, live update). It is an
 * `activity` named "Webhook test" for the chosen rep (without one it lands in Unmapped).
 */
export async function sendTestEvent(ctx: ServiceContext, input: ParsedInput<'sources.sendTestEvent'>): Promise<{ httpStatus: number; body: unknown }> {
  const source = requireSource(ctx, input.sourceId);
  if (source.kind !== 'generic') fail('invalid_input', `Test events can be sent to generic sources only; "${source.name}" is a ${source.kind} source.`);
  const rep = input.repId === undefined ? undefined : (findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`));
  if (rep && !rep.email) fail('invalid_input', `${rep.name} has no e-mail address; add one on the Reps screen so sources can name them.`, { path: 'repId' });
  const now = new Date(ctx.now());
  const event = {
    id: `fanfare-test-${now.getTime()}`,
    type: 'activity',
    name: 'Webhook test',
    occurredAt: now.toISOString(),
    rep: rep?.email ? { email: rep.email } : { id: 'fanfare-test-nobody' },
  };
  const body = JSON.stringify(event);
  const response = await fetch(webhookUrl(ctx, source), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fanfare-signature': signGeneric(source.secret, body) },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: shown to the manager as it came.
  }
  return { httpStatus: response.status, body: parsed };
}
