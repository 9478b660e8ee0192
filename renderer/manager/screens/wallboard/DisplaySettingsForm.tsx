import { useState } from 'react';
import { PRIVACY_MODES, type AppError, type DisplaySettings } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { Toggle } from '../../../ui/components/Toggle';
import { useI18n } from '../../../ui/i18n/i18n';

/** How one TV shows names and plays celebrations: privacy, sound, volume, quiet hours. */
export function DisplaySettingsForm({ displayId, name: initialName, initial, onDraft }: { displayId: number; name: string; initial: DisplaySettings; onDraft(settings: DisplaySettings): void }) {
  const { m } = useI18n();
  const [draft, setDraftState] = useState(initial);
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const setDraft = (next: DisplaySettings) => {
    setDraftState(next);
    setSaved(false);
    onDraft(next);
  };
  const save = async () => {
    const result = await call('wallboard.updateDisplay', { displayId, name, settings: draft });
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
  };
  return (
    <div className="card form-grid wall-settings" aria-label={m.wall.editor.settings}>
      <div className="wall-caption span-2">
        <strong>{m.wall.editor.settings}</strong> <span className="muted">{m.wall.editor.settingsHint}</span>
      </div>
      <label className="field">
        <span>{m.wall.editor.name}</span>
        <input
          value={name}
          maxLength={80}
          required
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
        />
      </label>
      <label className="field">
        <span>{m.wall.editor.privacy}</span>
        <select value={draft.privacy} onChange={(e) => setDraft({ ...draft, privacy: e.target.value as DisplaySettings['privacy'] })}>
          {PRIVACY_MODES.map((p) => (
            <option key={p} value={p}>
              {m.wall.editor.privacyModes[p]}
            </option>
          ))}
        </select>
      </label>
      <div className="field field-inline">
        <Toggle checked={draft.celebrations} label={m.wall.editor.celebrationsOn} onChange={(v) => setDraft({ ...draft, celebrations: v })} />
        <span>{m.wall.editor.celebrationsOn}</span>
      </div>
      <div className="field field-inline">
        <Toggle checked={draft.sound} label={m.wall.editor.soundOn} onChange={(v) => setDraft({ ...draft, sound: v })} />
        <span>{m.wall.editor.soundOn}</span>
      </div>
      <label className="field">
        <span>
          {m.wall.editor.volume}: {draft.volume}%
        </span>
        <input type="range" min={0} max={100} step={5} value={draft.volume} disabled={!draft.sound} onChange={(e) => setDraft({ ...draft, volume: Number(e.target.value) })} />
      </label>
      <div className="field span-2">
        <span className="field-inline">
          <Toggle checked={draft.quietHours !== null} label={m.wall.editor.quietHours} onChange={(v) => setDraft({ ...draft, quietHours: v ? { from: '19:00', to: '08:00' } : null })} />
          <span>{m.wall.editor.quietHours}</span>
        </span>
        {draft.quietHours ? (
          <span className="field-inline">
            <label className="field-inline">
              {m.wall.editor.quietFrom}
              <input type="time" value={draft.quietHours.from} onChange={(e) => draft.quietHours && setDraft({ ...draft, quietHours: { ...draft.quietHours, from: e.target.value } })} />
            </label>
            <label className="field-inline">
              {m.wall.editor.quietTo}
              <input type="time" value={draft.quietHours.to} onChange={(e) => draft.quietHours && setDraft({ ...draft, quietHours: { ...draft.quietHours, to: e.target.value } })} />
            </label>
          </span>
        ) : null}
        <small className="muted">{m.wall.editor.quietHint}</small>
      </div>
      <div className="form-actions span-2">
        <ErrorNotice error={error} />
        <button type="button" className="btn btn-primary" onClick={() => void save()}>
          {saved ? `✓ ${m.wall.editor.settingsSaved}` : m.wall.editor.saveSettings}
        </button>
      </div>
    </div>
  );
}
