import { useI18n } from '../i18n/i18n';

/** ▲ 2 / ▼ 1 / – since the previous period; newcomers get a quiet "new" (or nothing). */
export function Movement({ movement, showNew = false }: { movement: number | null | undefined; showNew?: boolean }) {
  const { m } = useI18n();
  if (movement === null || movement === undefined) {
    return showNew ? (
      <span className="move move-new" title={m.game.board.isNew}>
        {m.game.board.newShort}
      </span>
    ) : null;
  }
  if (movement === 0) {
    return (
      <span className="move move-same" title={m.game.board.same} aria-label={m.game.board.same}>
        –
      </span>
    );
  }
  const up = movement > 0;
  const label = up ? m.game.board.up(movement) : m.game.board.down(-movement);
  return (
    <span className={`move ${up ? 'move-up' : 'move-down'}`} title={label} aria-label={label}>
      {up ? '▲' : '▼'} {Math.abs(movement)}
    </span>
  );
}
