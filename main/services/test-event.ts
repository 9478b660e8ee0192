import type { ParsedInput, ProcedureOutput, SourceKind } from '../../preload/contract';
import { findEventByExternalId } from '../../db/queries/events';
import { netPointsOfEvents } from '../../db/queries/ledger';
import { findRep, listIdentities } from '../../db/queries/reps';
import { signGeneric } from '../ingest/generic/signature';
import { checkToken } from '../ingest/hubspot/api';
import { HUBSPOT_API_BASE } from '../ingest/hubspot/settings';
import type { ServiceContext } from './context';
import { DRY_RUN_HEADER, dryRunToken, type DryRunSummary } from './dry-run';
import { fail } from './errors';
import { adapterSettings, requireSource, webhookUrl } from './sources';
import { sampleDelivery } from './test-deliveries';
import { getCalendar } from './workspace';

type TestResult = ProcedureOutput<'sources.sendTestEvent'>;

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ httpStatus: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: shown to the manager as it came.
  }
  return { httpStatus: response.status, body: parsed };
}

function describe(answer: { httpStatus: number; body: unknown }): string {
  const body = answer.body as { error?: { message?: string }; events?: DryRunSummary['events']; ignored?: DryRunSummary['ignored'] } | null;
  if (answer.httpStatus !== 200) return body?.error?.message ?? `HTTP ${answer.httpStatus}`;
  const events = body?.events ?? [];
  if (events.length === 0) return body?.ignored?.[0]?.reason ?? 'accepted';
  return events.map((e) => `${e.type} for ${e.rep ?? `${e.identity ?? 'no one'} (not mapped to a rep yet)`}, ${e.points} points`).join('; ');
}

/** What a stored test event became: "activity for Ana Souza, 5 points". */
function describeStored(ctx: ServiceContext, sourceId: string, externalId: string): string {
  const event = findEventByExternalId(ctx.db, sourceId, externalId);
  if (!event) return 'accepted';
  const rep = event.repId === null ? undefined : findRep(ctx.db, event.repId);
  const points = [...netPointsOfEvents(ctx.db, [event.id]).values()].reduce((sum, n) => sum + n.points, 0);
  return `${event.type} for ${rep?.name ?? `${event.identityValue ?? 'no one'} (not mapped to a rep yet)`}, ${points} points`;
}

/**
 * Sends a real, signed test delivery to the source's own webhook URL, so the manager sees the
 * whole path work (listener, signature, parsing, rep mapping, scoring). A generic source gets
 * an `activity` named "Webhook test" for the chosen rep (stored and scored; without a rep it
 * lands in Unmapped). A vendor source gets a sample in the vendor's own format and signature,
 * as a dry run: verified and interpreted, nothing stored, the answer says what it would become.
 */
export async function sendTestEvent(ctx: ServiceContext, input: ParsedInput<'sources.sendTestEvent'>): Promise<TestResult> {
  const source = requireSource(ctx, input.sourceId);
  const rep = input.repId === undefined ? undefined : (findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`));
  const kind = source.kind as SourceKind;
  const url = webhookUrl(ctx, source);
  if (kind === 'generic') {
    if (rep && !rep.email) fail('invalid_input', `${rep.name} has no e-mail address; add one on the Reps screen so sources can name them.`, { path: 'repId' });
    const now = new Date(ctx.now());
    const id = `fanfare-test-${now.getTime()}`;
    const body = JSON.stringify({
      id,
      type: 'activity',
      name: 'Webhook test',
      occurredAt: now.toISOString(),
      rep: rep?.email ? { email: rep.email } : { id: 'fanfare-test-nobody' },
    });
    const answer = await post(url, body, { 'x-fanfare-signature': signGeneric(source.secret, body) });
    return { ...answer, dryRun: false, checks: [{ name: 'delivery', ok: answer.httpStatus === 200, detail: answer.httpStatus === 200 ? describeStored(ctx, source.id, id) : describe(answer) }] };
  }
  const settings = adapterSettings(ctx, source);
  const externalId = rep ? (listIdentities(ctx.db, source.id).find((i) => i.repId === rep.id && i.kind === 'external_id')?.value ?? null) : null;
  const sample = sampleDelivery(kind, settings, { email: rep?.email ?? null, externalId }, ctx.now(), getCalendar(ctx).baseCurrency);
  if (!sample) throw new Error(`no sample delivery for ${kind}`);
  const answer = await post(url, sample.body, { ...sample.headers, [DRY_RUN_HEADER]: dryRunToken() });
  const checks: TestResult['checks'] = [{ name: 'delivery', ok: answer.httpStatus === 200, detail: describe(answer) }];
  if (kind === 'hubspot') {
    const token = typeof settings.config.accessToken === 'string' ? settings.config.accessToken : '';
    const apiBaseUrl = typeof settings.config.apiBaseUrl === 'string' ? settings.config.apiBaseUrl : HUBSPOT_API_BASE;
    checks.push({ name: 'api', ...(token ? await checkToken({ fetch: globalThis.fetch, apiBaseUrl, token }) : { ok: false, detail: 'no access token is set' }) });
  }
  return { ...answer, dryRun: true, checks };
}
