import { useState, type FormEvent } from 'react';
import type { Rep } from '../../../preload/contract';
import { call } from '../../api/client';
import { useAction } from '../../api/use-action';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { RepSelect } from '../../ui/components/RepSelect';
import { useI18n } from '../../ui/i18n/i18n';

/** The manager gives a rep points with a reason (soft skills), recorded as a manual award in the log. */
export function AwardCard({ reps }: { reps: Rep[] }) {
  const { m, f } = useI18n();
  const [repId, setRepId] = useState<number | ''>('');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [given, setGiven] = useState<string | null>(null);
  const { error, run } = useAction();
  const a = m.scoring.awards;

  const give = async (event: FormEvent) => {
    event.preventDefault();
    if (repId === '') return;
    const award = await run(call('awards.create', { repId, points: Number(points), reason }));
    setGiven(award ? a.given(f.number(award.points), reps.find((r) => r.id === repId)?.name ?? '') : null);
    if (!award) return;
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
          <RepSelect reps={reps} value={repId} onChange={setRepId} empty={m.scoring.unmapped.choose} required />
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
