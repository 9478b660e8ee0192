import { useState } from 'react';
import type { AppError } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { Toggle } from '../../../ui/components/Toggle';
import { useI18n } from '../../../ui/i18n/i18n';

/** Desktop app only: this display opens full screen on a chosen screen when the computer starts. */
export function AutostartRow({ displayId }: { displayId: number }) {
  const { m } = useI18n();
  const current = useQuery('wallboard.getAutostart', {}, []);
  const screens = useQuery('desktop.screens', {}, []);
  const [error, setError] = useState<AppError | null>(null);
  if (!current.data?.available) return null;
  const on = current.data.displayId === displayId;
  const set = async (enabled: boolean, screenId: number | null) => {
    const result = await call('wallboard.setAutostart', { displayId: enabled ? displayId : null, screenId });
    setError(result.ok ? null : result.error);
    current.refresh();
  };
  return (
    <div className="card form-row">
      <div className="field field-inline grow">
        <Toggle checked={on} label={m.wall.editor.autostart} onChange={(v) => void set(v, current.data?.screenId ?? null)} />
        <span>{m.wall.editor.autostart}</span>
      </div>
      {on ? (
        <label className="field">
          <span>{m.wall.editor.autostartScreen}</span>
          <select value={current.data.screenId ?? ''} onChange={(e) => void set(true, e.target.value === '' ? null : Number(e.target.value))}>
            {(screens.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.label} · {s.width}×{s.height}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ErrorNotice error={error} />
    </div>
  );
}
