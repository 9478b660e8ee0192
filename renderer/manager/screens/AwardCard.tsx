import { useState, type FormEvent } from 'react';
import type { AppError, Rep } from '../../../preload/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';

/** The manager gives a rep points with a reason (soft skills), recorded as a manual award in the log. */
export function AwardCard({ reps }: { reps: Rep[] }) {
  const { m, f } = useI18n();
  const [repId, setRepId] = useState<number | ''>('');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [given, setGiven] = useState<string | null>(null);
  const a = m.scoring.awards;

  const give = async (event: FormEvent) => {
    event.preventDefault();
    if (repId === '') return;
    const result = await call('awards.create', { repId, points: Number(points), reason });
    setError(result.ok ? null : result.error);
    if (!result.ok) return setGiven(null);
    setGiven(a.given(f.number(result.value.points), reps.find((r) => r.id === repId)?.name ?? ''));
    setPoints('');
    setReason('');
  };

  return (
    <details className="card award-card">
      <summary>
        <strong>{a.title}</strong> <span className="muted small">{a.intro}</span>
      </summary>
      <form className="inline-form" onSubmit={(e) => void give(e)} aria-label={a.title}>
        <label className="field">
          <span>{a.rep}</span>
          <select value={repId} onChange={(e) => setRepId(e.target.value === '' ? '' : Number(e.target.value))} required>
            <option value="">{m.scoring.unmapped.choose}</option>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{a.points}</span>
          <input className="num-input" type="number" step="1" value={points} onChange={(e) => setPoints(e.target.value)} required />
        </label>
        <label className="field grow">
          <span>{a.reason}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={a.reasonPlaceholder} required maxLength={500} />
        </label>
        <button type="submit" className="btn btn-primary">
          {a.give}
        </button>
      </form>
      <ErrorNotice error={error} />
      {given ? (
        <div className="notice notice-ok" role="status">
          {given}
        </div>
      ) : null}
    </details>
  );
}
