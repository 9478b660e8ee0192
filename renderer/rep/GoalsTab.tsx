import { useState } from 'react';
import type { AppError, Result } from '../../preload/contract';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { GoalCard } from '../ui/game/GoalCard';
import { GoalActions } from '../ui/game/GoalEditor';
import { GoalForm } from '../ui/game/GoalForm';
import { useI18n } from '../ui/i18n/i18n';
import { goalOwner } from '../ui/game/words';
import { repCall, useRepQuery } from './api';

const problem = (result: Result<unknown>): AppError | null => (result.ok ? null : result.error);

/** The rep's goals (defaults appear the first time), their team's, and a form for a new one. */
export function GoalsTab({ currency }: { currency: string }) {
  const { m } = useI18n();
  const g = m.game.goals;
  const goals = useRepQuery('me.goals', {});
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const list = goals.data ?? [];
  return (
    <>
      <ErrorNotice error={goals.error ?? error} />
      <section className="rep-goals" data-testid="rep-goals">
        {list.length === 0 && goals.data ? <p className="muted">{g.noGoals}</p> : null}
        {list.map((goal) => {
          const own = goal.scope === 'rep' && goal.createdBy !== 'manager';
          return (
            <GoalCard
              key={goal.id}
              goal={goal}
              currency={currency}
              owner={goal.scope === 'team' ? `${m.game.rep.teamGoal} · ${goal.teamName ?? ''}` : goal.scope === 'grouping' ? `${m.game.rep.groupingGoal} · ${goalOwner(goal, { m })}` : g.by[goal.createdBy]}
              {...(own ? { onPause: (paused: boolean) => void repCall('me.updateGoal', { id: goal.id, paused }).then((r) => setError(problem(r))) } : {})}
              actions={
                own ? (
                  <GoalActions
                    goal={goal}
                    currency={currency}
                    onSave={async (patch) => problem(await repCall('me.updateGoal', { id: goal.id, ...patch }))}
                    onDelete={async () => problem(await repCall('me.deleteGoal', { id: goal.id }))}
                  />
                ) : undefined
              }
            />
          );
        })}
      </section>
      <section className="rep-card">
        {adding ? (
          <>
            <h2>{m.game.rep.newGoal}</h2>
            <GoalForm
              currency={currency}
              submitLabel={g.create}
              onSubmit={async (spec) => {
                const result = problem(await repCall('me.createGoal', spec));
                if (!result) setAdding(false);
                return result;
              }}
            />
          </>
        ) : (
          <button type="button" className="rep-btn" onClick={() => setAdding(true)}>
            + {m.game.rep.newGoal}
          </button>
        )}
      </section>
    </>
  );
}
