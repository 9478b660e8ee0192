import { useState } from 'react';
import type { AssignmentView, CommissionPlanInput } from '../../../preload/commissions-contract';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { AssignmentForm } from './AssignmentForm';

export function AssignmentsPanel({ planId, plan, today }: { planId: number; plan: CommissionPlanInput; today: string }) {
  const { m, f } = useI18n();
  const a = m.commissions.assignments;
  const assignments = useQuery('commissions.listAssignments', { planId }, ['commissions', 'reps']);
  const reps = useQuery('reps.list', {}, ['reps']);
  const [editing, setEditing] = useState<AssignmentView | 'new' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const list = assignments.data ?? [];
  const free = (reps.data ?? []).filter((r) => r.active && !list.some((x) => x.repId === r.id));
  const day = (d: string) => f.date(Date.parse(`${d}T12:00:00Z`));

  const remove = async (view: AssignmentView) => {
    const result = await call('commissions.removeAssignment', { planId, repId: view.repId });
    setError(result.ok ? null : result.error);
  };

  const quotaText = (view: AssignmentView) =>
    view.terms.quotas
      .map((q) => {
        const component = plan.components.find((c) => c.id === q.componentId);
        if (!component) return null;
        return `${component.name}: ${component.metric === 'amount' ? f.money(Number(q.quota), plan.currency) : f.number(Number(q.quota))}`;
      })
      .filter(Boolean)
      .join(' · ');

  return (
    <div className="card" data-testid="assignments">
      <h2>{a.title}</h2>
      <p className="muted small">{a.hint}</p>
      <ErrorNotice error={error ?? assignments.error} />
      {list.length === 0 && !assignments.loading ? <p className="empty subtle">{a.empty}</p> : null}
      <ul className="cm-assignments">
        {list.map((view) =>
          editing !== 'new' && editing?.repId === view.repId ? (
            <li key={view.repId}>
              <AssignmentForm planId={planId} plan={plan} reps={reps.data ?? []} editing={view} today={today} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={view.repId} data-rep={view.repName}>
              <div className="cm-assignment-main">
                <strong>{view.repName}</strong>
                <span className="muted small">
                  {a.since(day(view.terms.startDay))}
                  {view.terms.endDay ? ` – ${day(view.terms.endDay)}` : ''}
                </span>
                <span className="small">{quotaText(view)}</span>
                {view.terms.targetIncentiveMinor ? <span className="small">{`${a.targetIncentive}: ${f.money(view.terms.targetIncentiveMinor, plan.currency)}`}</span> : null}
                {view.terms.draw ? <span className="small">{`${a.draws[view.terms.draw.kind]}: ${f.money(view.terms.draw.amountMinor, plan.currency)}`}</span> : null}
                {view.problems.length > 0 ? (
                  <span className="pill pill-amber" title={view.problems.map((p) => p.message).join('\n')}>
                    {a.needsAttention}: {view.problems[0]?.message}
                  </span>
                ) : null}
              </div>
              <div className="cm-row-actions">
                <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(view)}>
                  {a.edit}
                </button>
                <button type="button" className="btn btn-danger-ghost btn-small" onClick={() => void remove(view)}>
                  {a.remove}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <AssignmentForm planId={planId} plan={plan} reps={free} editing={null} today={today} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="btn btn-secondary" onClick={() => setEditing('new')} disabled={free.length === 0}>
          + {a.add}
        </button>
      )}
    </div>
  );
}
