import { SCENE_DURATION, SCENE_KINDS, type SceneInput, type SceneKind } from '../../../../preload/contract';
import { useI18n, type I18n } from '../../../ui/i18n/i18n';
import { SceneForm } from './SceneForm';

export interface DraftScene {
  /** A stable key for React while scenes move around. */
  key: string;
  scene: SceneInput;
}

let keys = 0;
export function draftOf(scene: SceneInput): DraftScene {
  keys += 1;
  return { key: `scene-${keys}`, scene };
}

export function newScene(kind: SceneKind, { m }: I18n): SceneInput {
  const now = Date.now();
  switch (kind) {
    case 'leaderboard':
      return { kind, durationSeconds: 30, settings: { period: 'week', metric: 'points', limit: 10 } };
    case 'teams':
      return { kind, durationSeconds: 20, settings: { period: 'month', metric: 'points' } };
    case 'wins':
      return { kind, durationSeconds: 20, settings: { limit: 6, showCustomer: true } };
    case 'contest':
      return {
        kind,
        durationSeconds: 30,
        settings: { title: m.wall.sceneKinds.contest, metric: 'deals_won', startsAt: new Date(now).toISOString(), endsAt: new Date(now + 7 * 86_400_000).toISOString(), limit: 5 },
      };
    case 'announcement':
      return { kind, durationSeconds: 15, settings: { title: m.wall.sceneKinds.announcement, message: '', tone: 'info' } };
  }
}

function summary(scene: SceneInput, { m }: I18n): string {
  switch (scene.kind) {
    case 'leaderboard':
      return m.wall.editor.summary.leaderboard(
        scene.settings.metric === 'event_count' && scene.settings.eventType ? m.eventTypes[scene.settings.eventType] : m.wall.metrics[scene.settings.metric],
        m.leaderboard.periods[scene.settings.period],
      );
    case 'teams':
      return m.wall.editor.summary.teams(
        scene.settings.metric === 'event_count' && scene.settings.eventType ? m.eventTypes[scene.settings.eventType] : m.wall.metrics[scene.settings.metric],
        m.leaderboard.periods[scene.settings.period],
      );
    case 'wins':
      return m.wall.editor.summary.wins(scene.settings.limit ?? 6);
    case 'contest':
      return m.wall.editor.summary.contest(scene.settings.title);
    case 'announcement':
      return m.wall.editor.summary.announcement(scene.settings.title);
  }
}

interface Props {
  drafts: DraftScene[];
  selected: number;
  onSelect(index: number): void;
  onChange(drafts: DraftScene[]): void;
}

/** The scenes in order: select one to edit it, move it, set its seconds, add or remove scenes. */
export function PlaylistEditor({ drafts, selected, onSelect, onChange }: Props) {
  const i18n = useI18n();
  const { m } = i18n;
  const replace = (index: number, scene: SceneInput) => onChange(drafts.map((d, i) => (i === index ? { ...d, scene } : d)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...drafts];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
    onSelect(index + by);
  };
  const remove = (index: number) => {
    onChange(drafts.filter((_, i) => i !== index));
    onSelect(Math.max(0, Math.min(selected, drafts.length - 2)));
  };
  return (
    <div className="playlist">
      <ol className="playlist-list">
        {drafts.map((draft, index) => (
          <li key={draft.key} className={`playlist-item ${index === selected ? 'is-selected' : ''}`} data-testid="playlist-item">
            <div className="playlist-head">
              <button type="button" className="playlist-pick" onClick={() => onSelect(index)} aria-expanded={index === selected}>
                <span className="playlist-number">{index + 1}</span>
                <span>
                  <strong>{m.wall.sceneKinds[draft.scene.kind]}</strong>
                  <span className="muted small"> · {summary(draft.scene, i18n)}</span>
                </span>
              </button>
              <label className="playlist-seconds" title={m.wall.editor.duration}>
                <input
                  type="number"
                  aria-label={m.wall.editor.duration}
                  min={SCENE_DURATION.min}
                  max={SCENE_DURATION.max}
                  value={draft.scene.durationSeconds}
                  onChange={(e) => replace(index, { ...draft.scene, durationSeconds: Number(e.target.value) })}
                />
                <span className="muted small">s</span>
              </label>
              <button type="button" className="btn btn-ghost btn-small" aria-label={m.wall.editor.moveUp} title={m.wall.editor.moveUp} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button type="button" className="btn btn-ghost btn-small" aria-label={m.wall.editor.moveDown} title={m.wall.editor.moveDown} disabled={index === drafts.length - 1} onClick={() => move(index, 1)}>
                ↓
              </button>
              <button type="button" className="btn btn-danger-ghost btn-small" aria-label={m.wall.editor.remove} title={m.wall.editor.remove} disabled={drafts.length === 1} onClick={() => remove(index)}>
                ✕
              </button>
            </div>
            {index === selected ? (
              <div className="playlist-form">
                <SceneForm scene={draft.scene} onChange={(scene) => replace(index, scene)} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="playlist-add">
        <span className="muted small">{m.wall.editor.addScene}:</span>
        {SCENE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => {
              onChange([...drafts, draftOf(newScene(kind, i18n))]);
              onSelect(drafts.length);
            }}
          >
            + {m.wall.sceneKinds[kind]}
          </button>
        ))}
      </div>
    </div>
  );
}
