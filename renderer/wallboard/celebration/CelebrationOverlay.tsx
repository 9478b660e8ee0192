import { AnimatePresence, motion, useReducedMotion } from 'motion/react';
import { useEffect, useMemo, useState } from 'react';
import type { Celebration } from '../../../preload/contract';
import { Avatar } from '../../ui/components/Avatar';
import { useI18n } from '../../ui/i18n/i18n';
import { tvMoney } from '../format';
import { Confetti } from './Confetti';
import { playSound, type SoundOutcome } from './sound';

/** On screen this long; shorter while more wins wait, so a burst does not take all day. */
function durationOf(celebration: Celebration, waiting: number): number {
  if (celebration.size === 'minor') return 4500;
  return waiting > 0 ? 4500 : 7000;
}

function Major({ celebration, accent, primary }: { celebration: Celebration; accent: string; primary: string }) {
  const { m, f } = useI18n();
  const reduced = useReducedMotion();
  const colors = useMemo(() => [accent, primary, '#ffffff', '#4ff29a', '#ff6b9a'], [accent, primary]);
  const title = celebration.kind === 'test' ? m.wall.celebration.test : m.wall.celebration.title(celebration.eventType ? m.eventTypes[celebration.eventType] : '');
  return (
    <>
      {reduced ? null : <Confetti colors={colors} burst={celebration.id} />}
      <motion.div
        className="wb-celebration-card"
        initial={{ scale: 0.6, opacity: 0, y: 40 }}
        animate={{ scale: 1, opacity: 1, y: 0 }}
        exit={{ scale: 0.9, opacity: 0 }}
        transition={{ type: 'spring', stiffness: 180, damping: 16 }}
      >
        <motion.div initial={{ rotate: -8, scale: 0.5 }} animate={{ rotate: 0, scale: 1 }} transition={{ type: 'spring', stiffness: 160, damping: 9, delay: 0.15 }}>
          <Avatar name={celebration.name} size="22rem" src={celebration.avatarUrl} />
        </motion.div>
        <div className="wb-celebration-eyebrow">{title}</div>
        <motion.div className="wb-celebration-name" initial={{ y: 30, opacity: 0 }} animate={{ y: 0, opacity: 1 }} transition={{ delay: 0.3 }}>
          {celebration.name}
        </motion.div>
        {celebration.amountMinor !== null && celebration.currency ? (
          <motion.div className="wb-celebration-amount tabular" initial={{ scale: 0.4, opacity: 0 }} animate={{ scale: 1, opacity: 1 }} transition={{ type: 'spring', stiffness: 200, damping: 12, delay: 0.5 }}>
            {tvMoney(celebration.amountMinor, celebration.currency, f.locale)}
          </motion.div>
        ) : null}
        <div className="wb-celebration-details">
          {celebration.points > 0 ? <span className="wb-celebration-points">{m.wall.celebration.points(f.number(celebration.points))}</span> : null}
          {celebration.customer ? <span>{m.wall.celebration.customer(celebration.customer)}</span> : null}
          {celebration.kind === 'test' ? <span>{m.wall.celebration.testBody}</span> : null}
        </div>
      </motion.div>
    </>
  );
}

function Minor({ celebration }: { celebration: Celebration }) {
  const { m, f } = useI18n();
  return (
    <motion.div className="wb-celebration-banner" initial={{ y: '120%', opacity: 0 }} animate={{ y: 0, opacity: 1 }} exit={{ y: '120%', opacity: 0 }} transition={{ type: 'spring', stiffness: 220, damping: 24 }}>
      <Avatar name={celebration.name} size="9rem" src={celebration.avatarUrl} />
      <div>
        <div className="wb-celebration-eyebrow">{celebration.kind === 'test' ? m.wall.celebration.test : ''}</div>
        <div className="wb-celebration-banner-name">{celebration.name}</div>
      </div>
      {celebration.points > 0 ? <span className="wb-celebration-points">{m.wall.celebration.points(f.number(celebration.points))}</span> : null}
    </motion.div>
  );
}

export interface OverlayProps {
  celebration: Celebration | null;
  waiting: number;
  accent: string;
  primary: string;
  onDone(): void;
  onSound(outcome: SoundOutcome): void;
}

/** The celebration on screen: it interrupts the rotation, plays its sound, then hands over to the next. */
export function CelebrationOverlay({ celebration, waiting, accent, primary, onDone, onSound }: OverlayProps) {
  const { m } = useI18n();
  const [played, setPlayed] = useState<{ id: string; outcome: SoundOutcome } | null>(null);
  const id = celebration?.id;
  const sound = played && played.id === id ? played.outcome : 'pending';
  useEffect(() => {
    if (!celebration) return;
    let cancelled = false;
    void playSound(celebration.sound, celebration.volume).then((outcome) => {
      if (cancelled) return;
      setPlayed({ id: celebration.id, outcome });
      onSound(outcome);
    });
    const timer = setTimeout(onDone, durationOf(celebration, waiting));
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // One run per celebration: `waiting` growing must not restart its timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  return (
    <AnimatePresence>
      {celebration ? (
        <motion.div
          key={celebration.id}
          className={`wb-celebration is-${celebration.size}`}
          data-testid="wall-celebration"
          data-celebration={celebration.id}
          data-sound={celebration.sound ?? 'none'}
          data-sound-state={sound}
          role="status"
          initial={{ opacity: 0 }}
          animate={{ opacity: 1 }}
          exit={{ opacity: 0 }}
          transition={{ duration: 0.35 }}
        >
          {celebration.size === 'major' ? <Major celebration={celebration} accent={accent} primary={primary} /> : <Minor celebration={celebration} />}
          {waiting > 0 ? (
            <div className="wb-celebration-more" data-testid="wall-celebration-waiting">
              {m.wall.celebration.more(waiting)}
            </div>
          ) : null}
        </motion.div>
      ) : null}
    </AnimatePresence>
  );
}
