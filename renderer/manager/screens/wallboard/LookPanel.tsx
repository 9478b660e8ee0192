import { useMemo, useState, type ChangeEvent } from 'react';
import { FONTS, LOGO_TYPES, MAX_LOGO_BYTES, THEMES, type AppError, type Look, type ProcedureOutput } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { usePreviewLook } from './preview-look';
import { WallPreview } from './WallPreview';

type LookView = ProcedureOutput<'wallboard.getLook'>;
type LogoChange = { type: (typeof LOGO_TYPES)[number]; base64: string } | null | undefined;

const FONT_NAMES: Record<(typeof FONTS)[number], string> = { inter: 'Inter', nunito: 'Nunito', montserrat: 'Montserrat', 'roboto-slab': 'Roboto Slab' };

/** The saved playlist of the newest active display, to preview the look on real scenes. */
function LookPreview({ draft }: { draft: Look & { logoDataUrl: string | null } }) {
  const { m } = useI18n();
  const displays = useQuery('displays.list', {}, ['displays']);
  const display = (displays.data ?? []).find((d) => d.revokedAt === null);
  const config = useQuery('wallboard.getDisplay', { displayId: display?.id ?? -1 }, ['wallboard']);
  const scenes = useMemo(() => (config.data ? config.data.scenes.map(({ id: _id, ...s }) => s) : []), [config.data]);
  const preview = useQuery('wallboard.preview', { displayId: display?.id ?? -1, scenes }, ['ledger', 'events', 'reps', 'workspace', 'wallboard']);
  const snapshot = usePreviewLook(display && config.data ? preview.data : undefined, draft);
  if (!display) return <p className="empty">{m.wall.lookPanel.noDisplay}</p>;
  return (
    <div className="wall-editor-preview">
      <div className="wall-preview-bar">
        <strong>{m.wall.lookPanel.previewOn(display.name)}</strong>
      </div>
      <WallPreview snapshot={snapshot} pinned={null} />
    </div>
  );
}

function Editor({ initial }: { initial: LookView }) {
  const { m } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [logo, setLogo] = useState<LogoChange>(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<LookView>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const type = LOGO_TYPES.find((t) => t === file.type);
    if (!type) return setError({ code: 'invalid_input', message: `${file.name}: ${m.wall.lookPanel.logoHint}` });
    if (file.size > MAX_LOGO_BYTES) return setError({ code: 'invalid_input', message: `${file.name} (${Math.ceil(file.size / 1024)} KB): ${m.wall.lookPanel.logoHint}` });
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      setLogo({ type, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) });
      change({ logoDataUrl: dataUrl });
      setError(null);
    };
    reader.readAsDataURL(file);
  };

  const save = async () => {
    const { logoDataUrl: _logo, ...look } = draft;
    const result = await call('wallboard.updateLook', { ...look, ...(logo !== undefined ? { logo } : {}) });
    if (!result.ok) return setError(result.error);
    setError(null);
    setLogo(undefined);
    setDraft(result.value);
    setSaved(true);
  };

  return (
    <div className="wall-editor">
      <div className="wall-editor-side">
        <div className="card form-grid">
          <div className="field">
            <span>{m.wall.lookPanel.theme}</span>
            <div className="segmented" role="group" aria-label={m.wall.lookPanel.theme}>
              {THEMES.map((t) => (
                <button key={t} type="button" className={draft.theme === t ? 'is-selected' : ''} aria-pressed={draft.theme === t} onClick={() => change({ theme: t })}>
                  {m.wall.lookPanel.themes[t]}
                </button>
              ))}
            </div>
          </div>
          <label className="field">
            <span>{m.wall.lookPanel.font}</span>
            <select value={draft.font} onChange={(e) => change({ font: e.target.value as Look['font'] })}>
              {FONTS.map((f) => (
                <option key={f} value={f}>
                  {FONT_NAMES[f]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{m.wall.lookPanel.primary}</span>
            <input type="color" value={draft.primaryColor} onChange={(e) => change({ primaryColor: e.target.value })} />
          </label>
          <label className="field">
            <span>{m.wall.lookPanel.accent}</span>
            <input type="color" value={draft.accentColor} onChange={(e) => change({ accentColor: e.target.value })} />
          </label>
          <div className="field span-2">
            <span>{m.wall.lookPanel.logo}</span>
            <div className="logo-row">
              {draft.logoDataUrl ? <img className="logo-preview" src={draft.logoDataUrl} alt="" /> : null}
              <label className="btn btn-secondary">
                {m.wall.lookPanel.upload}
                <input type="file" accept={LOGO_TYPES.join(',')} onChange={pick} hidden data-testid="logo-input" />
              </label>
              {draft.logoDataUrl ? (
                <button
                  type="button"
                  className="btn btn-danger-ghost"
                  onClick={() => {
                    setLogo(null);
                    change({ logoDataUrl: null });
                  }}
                >
                  {m.wall.lookPanel.removeLogo}
                </button>
              ) : null}
            </div>
            <small className="muted">{m.wall.lookPanel.logoHint}</small>
          </div>
          <div className="form-actions span-2">
            <ErrorNotice error={error} />
            <button type="button" className="btn btn-primary" onClick={() => void save()}>
              {saved ? `✓ ${m.wall.lookPanel.saved}` : m.wall.lookPanel.save}
            </button>
          </div>
        </div>
      </div>
      <LookPreview draft={draft} />
    </div>
  );
}

/** Displays → Look: theme, colours, font and logo of every board, previewed live. */
export function LookPanel() {
  const { m } = useI18n();
  const look = useQuery('wallboard.getLook', {}, []);
  return (
    <>
      <p className="page-intro">{m.wall.lookPanel.intro}</p>
      <ErrorNotice error={look.error} />
      {look.data ? <Editor initial={look.data} /> : null}
    </>
  );
}
