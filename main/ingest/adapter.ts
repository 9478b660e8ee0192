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
}

export type Verification = { ok: true } | { ok: false; reason: string };

export type Interpretation =
  /** `batch`: the body was an array (the answer then lists each event). */
  | { ok: true; events: IncomingEvent[]; batch: boolean }
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
  interpret(delivery: RawDelivery, source: SourceSettings): Interpretation | Promise<Interpretation>;
}
