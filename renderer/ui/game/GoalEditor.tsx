import { useState } from 'react';
import type { AppError, Goal } from '../../../preload/contract';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { parseTiers, targetToText, textToTarget } from './GoalForm';

/** Edit / Delete under a goal card: change the target and tiers in place. */
export function GoalActions({ goal, currency, onSave, onDelete }: { goal: Goal; currency: string; onSave: (patch: { target: number; tiers: number[] }) => Promise<AppError | null>; onDelete: () => Promise<AppError | null> }) {
  const { m } = useI18n();
  const g = m.game.goals;
  const [editing, setEditing] = useState(false);
  const [target, setTarget] = useState(targetToText(goal.measure, goal.target, currency));
  const [tiers, setTiers] = useState(goal.tiers.join(', '));
  const [error, setError] = useState<AppError | null>(null);
  if (!editing) {
    return (
      <span className="goal-actions">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(true)}>
          {g.editTarget}
        </button>
        <button
          type="button"
          className="btn btn-danger-ghost btn-small"
          onClick={() => {
            if (window.confirm(g.confirmDelete)) void onDelete().then(setError);
          }}
        >
          {g.delete}
        </button>
        <ErrorNotice error={error} />
      </span>
    );
  }
  const save = async () => {
    const value = textToTarget(goal.measure, target, currency);
    const tierList = parseTiers(tiers);
    if (value === null || tierList === null) return setError({ code: 'invalid_input', message: `${g.target} / ${g.tiers}: ${g.tiersHint}` });
    const problem = await onSave({ target: value, tiers: tierList });
    setError(problem);
    if (!problem) setEditing(false);
  };
  return (
    <form
      className="goal-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>{goal.measure === 'response_time' ? g.targetMinutes : g.target}</span>
        <input className="num-input wide" value={target} onChange={(e) => setTarget(e.target.value)} autoFocus />
      </label>
      <label className="field">
        <span>{g.tiers}</span>
        <input value={tiers} onChange={(e) => setTiers(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary btn-small">
        {g.save}
      </button>
      <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>
        {m.common.cancel}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
