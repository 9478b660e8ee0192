import type { ReactNode } from 'react';
import type { Goal } from '../../../preload/contract';
import { Toggle } from '../components/Toggle';
import { useI18n } from '../i18n/i18n';
import { goalProgressText, goalTitle, goalValue, tierName } from './words';

/** The bar reaches its end at the highest tier, so goal-over-goal tiers are visible on it. */
function scaleOf(goal: Goal): number {
  return Math.max(100, ...goal.tiers);
}

/**
 * A goal with its progress bar, tier marks (bronze at 100%, then silver and gold), the
 * completed state with a check mark, and a pause switch when `onPause` is given.
 */
export function GoalCard({ goal, currency, onPause, actions, owner }: { goal: Goal; currency: string; onPause?: (paused: boolean) => void; actions?: ReactNode; owner?: string }) {
  const { m, f } = useI18n();
  const words = { m, f, currency };
  const scale = scaleOf(goal);
  const fill = Math.min(goal.progress.percent, scale) / scale;
  const reached = goal.progress.tiersReached.length;
  const completed = goal.progress.completed;
  const highest = reached > 0 ? tierName(reached - 1, words) : null;
  return (
    <article className={`goal-card ${completed ? 'is-completed' : ''} ${goal.paused ? 'is-paused' : ''}`} data-testid={`goal-${goal.id}`}>
      <header className="goal-head">
        <div className="goal-check" aria-hidden="true">
          {completed ? '✓' : ''}
        </div>
        <div className="goal-titles">
          <div className="goal-title">{goalTitle(goal, words)}</div>
          <div className="muted small">
            {owner ? `${owner} · ` : ''}
            {f.dayRange(goal.progress.firstDay, goal.progress.lastDay)}
            {goal.paused ? ` · ${m.game.goals.paused}` : completed ? ` · ${m.game.goals.completed}` : ''}
          </div>
        </div>
        {onPause ? <Toggle checked={!goal.paused} onChange={(on) => onPause(!on)} label={goal.paused ? m.game.goals.paused : m.game.goals.active} /> : null}
      </header>
      <div className="goal-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(goal.progress.percent)} aria-label={goalTitle(goal, words)}>
        <span className="goal-fill" style={{ width: `${fill * 100}%` }} />
        {goal.tiers.map((tier, i) => (
          <span key={tier} className={`goal-tier tier-${i} ${goal.progress.tiersReached.includes(tier) ? 'is-reached' : ''}`} style={{ left: `${(tier / scale) * 100}%` }} title={`${tierName(i, words)} · ${tier}% · ${goalValue(goal, tierTarget(goal, tier), words)}`} />
        ))}
      </div>
      <footer className="goal-foot">
        <span className="tabular">{goalProgressText(goal, words)}</span>
        {goal.measure === 'response_time' && goal.progress.sample ? <span className="muted small">{m.game.goals.replies(goal.progress.sample)}</span> : null}
        <span className="goal-percent tabular">{f.number(Math.round(goal.progress.percent))}%</span>
        {highest ? <span className={`tier-pill tier-${reached - 1}`}>{m.game.goals.tierReached(highest)}</span> : null}
        {actions}
      </footer>
    </article>
  );
}

/** The value a tier stands for: 120% of 10 quotes = 12; a response time divides instead. */
function tierTarget(goal: Goal, tier: number): number {
  return goal.measure === 'response_time' ? Math.floor((goal.target * 100) / tier) : Math.ceil((goal.target * tier) / 100);
}
