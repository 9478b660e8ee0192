import { MotionConfig } from 'motion/react';
import { useEffect, useState } from 'react';
import type { Celebration, WallboardSnapshot } from '../../preload/contract';
import { I18nProvider } from '../ui/i18n/i18n';
import { useCelebrationQueue } from './celebration/queue';
import { ServerClock } from './server-clock';
import { Stage } from './Stage';
import { pageLocale } from './WallboardApp';

/** What the manager's editor posts into the preview frame. */
export type PreviewMessage =
  | { type: 'fanfare-preview'; snapshot: WallboardSnapshot; pinned: number | null }
  | { type: 'fanfare-preview-celebrate'; celebration: Celebration };

/**
 * /wall-preview, framed by the manager's display editor: the same Stage as a TV, fed by
 * the parent window (same origin only) with the draft playlist's snapshot.
 */
export function PreviewApp() {
  const [state, setState] = useState<{ snapshot: WallboardSnapshot; pinned: number | null; offset: number } | null>(null);
  const queue = useCelebrationQueue();
  const { push } = queue;
  useEffect(() => {
    const onMessage = (event: MessageEvent<PreviewMessage>) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      if (event.data?.type === 'fanfare-preview') {
        const { snapshot, pinned } = event.data;
        setState({ snapshot, pinned, offset: snapshot.generatedAt - Date.now() });
      } else if (event.data?.type === 'fanfare-preview-celebrate') push(event.data.celebration);
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage({ type: 'fanfare-preview-ready' }, window.location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, [push]);
  if (!state) return null;
  return (
    <MotionConfig reducedMotion="user">
      <I18nProvider locale={pageLocale(state.snapshot)} timeZone={state.snapshot.workspace.timeZone}>
        <ServerClock offset={state.offset}>
          <Stage snapshot={state.snapshot} status="live" celebration={queue.current} waiting={queue.waiting} onCelebrationDone={queue.next} pinned={state.pinned} />
        </ServerClock>
      </I18nProvider>
    </MotionConfig>
  );
}
