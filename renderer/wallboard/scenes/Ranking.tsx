import { animate, AnimatePresence, motion, useReducedMotion } from 'motion/react';
import { useEffect, useRef, useState } from 'react';
import type { RankedRow, Unit } from '../../../preload/contract';
import { Avatar } from '../../ui/components/Avatar';
import { RankBadge } from '../../ui/components/Medal';
import { useI18n } from '../../ui/i18n/i18n';
import { formatValue } from '../format';

/** A value that counts up to its new total, unless the viewer prefers reduced motion. */
function CountingValue({ value, format }: { value: number; format: (v: number) => string }) {
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
  return (
    <span data-testid="wall-points" data-value={value}>
      {format(shown)}
    </span>
  );
}

interface RowProps {
  row: RankedRow;
  top: number;
  previous: number | undefined;
  unit: Unit;
  currency: string;
  large: boolean;
}

function Row({ row, top, previous, unit, currency, large }: RowProps) {
  const { m, f } = useI18n();
  const gained = previous !== undefined && row.value > previous;
  const podium = row.rank <= 3 && row.value > 0;
  return (
    <motion.li
      layout="position"
      transition={{ type: 'spring', stiffness: 260, damping: 30 }}
      className={`wb-row ${podium ? `is-podium rank-${row.rank}` : ''} ${large ? 'is-large' : ''}`}
      data-rep={row.name}
    >
      {gained ? <motion.span key={row.value} className="wb-flash" initial={{ opacity: 0.9 }} animate={{ opacity: 0 }} transition={{ duration: 1.6 }} /> : null}
      <span className="wb-rank">
        <RankBadge rank={row.rank} size={podium ? '6rem' : '4.8rem'} />
      </span>
      <Avatar name={row.name} size={podium ? '6.4rem' : '5.2rem'} src={row.avatarUrl} />
      <span className="wb-name">{row.name}</span>
      <span className="wb-bar">
        <motion.span className="wb-bar-fill" initial={false} animate={{ width: `${top > 0 ? Math.max(0, (row.value / top) * 100) : 0}%` }} transition={{ duration: 0.8, ease: 'easeOut' }} />
      </span>
      <span className="wb-points tabular">
        <CountingValue value={row.value} format={(v) => formatValue(unit, v, currency, f)} />
        {unit === 'points' ? <small>{m.wall.units.points}</small> : null}
      </span>
    </motion.li>
  );
}

/** Ranked rows with medals, bars that grow and values that count up; rows glide when ranks change. */
export function Ranking({ rows, unit, currency, large = false }: { rows: RankedRow[]; unit: Unit; currency: string; large?: boolean }) {
  const { m } = useI18n();
  // Each rep's value in the previous snapshot, to flash the rows that just gained.
  const [shownRows, setShownRows] = useState(rows);
  const [before, setBefore] = useState(() => new Map<number, number>());
  if (rows !== shownRows) {
    setBefore(new Map(shownRows.map((r) => [r.repId, r.value])));
    setShownRows(rows);
  }
  const top = Math.max(0, ...rows.map((r) => r.value));
  return (
    <>
      <ol className={`wb-rows ${large ? 'is-large' : ''}`}>
        <AnimatePresence initial={false}>
          {rows.map((row) => (
            <Row key={row.repId} row={row} top={top} previous={before.get(row.repId)} unit={unit} currency={currency} large={large} />
          ))}
        </AnimatePresence>
      </ol>
      {top === 0 ? <p className="wb-empty">{m.wall.rankingEmpty}</p> : null}
    </>
  );
}
