import { useState } from 'react';
import type { AppError, ProcedureOutput, Rep, Source } from '../../../preload/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { RepSelect } from '../../ui/components/RepSelect';
import { useI18n } from '../../ui/i18n/i18n';

/** "Send test event": a signed delivery in the source's own format to its own URL (a dry run for vendors). */
export function SourceTest({ source, reps }: { source: Source; reps: Rep[] }) {
  const { m } = useI18n();
  // Until the manager picks one, the first rep with an e-mail (the reps may arrive after the card).
  const [choice, setChoice] = useState<number | '' | null>(null);
  const repId = choice ?? reps.find((r) => r.email)?.id ?? '';
  const [result, setResult] = useState<ProcedureOutput<'sources.sendTestEvent'> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    setBusy(true);
    setResult(null);
    const answer = await call('sources.sendTestEvent', { sourceId: source.id, ...(repId !== '' ? { repId } : {}) });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setResult(answer.value);
  };

  return (
    <div className="source-test">
      <div className="test-row">
        <label className="field inline">
          <span>{m.sources.testFor}</span>
          <RepSelect reps={reps} value={repId} onChange={setChoice} empty={m.sourceSetup.test.noRep} />
        </label>
        <button type="button" className="btn btn-secondary" onClick={() => void send()} disabled={busy || !source.enabled}>
          {m.sources.sendTest}
        </button>
      </div>
      <ErrorNotice error={error} />
      {result ? (
        <div className="test-result" data-testid="test-result">
          {result.checks.map((check) => (
            <div key={check.name} className={`check ${check.ok ? 'is-ok' : 'is-bad'}`}>
              <span className={`pill ${check.ok ? 'pill-green' : 'pill-red'}`}>
                {m.sourceSetup.test.checks[check.name]} · {check.name === 'delivery' ? m.sources.testResult(result.httpStatus) : check.ok ? '✓' : '✗'}
              </span>
              <span>{check.detail}</span>
            </div>
          ))}
          {result.dryRun ? <p className="muted small">{m.sourceSetup.test.dryRun}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
