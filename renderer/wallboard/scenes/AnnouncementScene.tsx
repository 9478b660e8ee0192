import type { SceneView } from '../../../preload/contract';

type Announcement = Extract<SceneView, { kind: 'announcement' }>;

const ICONS = {
  info: 'M3 11v2a1 1 0 0 0 1 1h2l5 4V6L6 10H4a1 1 0 0 0-1 1Zm12.5-3.5a6 6 0 0 1 0 9M18.5 5a9.5 9.5 0 0 1 0 14',
  celebrate: 'M12 2l3 6.5 7 .8-5.2 4.8 1.5 7L12 17.6 5.7 21l1.5-7L2 9.3l7-.8z',
  urgent: 'M12 3 2 20h20L12 3Zm0 6v5m0 3v.5',
} as const;

/** The manager's message to the room, large and calm. */
export function AnnouncementScene({ scene }: { scene: Announcement }) {
  const { title, message, tone } = scene.settings;
  return (
    <div className={`wb-announcement tone-${tone}`} data-testid="wall-announcement">
      <svg className="wb-announcement-icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        <path d={ICONS[tone]} />
      </svg>
      <h2 className="wb-announcement-title">{title}</h2>
      {message ? <p className="wb-announcement-message">{message}</p> : null}
    </div>
  );
}
