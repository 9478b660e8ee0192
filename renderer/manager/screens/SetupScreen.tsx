import { useMemo, useState, type FormEvent } from 'react';
import type { AppError, Locale, Workspace } from '../../../preload/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';
import { useNow } from '../../ui/use-now';
import { PinCard } from './PinCard';

const LOCALES: Locale[] = ['en', 'pt-BR'];

function SetupForm({ workspace }: { workspace: Workspace }) {
  const { m, f } = useI18n();
  const setWorkspace = useManager((s) => s.setWorkspace);
  const [draft, setDraft] = useState(workspace);
  const [error, setError] = useState<AppError | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const currencies = useMemo(() => Intl.supportedValuesOf('currency'), []);
  const now = useNow(30_000);
  const nowThere = useMemo(() => {
    try {
      return new Intl.DateTimeFormat(f.locale, { timeZone: draft.timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(now);
    } catch {
      return null;
    }
  }, [draft.timeZone, f.locale, now]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState('saving');
    const result = await call('workspace.update', {
      name: draft.name,
      timeZone: draft.timeZone,
      weekStart: draft.weekStart,
      baseCurrency: draft.baseCurrency,
      locale: draft.locale,
    });
    if (!result.ok) {
      setState('idle');
      return setError(result.error);
    }
    setError(null);
    setState('saved');
    setWorkspace(result.value);
    setTimeout(() => setState('idle'), 1500);
  };

  return (
    <form className="card form-grid" onSubmit={(e) => void save(e)}>
      <label className="field">
        <span>{m.setup.name}</span>
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required maxLength={80} />
      </label>
      <label className="field">
        <span>{m.setup.language}</span>
        <select value={draft.locale} onChange={(e) => setDraft({ ...draft, locale: e.target.value as Locale })}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {m.setup.languages[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{m.setup.timeZone}</span>
        <input list="time-zones" value={draft.timeZone} onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })} required />
        <datalist id="time-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        {nowThere ? <small className="muted">{m.setup.preview(nowThere)}</small> : null}
      </label>
      <label className="field">
        <span>{m.setup.weekStart}</span>
        <select value={draft.weekStart} onChange={(e) => setDraft({ ...draft, weekStart: Number(e.target.value) })}>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <option key={d} value={d}>
              {f.weekday(d)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{m.setup.baseCurrency}</span>
        <input list="currencies" value={draft.baseCurrency} onChange={(e) => setDraft({ ...draft, baseCurrency: e.target.value.toUpperCase() })} required maxLength={3} />
        <datalist id="currencies">
          {currencies.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <small className="muted">{m.setup.baseCurrencyHint}</small>
      </label>
      <div className="form-actions">
        <ErrorNotice error={error} />
        <button type="submit" className="btn btn-primary" disabled={state === 'saving'}>
          {state === 'saving' ? m.common.saving : state === 'saved' ? `✓ ${m.common.saved}` : m.common.save}
        </button>
      </div>
    </form>
  );
}

export function SetupScreen() {
  const { m } = useI18n();
  const workspace = useManager((s) => s.workspace);
  return (
    <section className="screen">
      <PageHeader title={m.setup.title} intro={m.setup.intro} />
      {workspace ? <SetupForm workspace={workspace} /> : null}
      <PinCard />
    </section>
  );
}
