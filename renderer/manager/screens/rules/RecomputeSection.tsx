import { useEffect, useState } from 'react';
import type { AppError, Progress, RecomputePlan } from '../../../../preload/contract';
import { call, transport } from '../../../api/client';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';

function localToday(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
}

/** Recompute a date range under the current rules: preview (with progress) a before/after per rep, then confirm. */
export function RecomputeSection() {
  const { m, f } = useI18n();
  const today = localToday(f.timeZone);
  const [fromDay, setFromDay] = useState(`${today.slice(0, 7)}-01`);
  const [toDay, setToDay] = useState(today);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [plan, setPlan] = useState<RecomputePlan | null>(null);
  const [state, setState] = useState<'idle' | 'previewing' | 'applying'>('idle');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const r = m.scoring.recompute;

  useEffect(
    () =>
      transport.onPush((event) => {
        if (event.name === 'progress' && event.payload.task === 'recompute') setProgress(event.payload);
      }),
    [],
  );

  const preview = async () => {
    setState('previewing');
    setPlan(null);
    setDone(null);
    setProgress(null);
    const result = await call('recompute.preview', { fromDay, toDay });
    setState('idle');
    setError(result.ok ? null : result.error);
    if (result.ok) setPlan(result.value);
  };
  const apply = async () => {
    if (!plan) return;
    setState('applying');
    const result = await call('recompute.apply', { planId: plan.planId });
    setState('idle');
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setPlan(null);
      setDone(r.done(f.number(result.value.adjustments)));
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const changed = plan?.reps.filter((rep) => rep.after !== rep.before) ?? [];
  return (
    <div className="card section-card">
      <h2>{r.title}</h2>
      <p className="muted">{r.intro}</p>
      <div className="inline-form">
        <label className="field">
          <span>{r.from}</span>
          <input type="date" value={fromDay} max={toDay} onChange={(e) => setFromDay(e.target.value)} />
        </label>
        <label className="field">
          <span>{r.to}</span>
          <input type="date" value={toDay} min={fromDay} onChange={(e) => setToDay(e.target.value)} />
        </label>
        <button type="button" className="btn btn-primary" disabled={state !== 'idle' || !fromDay || !toDay} onClick={() => void preview()}>
          {r.preview}
        </button>
      </div>
      {state === 'previewing' && progress ? (
        <div data-testid="recompute-progress">
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <span style={{ width: `${percent}%` }} />
          </div>
          <p className="muted small">{r.computing(f.number(progress.done), f.number(progress.total))}</p>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      {done ? (
        <div className="notice notice-ok" role="status">
          {done}
        </div>
      ) : null}
      {plan ? (
        <div data-testid="recompute-plan">
          <p>
            <strong>{plan.adjustments === 0 ? r.nothing(f.number(plan.events)) : r.summary(f.number(plan.events), f.number(plan.adjustments))}</strong>{' '}
            <span className="muted">{m.scoring.version(plan.ruleVersion)}</span>
          </p>
          {changed.length > 0 ? (
            <table className="table">
              <thead>
                <tr>
                  <th>{r.rep}</th>
                  <th className="col-num">{r.before}</th>
                  <th className="col-num">{r.after}</th>
                  <th className="col-num">{r.diff}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((rep) => (
                  <tr key={rep.repId} data-rep={rep.name}>
                    <td>{rep.name}</td>
                    <td className="col-num tabular">{f.number(rep.before)}</td>
                    <td className="col-num tabular">
                      <strong>{f.number(rep.after)}</strong>
                    </td>
                    <td className={`col-num tabular ${rep.after > rep.before ? 'diff-up' : 'diff-down'}`}>{`${rep.after > rep.before ? '+' : '−'}${f.number(Math.abs(rep.after - rep.before))}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {plan.adjustments > 0 ? (
            <div className="form-actions">
              <button type="button" className="btn btn-primary" disabled={state !== 'idle'} onClick={() => void apply()}>
                {state === 'applying' ? r.applying : r.apply}
              </button>
              <button type="button" className="btn btn-ghost" onClick={() => setPlan(null)}>
                {r.cancel}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
