import { useState, type FormEvent } from 'react';
import type { AppError, Display } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { CopyButton } from '../../ui/components/CopyButton';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { useRouteSegment } from '../router';
import { useManager } from '../store';
import { CelebrationsPanel } from './wallboard/CelebrationsPanel';
import { DisplayEditor } from './wallboard/DisplayEditor';
import { LookPanel } from './wallboard/LookPanel';
import './wallboard/wallboard-editor.css';

function DisplayRow({ display, onError }: { display: Display; onError: (e: AppError | null) => void }) {
  const { m, f } = useI18n();
  const electron = useManager((s) => s.electron);
  const screens = useQuery('desktop.screens', {}, []);
  const [screenId, setScreenId] = useState<number | undefined>(undefined);
  const revoked = display.revokedAt !== null;

  const revoke = async () => {
    const result = await call('displays.revoke', { id: display.id });
    onError(result.ok ? null : result.error);
  };
  const showFullScreen = async () => {
    const result = await call('displays.openKiosk', { id: display.id, ...(screenId !== undefined ? { screenId } : {}) });
    onError(result.ok ? null : result.error);
  };

  return (
    <li className={`display-row ${revoked ? 'is-revoked' : ''}`} data-testid={`display-${display.id}`}>
      <div className="display-main">
        <div className="rep-name">{display.name}</div>
        <div className="muted small">{revoked ? m.displays.revoked(f.dateTime(display.revokedAt ?? 0)) : m.displays.created(f.dateTime(display.createdAt))}</div>
        <div className="url-row">
          <code data-testid="display-url">{display.url}</code>
          {!revoked ? <CopyButton text={display.url} /> : null}
        </div>
      </div>
      {!revoked ? (
        <div className="display-actions">
          <a className="btn btn-secondary" href={`#/displays/${display.id}`}>
            {m.wall.editor.edit}
          </a>
          {electron && (screens.data ?? []).length > 0 ? (
            <>
              <select aria-label={m.displays.showOnScreen} value={screenId ?? ''} onChange={(e) => setScreenId(e.target.value === '' ? undefined : Number(e.target.value))}>
                {(screens.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label} · {s.width}×{s.height}
                  </option>
                ))}
              </select>
              <button type="button" className="btn btn-primary" onClick={() => void showFullScreen()}>
                {m.displays.showOnScreen}
              </button>
            </>
          ) : (
            <a className="btn btn-primary" href={display.url} target="_blank" rel="noreferrer">
              {m.displays.openInBrowser}
            </a>
          )}
          <button type="button" className="btn btn-danger-ghost" onClick={() => void revoke()}>
            {m.displays.revoke}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function DisplayLinks() {
  const { m } = useI18n();
  const displays = useQuery('displays.list', {}, ['displays']);
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('displays.create', { name });
    if (!result.ok) return setError(result.error);
    setError(null);
    setName('');
  };

  const list = displays.data ?? [];
  return (
    <>
      <p className="page-intro">{m.displays.intro}</p>
      <form className="card form-row" onSubmit={(e) => void create(e)} aria-label={m.displays.add}>
        <label className="field grow">
          <span>{m.displays.name}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={m.displays.namePlaceholder} required maxLength={80} />
        </label>
        <button type="submit" className="btn btn-primary">
          {m.displays.add}
        </button>
      </form>
      <ErrorNotice error={error ?? displays.error} />
      <div className="card">
        {list.length === 0 && !displays.loading ? <p className="empty">{m.displays.empty}</p> : null}
        <ul className="display-list">
          {list.map((d) => (
            <DisplayRow key={d.id} display={d} onError={setError} />
          ))}
        </ul>
      </div>
    </>
  );
}

const TABS = ['links', 'celebrations', 'look'] as const;

/** Displays: the TV links (each with its playlist editor), celebrations, and the look of every board. */
export function DisplaysScreen() {
  const { m } = useI18n();
  const param = useRouteSegment();
  if (param && /^\d+$/.test(param)) return <DisplayEditor displayId={Number(param)} />;
  const tab = param === 'celebrations' || param === 'look' ? param : 'links';
  return (
    <section className={`screen ${tab === 'look' ? 'screen-wide' : ''}`}>
      <PageHeader title={m.displays.title} />
      <nav className="tabs" aria-label={m.displays.title}>
        {TABS.map((t) => (
          <a key={t} href={t === 'links' ? '#/displays' : `#/displays/${t}`} className={`tab ${tab === t ? 'is-active' : ''}`} aria-current={tab === t ? 'page' : undefined}>
            {m.wall.tabs[t]}
          </a>
        ))}
      </nav>
      {tab === 'links' ? <DisplayLinks /> : tab === 'celebrations' ? <CelebrationsPanel /> : <LookPanel />}
    </section>
  );
}
