import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { Toggle } from '../../ui/components/Toggle';
import { useI18n } from '../../ui/i18n/i18n';
import { ComponentEditor } from './ComponentEditor';
import { Choice, Field, patchAt } from './fields';
import { emptyComponent, emptySpif, newKey, toPlan, type DraftProblem, type PlanDraft } from './plan-draft';
import { SpifEditor } from './SpifEditor';

function problemsOf(error: AppError): DraftProblem[] {
  return Array.isArray(error.details) ? (error.details as DraftProblem[]).filter((p) => typeof p?.path === 'string') : [];
}

export function PlanEditor({ initial, planId, today, onSaved, onCancel }: { initial: PlanDraft; planId: number | null; today: string; onSaved: (id: number) => void; onCancel: () => void }) {
  const { m } = useI18n();
  const e = m.commissions.editor;
  const p = m.commissions.plans;
  const [d, setD] = useState<PlanDraft>(initial);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PlanDraft>) => setD((current) => ({ ...current, ...patch }));
  const currency = d.currency.trim().toUpperCase() || '—';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const { plan, problems: local } = toPlan(d, m.commissions.notAmount);
    setProblems(local);
    if (local.length > 0) return;
    setBusy(true);
    const result = planId === null ? await call('commissions.createPlan', { plan }) : await call('commissions.updatePlan', { id: planId, plan });
    setBusy(false);
    if (!result.ok) {
      const listed = problemsOf(result.error);
      setProblems(listed);
      setError(listed.length > 0 ? null : result.error);
      return;
    }
    onSaved(result.value.id);
  };

  return (
    <form className="cm-editor" onSubmit={(ev) => void save(ev)} aria-label={planId === null ? p.creating : p.editing}>
      <div className="card">
        <h2>{e.basics}</h2>
        <div className="form-row">
          <Field label={e.name} value={d.name} onChange={(name) => set({ name })} grow testId="plan-name" />
          <Field label={e.currency} value={d.currency} onChange={(value) => set({ currency: value })} />
          <Choice label={e.periodKind} value={d.periodKind} options={e.periodKinds} onChange={(periodKind) => set({ periodKind })} />
        </div>
        <div className="form-row">
          <Choice label={e.creditOn} value={d.creditOn} options={e.creditOns} onChange={(creditOn) => set({ creditOn })} grow />
          <Choice label={e.creditRoles} value={d.creditRoles} options={e.creditRoleNames} onChange={(creditRoles) => set({ creditRoles })} grow />
        </div>
        <p className="muted small">
          {e.creditOnHint} {e.creditRolesHint}
        </p>
        <h3>{e.fx}</h3>
        <p className="muted small">{e.fxHint(currency)}</p>
        {d.fxRates.map((rate, i) => (
          <div className="form-row" key={rate.key}>
            <Field label={e.fxCurrency} value={rate.currency} onChange={(value) => set({ fxRates: patchAt(d.fxRates, i, { currency: value }) })} />
            <Field label={`${e.fxRate} (${currency})`} value={rate.rate} numeric onChange={(value) => set({ fxRates: patchAt(d.fxRates, i, { rate: value }) })} />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ fxRates: d.fxRates.filter((_, j) => j !== i) })}>
              {e.remove}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ fxRates: [...d.fxRates, { key: newKey(), currency: '', rate: '' }] })}>
          + {e.addRate}
        </button>
      </div>

      <div className="card">
        <h2>{e.components}</h2>
        {d.components.map((c, i) => (
          <ComponentEditor
            key={c.key}
            value={c}
            currency={currency}
            others={d.components.filter((o) => o.key !== c.key)}
            onChange={(patch) => set({ components: patchAt(d.components, i, patch) })}
            onRemove={() => set({ components: d.components.filter((_, j) => j !== i) })}
          />
        ))}
        <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ components: [...d.components, emptyComponent('', d.components.map((c) => c.id))] })}>
          + {e.addComponent}
        </button>
      </div>

      <div className="card">
        <h2>{e.spifs}</h2>
        <p className="muted small">{e.spifsHint}</p>
        {d.spifs.map((s, i) => (
          <SpifEditor key={s.key} value={s} currency={currency} onChange={(patch) => set({ spifs: patchAt(d.spifs, i, patch) })} onRemove={() => set({ spifs: d.spifs.filter((_, j) => j !== i) })} />
        ))}
        <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ spifs: [...d.spifs, emptySpif(today)] })}>
          + {e.addSpif}
        </button>
      </div>

      <div className="card">
        <h2>{e.clawback}</h2>
        <span className="toggle-label">
          <Toggle checked={d.clawback} onChange={(clawback) => set({ clawback })} label={e.clawbackOn} />
          {e.clawbackOn}
        </span>
        {d.clawback ? (
          <div className="form-row">
            <Field label={e.windowDays} value={d.windowDays} numeric onChange={(windowDays) => set({ windowDays })} />
            <Choice label={e.clawbackMode} value={d.clawbackMode} options={e.clawbackModes} onChange={(clawbackMode) => set({ clawbackMode })} grow />
            {d.clawbackMode === 'prorated' ? <Field label={e.termDays} value={d.termDays} numeric onChange={(termDays) => set({ termDays })} /> : null}
          </div>
        ) : null}
      </div>

      {problems.length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="plan-problems">
          <strong>{p.problems}</strong>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {m.common.cancel}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? m.common.saving : p.save}
        </button>
      </div>
    </form>
  );
}
