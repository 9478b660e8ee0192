import { animate, AnimatePresence, motion, useReducedMotion } from 'motion/react';
import { useEffect, useRef, useState } from 'react';
import type { LeaderboardRow } from '../../preload/contract';
import { Avatar } from '../ui/components/Avatar';
import { RankBadge } from '../ui/components/Medal';
import { Movement } from '../ui/game/Movement';
import { useI18n } from '../ui/i18n/i18n';

const VISIBLE_ROWS = 10;

/** Points that count up to their new value, unless the viewer prefers reduced motion. */
function CountingPoints({ value }: { value: number }) {
  const { f } = useI18n();
  const reduced = useReducedMotion();
  const [shown, setShown] = useState(value);
  const from = useRef(value);
  useEffect(() => {
    if (reduced || from.current === value) {
      from.current = value;
      setShown(value);
      return;
    }
    const controls = animate(from.current, value, { duration: 0.9, ease: 'easeOut', onUpdate: (v) => setShown(Math.round(v)) });
    from.current = value;
    return () => controls.stop();
  }, [value, reduced]);
  return <span data-testid="wall-points">{f.number(shown)}</span>;
}

function Row({ row, top, previous }: { row: LeaderboardRow; top: number; previous: number | undefined }) {
  const { m } = useI18n();
  const gained = previous !== undefined && row.points > previous;
  const podium = row.rank <= 3 && row.points > 0;
  return (
    <motion.li
      layout="position"
      transition={{ type: 'spring', stiffness: 260, damping: 30 }}
      className={`wb-row ${podium ? `is-podium rank-${row.rank}` : ''}`}
      data-rep={row.name}
    >
      {gained ? <motion.span key={row.points} className="wb-flash" initial={{ opacity: 0.9 }} animate={{ opacity: 0 }} transition={{ duration: 1.6 }} /> : null}
      <span className="wb-rank">
        <RankBadge rank={row.rank} size={podium ? '6rem' : '4.8rem'} />
      </span>
      <Avatar name={row.name} size={podium ? '6.4rem' : '5.2rem'} src={row.avatarUrl} />
      <span className="wb-name">
        {row.name}
        {row.movement ? <Movement movement={row.movement} /> : null}
      </span>
      <span className="wb-bar">
        <motion.span className="wb-bar-fill" initial={false} animate={{ width: `${top > 0 ? Math.max(0, (row.points / top) * 100) : 0}%` }} transition={{ duration: 0.8, ease: 'easeOut' }} />
      </span>
      <span className="wb-points tabular">
        <CountingPoints value={row.points} />
        <small>{m.wallboard.points}</small>
      </span>
    </motion.li>
  );
}

export function LeaderboardScene({ rows }: { rows: LeaderboardRow[] }) {
  const { m } = useI18n();
  // Points each rep had in the previous snapshot, to flash the rows that just gained.
  const [shownRows, setShownRows] = useState(rows);
  const [before, setBefore] = useState(() => new Map<number, number>());
  if (rows !== shownRows) {
    setBefore(new Map(shownRows.map((r) => [r.repId, r.points])));
    setShownRows(rows);
  }
  const visible = rows.slice(0, VISIBLE_ROWS);
  const top = Math.max(0, ...visible.map((r) => r.points));

  return (
    <section className="wb-scene" data-testid="wall-leaderboard">
      <ol className="wb-rows">
        <AnimatePresence initial={false}>
          {visible.map((row) => (
            <Row key={row.repId} row={row} top={top} previous={before.get(row.repId)} />
          ))}
        </AnimatePresence>
      </ol>
      {top === 0 ? <p className="wb-empty">{m.wallboard.empty}</p> : null}
    </section>
  );
}
