import { useState } from 'react';
import type { AppError, Rep, Source } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { CopyButton } from '../../ui/components/CopyButton';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { useNow } from '../../ui/use-now';

const OUTCOME_PILL = { accepted: 'pill-green', duplicate: 'pill-grey', held: 'pill-amber', rejected: 'pill-red' } as const;

export function SourceCard({ source, reps }: { source: Source; reps: Rep[] }) {
  const { m, f } = useI18n();
  const now = useNow(15_000);
  const deliveries = useQuery('sources.deliveries', { sourceId: source.id, limit: 12 }, ['deliveries']);
  const [reveal, setReveal] = useState(false);
  const [repId, setRepId] = useState<number | ''>('');
  const [testResult, setTestResult] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const chosenRep = repId === '' ? reps[0]?.id : repId;

  const sendTest = async () => {
    setTestResult(null);
    const result = await call('sources.sendTestEvent', { sourceId: source.id, ...(chosenRep !== undefined ? { repId: chosenRep } : {}) });
    if (!result.ok) return setError(result.error);
    setError(null);
    setTestResult(m.sources.testResult(result.value.httpStatus));
  };

  return (
    <article className="card source-card" data-testid={`source-${source.id}`}>
      <header className="source-head">
        <div>
          <h2>{source.name}</h2>
          <div className="muted small">
            {m.sources.kinds[source.kind]} · {m.sources.lastHour(source.deliveriesLastHour)} ·{' '}
            {m.sources.lastDelivery(source.lastDeliveryAt === null ? m.common.never : f.relative(source.lastDeliveryAt, now))}
          </div>
        </div>
      </header>
      <dl className="kv">
        <dt>{m.sources.webhookUrl}</dt>
        <dd>
          <code data-testid="webhook-url">{source.webhookUrl}</code>
          <CopyButton text={source.webhookUrl} />
        </dd>
        <dt>{m.sources.secret}</dt>
        <dd>
          <code data-testid="secret">{reveal ? source.secret : '•'.repeat(24)}</code>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setReveal(!reveal)}>
            {reveal ? m.sources.hide : m.sources.reveal}
          </button>
          <CopyButton text={source.secret} />
        </dd>
      </dl>
      <p className="muted small">{m.sources.signatureHelp}</p>
      <div className="test-row">
        <label className="field inline">
          <span>{m.sources.testFor}</span>
          <select value={chosenRep ?? ''} onChange={(e) => setRepId(e.target.value === '' ? '' : Number(e.target.value))}>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-secondary" onClick={() => void sendTest()} disabled={source.kind !== 'generic'}>
          {m.sources.sendTest}
        </button>
        {testResult ? <span className="pill pill-green">{testResult}</span> : null}
      </div>
      <ErrorNotice error={error ?? deliveries.error} />
      <h3>{m.sources.deliveries}</h3>
      {(deliveries.data ?? []).length === 0 ? (
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
            </tr>
          </thead>
          <tbody>
            {(deliveries.data ?? []).map((d) => (
              <tr key={d.id}>
                <td className="nowrap" title={f.dateTime(d.receivedAt)}>
                  {f.relative(d.receivedAt, now)}
                </td>
                <td>
                  <span className={`pill ${OUTCOME_PILL[d.outcome]}`}>{m.sources.outcomes[d.outcome]}</span>
                </td>
                <td className="col-num tabular">{d.httpStatus}</td>
                <td className="col-num tabular">{d.eventCount}</td>
                <td className="reason">{d.reason ?? d.externalIds.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
