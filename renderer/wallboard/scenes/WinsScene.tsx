import { AnimatePresence, motion } from 'motion/react';
import type { SceneView } from '../../../preload/contract';
import { Avatar } from '../../ui/components/Avatar';
import { useI18n } from '../../ui/i18n/i18n';
import { tvMoney } from '../format';
import { useServerNow } from '../server-clock';

type Wins = Extract<SceneView, { kind: 'wins' }>;

/** Who won what, how much, how long ago: newest on top, new wins slide in. */
export function WinsScene({ scene }: { scene: Wins }) {
  const { m, f } = useI18n();
  const now = useServerNow(15_000);
  if (scene.items.length === 0) return <p className="wb-empty is-centered">{m.wall.winsEmpty}</p>;
  return (
    <ol className="wb-wins" data-testid="wall-wins">
      <AnimatePresence initial={false}>
        {scene.items.map((win, i) => (
          <motion.li
            key={win.eventId}
            layout="position"
            initial={{ opacity: 0, y: -30 }}
            animate={{ opacity: 1, y: 0 }}
            exit={{ opacity: 0 }}
            transition={{ type: 'spring', stiffness: 220, damping: 28 }}
            className={`wb-win ${i === 0 ? 'is-newest' : ''}`}
            data-event={win.eventId}
          >
            <Avatar name={win.name} size={i === 0 ? '8rem' : '6.4rem'} src={win.avatarUrl} />
            <div className="wb-win-who">
              <span className="wb-win-name">{win.name}</span>
              <span className="wb-win-what">
                {m.eventTypes[win.type]}
                {win.customer ? ` · ${win.customer}` : ''}
              </span>
            </div>
            <div className="wb-win-amount tabular">{win.amountMinor !== null && win.currency ? tvMoney(win.amountMinor, win.currency, f.locale) : ''}</div>
            <div className="wb-win-side">
              <span className="wb-win-points tabular">{m.wall.celebration.points(f.number(win.points))}</span>
              <span className="wb-win-ago">{Math.abs(now - win.occurredAt) < 45_000 ? m.wall.agoJustNow : f.relative(win.occurredAt, now)}</span>
            </div>
          </motion.li>
        ))}
      </AnimatePresence>
    </ol>
  );
}
