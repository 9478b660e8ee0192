import { useEffect, useRef, useState } from 'react';
import type { Celebration, WallboardSnapshot } from '../../../../preload/contract';
import type { PreviewMessage } from '../../../wallboard/PreviewApp';

const WIDTH = 1920;
const HEIGHT = 1080;

/**
 * The display as the TV shows it: the real wallboard page (/wall-preview) in a frame at
 * 1920x1080, scaled to fit, fed with the snapshot of the draft playlist.
 */
export function WallPreview({ snapshot, pinned, celebration }: { snapshot: WallboardSnapshot | undefined; pinned: number | null; celebration?: Celebration | null }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [scale, setScale] = useState(0.3);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScale(element.clientWidth / WIDTH));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.origin === window.location.origin && event.source === frame.current?.contentWindow && event.data?.type === 'fanfare-preview-ready') setReady(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (!ready || !snapshot) return;
    const message: PreviewMessage = { type: 'fanfare-preview', snapshot, pinned };
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }, [ready, snapshot, pinned]);

  useEffect(() => {
    if (!ready || !celebration) return;
    const message: PreviewMessage = { type: 'fanfare-preview-celebrate', celebration };
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }, [ready, celebration]);

  return (
    <div className="wall-preview" ref={box} style={{ height: HEIGHT * scale }}>
      <iframe
        ref={frame}
        title="preview"
        src="/wall-preview"
        data-testid="wall-preview"
        style={{ width: WIDTH, height: HEIGHT, transform: `scale(${scale})` }}
        tabIndex={-1}
      />
    </div>
  );
}
