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
import { goalOwner } from '../../ui/game/words';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';

const LIVE = ['goals', 'ledger', 'events', 'reps', 'teams', 'groupings', 'workspace'] as const;
type GoalScope = Goal['scope'];
const SCOPES: readonly GoalScope[] = ['rep', 'team', 'grouping'];
/** The create input's owner field for each scope. */
const OWNER_FIELD = { rep: 'repId', team: 'teamId', grouping: 'groupingId' } as const satisfies Record<GoalScope, string>;
const problem = (result: Result<unknown>): AppError | null => (result.ok ? null : result.error);

function ManagedGoal({ goal, currency }: { goal: Goal; currency: string }) {
  const { m } = useI18n();
  return (
    <GoalCard
      goal={goal}
      currency={currency}
      owner={goal.scope === 'rep' ? `${goal.repName ?? ''} · ${m.game.goals.byManager[goal.createdBy]}` : goalOwner(goal, { m })}
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
  const groupings = useQuery('groupings.list', {}, ['groupings']);
  const [scope, setScope] = useState<GoalScope>('rep');
  const [owner, setOwner] = useState('');
  const all = goals.data ?? [];
  const teamGoals = all.filter((x) => x.scope === 'team');
  const groupingGoals = all.filter((x) => x.scope === 'grouping').sort((a, b) => goalOwner(a, { m }).localeCompare(goalOwner(b, { m })) || a.id - b.id);
  const owners: { id: number; label: string }[] =
    scope === 'rep'
      ? (reps.data ?? []).filter((r) => r.active).map((r) => ({ id: r.id, label: r.name }))
      : scope === 'team'
        ? (teams.data ?? []).map((t) => ({ id: t.id, label: t.name }))
        : (groupings.data ?? []).map((x) => ({ id: x.id, label: `${m.org.kinds[x.kind]}: ${x.name}` }));
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
                    setScope(e.target.value as GoalScope);
                    setOwner('');
                  }}
                  data-testid="goal-scope"
                >
                  {SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {g.scopes[s]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{{ rep: g.rep, team: g.teamField, grouping: g.groupingField }[scope]}</span>
                <select value={owner} onChange={(e) => setOwner(e.target.value)} required data-testid="goal-owner">
                  <option value="">{scope === 'grouping' && groupings.data?.length === 0 ? g.noGroupings : '—'}</option>
                  {owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
            </>
          }
          onSubmit={async (spec) => problem(await call('goals.create', { scope, [OWNER_FIELD[scope]]: Number(owner), ...spec }))}
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
      {groupingGoals.length > 0 ? (
        <div className="card">
          <h2>{g.grouping}</h2>
          <p className="muted small">{g.groupingHint}</p>
          <div className="goal-grid" data-testid="grouping-goals">
            {groupingGoals.map((goal) => (
              <ManagedGoal key={goal.id} goal={goal} currency={currency} />
            ))}
          </div>
        </div>
      ) : null}
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
