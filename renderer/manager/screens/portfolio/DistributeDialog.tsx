import { useState } from 'react';
import type { AppError, DistributionPlanView, Grouping, RepScope, Team } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { Dialog } from '../../../ui/components/Dialog';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { BalanceTable } from './BalanceTable';
import { ScopeSelect } from './ScopeSelect';

type Strategy = 'round_robin' | 'capacity' | 'territory';
const STRATEGIES: Strategy[] = ['round_robin', 'capacity', 'territory'];

/** Distribute unowned customers: choose how and among whom, see the balance per rep, confirm exactly that. */
export function DistributeDialog({ customerIds, teams, groupings, onClose, onDone }: { customerIds?: number[]; teams: Team[]; groupings: Grouping[]; onClose: () => void; onDone: (message: string) => void }) {
  const { m } = useI18n();
  const [strategy, setStrategy] = useState<Strategy>('round_robin');
  const [pool, setPool] = useState<RepScope>({ kind: 'all' });
  const [fallback, setFallback] = useState<'leave' | 'round_robin'>('leave');
  const [plan, setPlan] = useState<DistributionPlanView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const input = { strategy, pool, fallback, ...(customerIds ? { customerIds } : {}) };

  const previewPlan = async () => {
    const result = await call('distribution.preview', input);
    setPlan(result.ok ? result.value : null);
    setError(result.ok ? null : result.error);
  };
  const confirm = async () => {
    if (!plan) return;
    const result = await call('distribution.apply', { ...input, assignments: plan.assignments.map(({ customerId, repId }) => ({ customerId, repId })) });
    if (!result.ok) {
      setError(result.error);
      // The team changed since the preview: show the new plan straight away.
      const details = result.error.details as { plan?: DistributionPlanView } | undefined;
      if (details?.plan) setPlan(details.plan);
      return;
    }
    onDone(m.org.distribution.done(result.value.assigned));
  };
  const change = (update: () => void) => {
    update();
    setPlan(null);
  };

  return (
    <Dialog title={m.org.distribution.title} onClose={onClose} wide testId="distribute-dialog">
      <div className="stack">
        <fieldset className="strategy-picker">
          <legend>{m.org.distribution.strategy}</legend>
          {STRATEGIES.map((s) => (
            <label key={s} className={`strategy-option ${strategy === s ? 'is-selected' : ''}`}>
              <input type="radio" name="strategy" checked={strategy === s} onChange={() => change(() => setStrategy(s))} />
              <strong>{m.org.distribution.strategies[s]}</strong>
              <span className="muted small">{m.org.distribution.hints[s]}</span>
            </label>
          ))}
        </fieldset>
        <div className="form-row">
          <label className="field grow">
            <span>{m.org.distribution.pool}</span>
            <ScopeSelect value={pool} teams={teams} groupings={groupings} onChange={(s) => change(() => setPool(s))} />
          </label>
          {strategy === 'territory' ? (
            <label className="field grow">
              <span>{m.org.distribution.fallback}</span>
              <select value={fallback} onChange={(e) => change(() => setFallback(e.target.value as 'leave' | 'round_robin'))}>
                <option value="leave">{m.org.distribution.fallbackLeave}</option>
                <option value="round_robin">{m.org.distribution.fallbackRoundRobin}</option>
              </select>
            </label>
          ) : null}
          <button type="button" className="btn btn-secondary" onClick={() => void previewPlan()}>
            {m.org.distribution.preview}
          </button>
        </div>
        {plan ? (
          <div className="preview" data-testid="distribution-preview">
            <h3>{m.org.distribution.balance}</h3>
            <BalanceTable rows={plan.balance} testId="distribution-balance" />
            {plan.unassigned.length > 0 ? (
              <details className="unassigned">
                <summary>{m.org.distribution.unassigned(plan.unassigned.length)}</summary>
                <ul>
                  {plan.unassigned.slice(0, 50).map((u) => (
                    <li key={u.customerId}>
                      {u.customerName} <span className="muted">— {m.org.distribution.reasons[u.reason]}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        ) : null}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {m.common.cancel}
          </button>
          <button type="button" className="btn btn-primary" disabled={!plan || plan.assignments.length === 0} onClick={() => void confirm()}>
            {plan && plan.assignments.length === 0 ? m.org.distribution.nothing : m.org.distribution.confirm(plan?.assignments.length ?? 0)}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
