import type { SceneView } from '../../../preload/contract';
import { useI18n } from '../../ui/i18n/i18n';
import { useServerNow } from '../server-clock';
import { Ranking } from './Ranking';

type Contest = Extract<SceneView, { kind: 'contest' }>;

function parts(ms: number): [number, number, number, number] {
  const s = Math.max(0, Math.floor(ms / 1000));
  return [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60];
}

/** A time-boxed contest: the countdown to its end (or start) beside the current standings. */
export function ContestScene({ scene }: { scene: Contest }) {
  const { m } = useI18n();
  const now = useServerNow(1000);
  const starts = Date.parse(scene.settings.startsAt);
  const ends = Date.parse(scene.settings.endsAt);
  const phase = now < starts ? 'upcoming' : now < ends ? 'running' : 'ended';
  const [d, h, min, sec] = parts(phase === 'upcoming' ? starts - now : ends - now);
  const leader = scene.rows[0] && scene.rows[0].value > 0 ? scene.rows[0] : null;
  const units = [
    [d, m.wall.contest.days],
    [h, m.wall.contest.hours],
    [min, m.wall.contest.minutes],
    [sec, m.wall.contest.seconds],
  ] as const;
  return (
    <div className="wb-contest" data-testid="wall-contest" data-phase={phase}>
      <div className="wb-contest-clock">
        {phase === 'ended' ? (
          <div className="wb-contest-ended">{m.wall.contest.ended}</div>
        ) : (
          <>
            <div className="wb-contest-label">{phase === 'upcoming' ? m.wall.contest.startsIn : m.wall.contest.endsIn}</div>
            <div className="wb-countdown tabular">
              {units.map(([value, label], i) =>
                i === 0 && value === 0 ? null : (
                  <div className="wb-countdown-unit" key={label}>
                    <span className="wb-countdown-value">{String(value).padStart(2, '0')}</span>
                    <span className="wb-countdown-name">{label}</span>
                  </div>
                ),
              )}
            </div>
          </>
        )}
        {leader ? (
          <div className="wb-contest-leader">
            {phase === 'ended' ? m.wall.contest.winner : m.wall.contest.leader}: <strong>{leader.name}</strong>
          </div>
        ) : null}
        {scene.settings.prize ? <div className="wb-contest-prize">{m.wall.contest.prize(scene.settings.prize)}</div> : null}
      </div>
      <div className="wb-contest-board">
        <Ranking rows={scene.rows} unit={scene.unit} currency={scene.currency} large />
      </div>
    </div>
  );
}
