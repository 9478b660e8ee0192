import { useState } from 'react';
import type { AppError, Goal, Result } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { GoalProgressChart } from '../../ui/game/charts';
import { GoalCard } from '../../ui/game/GoalCard';
import { GoalActions } from '../../ui/game/GoalEditor';
import { GoalForm } from '../../ui/game/GoalForm';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';

const LIVE = ['goals', 'ledger', 'events', 'reps', 'teams', 'workspace'] as const;
const problem = (result: Result<unknown>): AppError | null => (result.ok ? null : result.error);

function ManagedGoal({ goal, currency }: { goal: Goal; currency: string }) {
  const { m } = useI18n();
  return (
    <GoalCard
      goal={goal}
      currency={currency}
      owner={goal.scope === 'team' ? (goal.teamName ?? undefined) : `${goal.repName ?? ''} · ${m.game.goals.byManager[goal.createdBy]}`}
      onPause={(paused) => void call('goals.update', { id: goal.id, paused })}
      actions={<GoalActions goal={goal} currency={currency} onSave={async (patch) => problem(await call('goals.update', { id: goal.id, ...patch }))} onDelete={async () => problem(await call('goals.delete', { id: goal.id }))} />}
    />
  );
}

export function GoalsScreen() {
  const { m } = useI18n();
  const g = m.game.goals;
  const currency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const goals = useQuery('goals.list', {}, LIVE);
  const reps = useQuery('reps.list', {}, ['reps']);
  const teams = useQuery('teams.list', {}, ['teams']);
  const [scope, setScope] = useState<'rep' | 'team'>('rep');
  const [owner, setOwner] = useState('');
  const all = goals.data ?? [];
  const teamGoals = all.filter((x) => x.scope === 'team');
  const personal = all.filter((x) => x.scope === 'rep').sort((a, b) => (a.repName ?? '').localeCompare(b.repName ?? '') || a.id - b.id);

  return (
    <section className="screen">
      <PageHeader title={g.title} intro={g.intro} />
      <ErrorNotice error={goals.error} onRetry={goals.refresh} />
      <div className="card">
        <h2>{g.new}</h2>
        <GoalForm
          currency={currency}
          submitLabel={g.create}
          before={
            <>
              <label className="field">
                <span>{g.scope}</span>
                <select
                  value={scope}
                  onChange={(e) => {
                    setScope(e.target.value as 'rep' | 'team');
                    setOwner('');
                  }}
                >
                  <option value="rep">{g.scopes.rep}</option>
                  <option value="team">{g.scopes.team}</option>
                </select>
              </label>
              <label className="field">
                <span>{scope === 'rep' ? g.rep : g.teamField}</span>
                <select value={owner} onChange={(e) => setOwner(e.target.value)} required data-testid="goal-owner">
                  <option value="">—</option>
                  {scope === 'rep'
                    ? (reps.data ?? []).filter((r) => r.active).map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))
                    : (teams.data ?? []).map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}
                        </option>
                      ))}
                </select>
              </label>
            </>
          }
          onSubmit={async (spec) =>
            problem(await call('goals.create', { scope, ...(scope === 'rep' ? { repId: Number(owner) } : { teamId: Number(owner) }), ...spec }))
          }
        />
      </div>
      {all.length > 0 ? (
        <div className="card">
          <h2>{g.progressChart}</h2>
          <GoalProgressChart goals={all} />
        </div>
      ) : null}
      <div className="card">
        <h2>{g.team}</h2>
        {teamGoals.length === 0 ? <p className="muted">{g.noGoals}</p> : null}
        <div className="goal-grid">
          {teamGoals.map((goal) => (
            <ManagedGoal key={goal.id} goal={goal} currency={currency} />
          ))}
        </div>
      </div>
      <div className="card">
        <h2>{g.personal}</h2>
        {personal.length === 0 ? <p className="muted">{g.noGoals}</p> : null}
        <div className="goal-grid">
          {personal.map((goal) => (
            <ManagedGoal key={goal.id} goal={goal} currency={currency} />
          ))}
        </div>
      </div>
    </section>
  );
}
