import type { LevelView } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';

/** "Level 4" with the XP bar to the next level. */
export function LevelChip({ level, compact = false }: { level: Omit<LevelView, 'repId'>; compact?: boolean }) {
  const { m, f } = useI18n();
  const span = level.nextLevelXp === null ? 1 : level.nextLevelXp - level.levelXp;
  const done = level.nextLevelXp === null ? 1 : Math.max(0, Math.min(1, (level.xp - level.levelXp) / span));
  return (
    <span className={`level-chip ${compact ? 'is-compact' : ''}`} title={m.game.levels.xp(f.number(level.xp), level.nextLevelXp === null ? null : f.number(level.nextLevelXp))}>
      <span className="level-star" aria-hidden="true">
        ★
      </span>
      <span className="level-text">{m.game.levels.level(level.level)}</span>
      {compact ? null : (
        <span className="level-bar" aria-hidden="true">
          <span style={{ width: `${done * 100}%` }} />
        </span>
      )}
      {compact ? null : <span className="level-xp tabular">{m.game.levels.xp(f.number(level.xp), level.nextLevelXp === null ? null : f.number(level.nextLevelXp))}</span>}
    </span>
  );
}
