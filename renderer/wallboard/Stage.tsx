import { AnimatePresence, motion, useReducedMotion } from 'motion/react';
import { useState } from 'react';
import type { Celebration, WallboardSnapshot } from '../../preload/contract';
import { Logo } from '../ui/components/Logo';
import { useI18n } from '../ui/i18n/i18n';
import { useBurnInShift } from './burn-in';
import { CelebrationOverlay } from './celebration/CelebrationOverlay';
import { unlockSound, type SoundOutcome } from './celebration/sound';
import type { FeedStatus } from './feed';
import { lookStyle, useFont } from './look';
import { MomentsStrip } from './MomentsStrip';
import { useRotation } from './rotation';
import { SceneBody } from './scenes/SceneBody';
import { sceneHeading } from './scenes/titles';
import { useServerNow } from './server-clock';

function Clock({ timeZone }: { timeZone: string }) {
  const { f } = useI18n();
  const now = useServerNow(1000);
  return (
    <div className="wb-clock tabular" aria-label="clock">
      {new Intl.DateTimeFormat(f.locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(now)}
    </div>
  );
}

function Status({ status }: { status: FeedStatus }) {
  const { m } = useI18n();
  const live = status === 'live';
  return (
    <span className={`wb-status ${live ? 'is-live' : 'is-reconnecting'}`} data-testid="wall-status">
      <span className="wb-dot" />
      {live ? m.wallboard.live : status === 'connecting' ? m.wallboard.connecting : m.wallboard.reconnecting}
    </span>
  );
}

/** One dot per scene; the current one fills over the scene's duration (paused during a celebration). */
function SceneDots({ count, index, cycle, duration, paused }: { count: number; index: number; cycle: number; duration: number; paused: boolean }) {
  if (count < 2) return null;
  return (
    <div className="wb-dots" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className={`wb-dot-scene ${i === index ? 'is-current' : ''}`}>
          {i === index ? <span key={cycle} className={`wb-dot-fill ${paused ? 'is-paused' : ''}`} style={{ animationDuration: `${duration}s` }} /> : null}
        </span>
      ))}
    </div>
  );
}

export interface StageProps {
  snapshot: WallboardSnapshot;
  status: FeedStatus;
  celebration: Celebration | null;
  waiting: number;
  onCelebrationDone(): void;
  /** Show only this scene (the editor's preview of one scene). */
  pinned?: number | null;
}

/** The board: header (scene title, clock, live mark), the rotating scenes, footer, celebrations on top. */
export function Stage({ snapshot, status, celebration, waiting, onCelebrationDone, pinned = null }: StageProps) {
  const i18n = useI18n();
  const { m } = i18n;
  const reduced = useReducedMotion();
  const { scene, index, cycle } = useRotation(snapshot.scenes, celebration !== null, pinned);
  const shift = useBurnInShift();
  const [soundBlocked, setSoundBlocked] = useState(false);
  const { look, workspace } = snapshot;
  useFont(look.font);
  const heading = scene ? sceneHeading(scene, i18n, workspace.name) : { eyebrow: '', title: workspace.name };
  const onSound = (outcome: SoundOutcome) => setSoundBlocked(outcome === 'blocked');

  return (
    <div
      className={`wb-stage theme-${look.theme} ${celebration?.size === 'major' ? 'is-celebrating' : ''}`}
      style={lookStyle(look)}
      data-scene={scene?.kind ?? 'none'}
      data-scene-id={scene?.id ?? ''}
      data-generated-at={snapshot.generatedAt}
      onClick={() => {
        unlockSound();
        setSoundBlocked(false);
      }}
    >
      <div className="wb-frame" style={{ transform: shift, transition: reduced ? 'none' : 'transform 6s ease-in-out' }}>
        <header className="wb-header">
          <AnimatePresence mode="wait" initial={false}>
            <motion.div key={`${scene?.id}`} initial={{ opacity: 0, y: 12 }} animate={{ opacity: 1, y: 0 }} exit={{ opacity: 0, y: -8 }} transition={{ duration: 0.35 }}>
              <div className="wb-eyebrow">{heading.eyebrow}</div>
              {heading.title ? <h1 className="wb-title">{heading.title}</h1> : null}
            </motion.div>
          </AnimatePresence>
          <div className="wb-header-right">
            <Clock timeZone={workspace.timeZone} />
            <Status status={status} />
          </div>
        </header>
        <main className="wb-scene">
          <AnimatePresence mode="wait" initial={false}>
            {scene ? (
              <motion.section
                key={scene.id}
                className="wb-scene-body"
                data-testid="wall-scene"
                initial={{ opacity: 0, x: 60 }}
                animate={{ opacity: 1, x: 0 }}
                exit={{ opacity: 0, x: -60 }}
                transition={{ duration: 0.45, ease: 'easeInOut' }}
              >
                <SceneBody scene={scene} />
              </motion.section>
            ) : null}
          </AnimatePresence>
        </main>
        <footer className="wb-footer">
          <span className="wb-brand">
            {look.logoUrl ? <img className="wb-logo" src={look.logoUrl} alt="" /> : <Logo size={28} />}
            {look.logoUrl ? workspace.name : 'Fanfare'}
          </span>
          <MomentsStrip moments={snapshot.recognition} />
          <SceneDots count={pinned === null ? snapshot.scenes.length : 0} index={index} cycle={cycle} duration={scene?.durationSeconds ?? 0} paused={celebration !== null} />
          <span className="wb-footer-right">
            {soundBlocked ? <span className="wb-sound-blocked">{m.wall.soundBlocked}</span> : null}
            {workspace.demo ? <span className="wb-demo">{m.wallboard.demo}</span> : null}
          </span>
        </footer>
      </div>
      <CelebrationOverlay celebration={celebration} waiting={waiting} accent={look.accentColor} primary={look.primaryColor} onDone={onCelebrationDone} onSound={onSound} />
    </div>
  );
}
