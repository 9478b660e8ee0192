import { useState } from 'react';
import type { AppError, Delivery } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import type { Messages } from '../../ui/i18n/en';
import { useI18n, type Formatters } from '../../ui/i18n/i18n';
import { useNow } from '../../ui/use-now';

const OUTCOME_PILL = { accepted: 'pill-green', duplicate: 'pill-grey', held: 'pill-amber', rejected: 'pill-red' } as const;

/** The delivery's outcome in the manager's words; a refusal keeps the server's message (what the sender got). */
function details(d: Delivery, m: Messages, f: Formatters): string {
  const s = d.summary;
  if (!s) return d.reason ?? d.externalIds.join(', ');
  const words = m.sourceSetup.log.summary;
  if (s.test) {
    const would = s.test.map((e) => words.wouldBe(Object.hasOwn(m.eventTypes, e.type) ? m.eventTypes[e.type as keyof Messages['eventTypes']] : e.type, e.rep ?? words.nobody(e.identity ?? '?'), f.number(e.points)));
    return [words.test, ...would, ...(s.ignoredReason ? [s.ignoredReason] : [])].join(' · ');
  }
  const parts: string[] = [];
  if (s.accepted > 0) parts.push(words.accepted(f.number(s.accepted)));
  if (s.duplicates > 0) parts.push(words.duplicates(f.number(s.duplicates)));
  if (s.alreadyCounted > 0) parts.push(words.alreadyCounted(f.number(s.alreadyCounted)));
  if (s.waiting > 0) parts.push(words.waiting(f.number(s.waiting)));
  if (s.held > 0) parts.push(`${words.held(f.number(s.held))}${s.heldReason ? `: ${s.heldReason}` : ''}`);
  if (s.ignored > 0) parts.push(`${words.ignored(f.number(s.ignored))}${s.ignoredReason ? `: ${s.ignoredReason}` : ''}`);
  return parts.join(' · ') || d.externalIds.join(', ');
}

function ReplayButton({ delivery, onDone }: { delivery: Delivery; onDone: (text: string, error: AppError | null) => void }) {
  const { m } = useI18n();
  const [busy, setBusy] = useState(false);
  const replay = async () => {
    setBusy(true);
    const result = await call('sources.replay', { deliveryId: delivery.id });
    setBusy(false);
    if (!result.ok) return onDone('', result.error);
    const { resolved, stillHeld, reason } = result.value;
    onDone(stillHeld > 0 && reason ? m.sourceSetup.log.stillHeld(reason) : m.sourceSetup.log.replayed(resolved), null);
  };
  return (
    <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void replay()}>
      {busy ? m.sourceSetup.log.replaying : m.sourceSetup.log.replay}
    </button>
  );
}

/** The source's delivery log: what became of each delivery, why, and "Replay" for held ones. */
export function DeliveryLog({ sourceId }: { sourceId: string }) {
  const { m, f } = useI18n();
  const now = useNow(15_000);
  const deliveries = useQuery('sources.deliveries', { sourceId, limit: 15 }, ['deliveries', 'held']);
  const [result, setResult] = useState<{ text: string; error: AppError | null } | null>(null);
  const list = deliveries.data ?? [];
  const log = m.sourceSetup.log;
  return (
    <div className="delivery-log">
      <h3>{m.sources.deliveries}</h3>
      <ErrorNotice error={result?.error ?? deliveries.error} />
      {result?.text ? (
        <div className="notice notice-ok" role="status">
          {result.text}
        </div>
      ) : null}
      {list.length === 0 ? (
        <p className="empty subtle">{m.sources.noDeliveries}</p>
      ) : (
        <table className="table compact" data-testid="deliveries">
          <thead>
            <tr>
              <th>{m.sources.columns.time}</th>
              <th>{m.sources.columns.outcome}</th>
              <th className="col-num">{m.sources.columns.status}</th>
              <th className="col-num">{m.sources.columns.events}</th>
              <th>{m.sources.columns.reason}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id} data-outcome={d.outcome}>
                <td className="nowrap" title={f.dateTime(d.receivedAt)}>
                  {f.relative(d.receivedAt, now)}
                </td>
                <td className="nowrap">
                  <span className={`pill ${OUTCOME_PILL[d.outcome]}`}>{m.sources.outcomes[d.outcome]}</span>
                  {d.held ? <div className="muted small">{d.held.pending > 0 ? log.heldPending(d.held.pending, d.held.attempts) : log.heldDone}</div> : null}
                </td>
                <td className="col-num tabular">{d.httpStatus}</td>
                <td className="col-num tabular">{d.eventCount}</td>
                <td className="reason">{d.held && d.held.pending > 0 ? d.held.reason : details(d, m, f)}</td>
                <td className="col-actions">
                  {d.held && d.held.pending > 0 ? <ReplayButton delivery={d} onDone={(text, error) => setResult({ text, error })} /> : null}
                  {d.outcome === 'held' && !d.held ? (
                    <a className="btn btn-ghost btn-small" href="#/unmapped">
                      {log.mapInUnmapped}
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
