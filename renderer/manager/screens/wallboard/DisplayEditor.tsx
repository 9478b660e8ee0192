import { useEffect, useMemo, useState } from 'react';
import type { AppError, Celebration, DisplaySettings, ProcedureOutput, SceneInput } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { CopyButton } from '../../../ui/components/CopyButton';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { AutostartRow } from './AutostartRow';
import { DisplaySettingsForm } from './DisplaySettingsForm';
import { draftOf, PlaylistEditor, type DraftScene } from './PlaylistEditor';
import { usePreviewLook } from './preview-look';
import { WallPreview } from './WallPreview';

const LIVE_TABLES = ['ledger', 'events', 'reps', 'workspace', 'wallboard'] as const;

function Editor({ config }: { config: ProcedureOutput<'wallboard.getDisplay'> }) {
  const { m } = useI18n();
  const [saved, setSaved] = useState<SceneInput[]>(() => config.scenes.map(({ id: _id, ...scene }) => scene));
  const [drafts, setDrafts] = useState<DraftScene[]>(() => saved.map(draftOf));
  const [selected, setSelected] = useState(0);
  const [rotate, setRotate] = useState(false);
  const [settings, setSettings] = useState<DisplaySettings>(config.settings);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [testCelebration, setTestCelebration] = useState<Celebration | null>(null);
  const scenes = useMemo(() => drafts.map((d) => d.scene), [drafts]);
  const dirty = JSON.stringify(scenes) !== JSON.stringify(saved);

  const preview = useQuery('wallboard.preview', { displayId: config.id, scenes, privacy: settings.privacy }, LIVE_TABLES);
  const snapshot = usePreviewLook(preview.data);

  const save = async () => {
    const result = await call('wallboard.savePlaylist', { displayId: config.id, scenes });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(scenes);
    setNotice(m.wall.editor.saved);
  };
  const test = async () => {
    const result = await call('wallboard.testCelebration', { displayId: config.id });
    if (!result.ok) return setError(result.error);
    setNotice(m.wall.editor.testSent(result.value.viewers));
    // The preview celebrates too, so the manager sees and hears it here.
    setTestCelebration({ ...result.value.celebration, id: `preview-${result.value.celebration.id}` });
  };

  return (
    <div className="wall-editor">
      <div className="wall-editor-side">
        <div className="card">
          <div className="wall-caption">
            <strong>{m.wall.editor.playlist}</strong> <span className="muted">{m.wall.editor.playlistHint}</span>
          </div>
          <PlaylistEditor drafts={drafts} selected={selected} onSelect={setSelected} onChange={setDrafts} />
          <div className="form-actions">
            {dirty ? <span className="muted small">{m.wall.editor.unsaved}</span> : null}
            <button type="button" className="btn btn-ghost" disabled={!dirty} onClick={() => setDrafts(saved.map(draftOf))}>
              {m.wall.editor.discard}
            </button>
            <button type="button" className="btn btn-primary" disabled={!dirty} onClick={() => void save()}>
              {m.wall.editor.save}
            </button>
          </div>
        </div>
        <DisplaySettingsForm displayId={config.id} name={config.name} initial={config.settings} onDraft={setSettings} />
        <AutostartRow displayId={config.id} />
      </div>
      <div className="wall-editor-preview">
        <div className="wall-preview-bar">
          <div>
            <strong>{m.wall.editor.preview}</strong> <span className="muted small">{m.wall.editor.previewHint}</span>
          </div>
          <div className="segmented" role="group">
            <button type="button" className={rotate ? '' : 'is-selected'} aria-pressed={!rotate} onClick={() => setRotate(false)}>
              {m.wall.editor.previewSelected}
            </button>
            <button type="button" className={rotate ? 'is-selected' : ''} aria-pressed={rotate} onClick={() => setRotate(true)}>
              {m.wall.editor.previewRotate}
            </button>
          </div>
        </div>
        <WallPreview snapshot={snapshot} pinned={rotate ? null : selected} celebration={testCelebration} />
        <ErrorNotice error={error ?? preview.error} />
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <div className="url-row">
          <span className={`pill ${config.viewers > 0 ? 'pill-green' : 'pill-grey'}`} data-testid="display-viewers">
            {m.wall.editor.viewers(config.viewers)}
          </span>
          <code data-testid="display-url">{config.url}</code>
          <CopyButton text={config.url} />
          <button type="button" className="btn btn-secondary" onClick={() => void test()}>
            {m.wall.editor.test}
          </button>
        </div>
      </div>
    </div>
  );
}

/** `#/displays/<id>`: one display's playlist and settings, beside a live preview. */
export function DisplayEditor({ displayId }: { displayId: number }) {
  const { m } = useI18n();
  const config = useQuery('wallboard.getDisplay', { displayId }, []);
  // TVs come and go without any table changing: look again now and then.
  const { refresh } = config;
  useEffect(() => {
    const timer = setInterval(refresh, 15_000);
    return () => clearInterval(timer);
  }, [refresh]);
  return (
    <section className="screen screen-wide">
      <header className="page-header">
        <div>
          <a href="#/displays" className="muted small">
            ← {m.wall.editor.back}
          </a>
          <h1>{config.data?.name ?? ''}</h1>
        </div>
      </header>
      <ErrorNotice error={config.error} />
      {config.data ? <Editor key={config.data.id} config={config.data} /> : null}
    </section>
  );
}
