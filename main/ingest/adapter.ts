import type { SourceKind } from '../../preload/contract';
import type { IncomingEvent, FieldProblem } from './incoming-event';

/** A delivery as it reached the listener: nothing parsed yet. */
export interface RawDelivery {
  method: string;
  /** Path and query as requested, e.g. `/hooks/generic/generic-ab12cd?x=1`. */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
  receivedAt: number;
}

/** The source as an adapter needs it. */
export interface SourceSettings {
  id: string;
  kind: SourceKind;
  secret: string;
  /** Vendor-specific settings (parsed `config_json`). */
  config: Record<string, unknown>;
  /** The URL Fanfare shows for the source (what a vendor calls when no public URL is set). */
  webhookUrl: string;
}

/** What an adapter may use besides the delivery: the clock, the network, the workspace currency. */
export interface AdapterEnv {
  now(): number;
  fetch: typeof fetch;
  baseCurrency: string;
}

export type Verification =
  /** `replayKey`: for timestamped schemes, what identifies this exact signed request (a second one is a replay). */
  | { ok: true; replayKey?: string; expiresAt?: number }
  | { ok: false; reason: string };

/** An element that is genuine but cannot become events yet (its details could not be fetched): kept and replayed. */
export interface HeldElement {
  /** The vendor's id for the element, unique within the source. */
  key: string;
  /** The element as sent (JSON text): what a replay interprets again. */
  element: string;
  reason: string;
}

/** An element that is genuine and understood but moves no points (a deal created, a stage change). */
export interface IgnoredElement {
  key: string;
  reason: string;
}

export type Interpretation =
  /** `batch`: the body was an array (the answer then lists each event). */
  | { ok: true; events: IncomingEvent[]; batch: boolean; held?: HeldElement[]; ignored?: IgnoredElement[] }
  | { ok: false; status: 'invalid_json' | 'invalid_input'; problems: FieldProblem[] };

/**
 * One vendor's webhook: how to tell a genuine delivery (on the raw bytes, before parsing)
 * and how to turn its body into Fanfare events.
 */
export interface WebhookAdapter {
  kind: SourceKind;
  /** Content types the vendor sends (checked before reading further). */
  accepts(contentType: string | undefined): boolean;
  verify(delivery: RawDelivery, source: SourceSettings): Verification;
  interpret(delivery: RawDelivery, source: SourceSettings, env: AdapterEnv): Interpretation | Promise<Interpretation>;
  /** Interprets a held element again (after the manager fixed a setting, or the vendor's API is back). */
  replay?(element: string, source: SourceSettings, env: AdapterEnv): Promise<Interpretation>;
}

/** The first value of a header (Node gives repeated headers as arrays). */
export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Parses a JSON body, or says why it is not JSON. */
export function parseJsonBody(body: Buffer): { ok: true; value: unknown } | { ok: false; status: 'invalid_json'; problems: FieldProblem[] } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch (error) {
    return { ok: false, status: 'invalid_json', problems: [{ path: '', message: `the body is not valid JSON (${(error as Error).message})` }] };
  }
}
