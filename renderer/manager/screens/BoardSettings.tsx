import { useState } from 'react';
import { NAME_PRIVACY_MODES, TIE_BREAKS, type AppError, type GameSettings, type ProcedureInput } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';

const TOP_CHOICES = [null, 3, 5, 10] as const;

/** Saves one game setting as soon as it changes; shows "Saved" or the error. */
export function useGameSettings(): { settings: GameSettings | undefined; save: (patch: ProcedureInput<'game.updateSettings'>) => Promise<void>; error: AppError | null; saved: boolean } {
  const query = useQuery('game.settings', {}, ['game']);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (patch: ProcedureInput<'game.updateSettings'>) => {
    const result = await call('game.updateSettings', patch);
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
    if (result.ok) setTimeout(() => setSaved(false), 1500);
  };
  return { settings: query.data, save, error: error ?? query.error ?? null, saved };
}

/** How public screens (the TV, rep links) show the board: ties, names, top N. */
export function BoardSettings() {
  const { m } = useI18n();
  const s = m.game.settings;
  const { settings, save, error, saved } = useGameSettings();
  if (!settings) return <ErrorNotice error={error} />;
  return (
    <div className="card" data-testid="board-settings">
      <h2>
        {s.boardTitle} {saved ? <span className="pill pill-green">✓ {s.saved}</span> : null}
      </h2>
      <p className="muted small">{s.boardIntro}</p>
      <div className="form-row">
        <label className="field grow">
          <span>{s.tieBreak}</span>
          <select value={settings.tieBreak} onChange={(e) => void save({ tieBreak: e.target.value as GameSettings['tieBreak'] })}>
            {TIE_BREAKS.map((t) => (
              <option key={t} value={t}>
                {s.tieBreaks[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{s.privacy}</span>
          <select value={settings.namePrivacy} onChange={(e) => void save({ namePrivacy: e.target.value as GameSettings['namePrivacy'] })} data-testid="privacy">
            {NAME_PRIVACY_MODES.map((p) => (
              <option key={p} value={p}>
                {s.privacyModes[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{s.topN}</span>
          <select value={settings.publicTopN ?? ''} onChange={(e) => void save({ publicTopN: e.target.value === '' ? null : Number(e.target.value) })} data-testid="top-n">
            {TOP_CHOICES.map((n) => (
              <option key={n ?? 'all'} value={n ?? ''}>
                {n === null ? s.topAll : s.topOnly(n)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
