import './commissions.css';
import { useState } from 'react';
import type { PlanView } from '../../../preload/commissions-contract';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';
import { AssignmentsPanel } from './AssignmentsPanel';
import { fromPlan, starterDraft } from './plan-draft';
import { PlanEditor } from './PlanEditor';
import { PlanSummary } from './PlanSummary';
import { todayIn } from './today';

export function PlansScreen() {
  const { m, f } = useI18n();
  const p = m.commissions.plans;
  const plans = useQuery('commissions.listPlans', {}, ['commissions']);
  const baseCurrency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const today = todayIn(f.timeZone);
  const list = plans.data ?? [];
  const current: PlanView | undefined = list.find((x) => x.id === selected) ?? list.find((x) => !x.archived);

  const archive = async (plan: PlanView) => {
    const result = await call('commissions.archivePlan', { id: plan.id, archived: !plan.archived });
    setError(result.ok ? null : result.error);
  };

  if (editing !== null) {
    const initial = editing === 'new' ? starterDraft(baseCurrency, today, { plan: p.starterName, revenue: p.starterRevenue, spif: p.starterSpif }) : fromPlan(list.find((x) => x.id === editing)!.plan);
    return (
      <section className="screen">
        <PageHeader title={editing === 'new' ? p.creating : p.editing} intro={p.lockedNote} />
        <PlanEditor
          initial={initial}
          planId={editing === 'new' ? null : editing}
          today={today}
          onCancel={() => setEditing(null)}
          onSaved={(id) => {
            setSelected(id);
            setEditing(null);
          }}
        />
      </section>
    );
  }

  return (
    <section className="screen">
      <PageHeader
        title={p.title}
        intro={p.intro}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            + {p.newPlan}
          </button>
        }
      />
      <ErrorNotice error={error ?? plans.error} />
      {list.length === 0 && !plans.loading ? <p className="card empty">{p.empty}</p> : null}
      {list.length > 0 ? (
        <div className="cm-plans">
          <nav className="cm-plan-list" aria-label={p.title}>
            {list.map((plan) => (
              <button key={plan.id} type="button" className={`cm-plan-item ${plan.id === current?.id ? 'is-selected' : ''} ${plan.archived ? 'is-archived' : ''}`} onClick={() => setSelected(plan.id)}>
                <strong>{plan.plan.name}</strong>
                <span className="muted small">
                  {p.reps(plan.assignedReps)} · {p.locked(plan.lockedPeriods)}
                  {plan.archived ? ` · ${p.archived}` : ''}
                </span>
              </button>
            ))}
          </nav>
          {current ? (
            <div className="cm-plan-detail">
              <div className="card">
                <div className="cm-plan-head">
                  <h2>{current.plan.name}</h2>
                  <div className="cm-row-actions">
                    <button type="button" className="btn btn-secondary btn-small" onClick={() => setEditing(current.id)}>
                      {m.common.edit}
                    </button>
                    <button type="button" className="btn btn-ghost btn-small" onClick={() => void archive(current)}>
                      {current.archived ? p.unarchive : p.archive}
                    </button>
                  </div>
                </div>
                <PlanSummary plan={current.plan} />
              </div>
              <AssignmentsPanel key={current.id} planId={current.id} plan={current.plan} today={today} />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
