import { motion } from 'motion/react';
import type { SceneView } from '../../../preload/contract';
import { useI18n } from '../../ui/i18n/i18n';
import { formatValue } from '../format';

type Teams = Extract<SceneView, { kind: 'teams' }>;

/**
 * Each team's total as a big bar: against the team's goal when it has one, otherwise
 * against the leading team.
 */
export function TeamsScene({ scene }: { scene: Teams }) {
  const { m, f } = useI18n();
  if (scene.teams.length === 0) return <p className="wb-empty is-centered">{m.wall.teamsEmpty}</p>;
  const top = Math.max(1, ...scene.teams.map((t) => t.value));
  return (
    <ol className="wb-teams" data-testid="wall-teams">
      {scene.teams.slice(0, 6).map((team, i) => {
        const share = team.goal ? team.value / team.goal : team.value / top;
        return (
          <motion.li key={team.teamId} layout="position" className={`wb-team ${i === 0 && team.value > 0 ? 'is-leading' : ''}`} data-team={team.name}>
            <div className="wb-team-head">
              <span className="wb-team-name">{team.name}</span>
              <span className="wb-team-members">{m.wall.members(team.members)}</span>
              <span className="wb-team-value tabular">
                {formatValue(scene.unit, team.value, scene.currency, f)}
                {scene.unit === 'points' ? <small>{m.wall.units.points}</small> : null}
              </span>
            </div>
            <div className="wb-team-bar">
              <motion.span className="wb-team-fill" initial={false} animate={{ width: `${Math.min(100, Math.max(0, share * 100))}%` }} transition={{ duration: 0.9, ease: 'easeOut' }} />
            </div>
            {team.goal ? <div className="wb-team-goal">{m.wall.ofGoal(`${Math.round(share * 100)}%`)}</div> : null}
          </motion.li>
        );
      })}
    </ol>
  );
}
