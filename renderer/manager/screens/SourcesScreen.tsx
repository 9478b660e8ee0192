import { useState, type FormEvent } from 'react';
import type { AppError, SourceKind } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { SourceCard } from './SourceCard';
import { settingsInput, SourceSettingsFields, type SettingsDraft } from './SourceSettingsFields';
import './sources.css';

export function SourcesScreen() {
  const { m } = useI18n();
  const sources = useQuery('sources.list', {}, ['sources', 'deliveries', 'held', 'events', 'identities']);
  const reps = useQuery('reps.list', {}, ['reps']);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('generic');
  const [draft, setDraft] = useState<SettingsDraft>({});
  const [error, setError] = useState<AppError | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const settings = settingsInput(kind, draft, false);
    const result = await call('sources.create', { kind, name, ...(Object.keys(settings).length > 0 ? { settings } : {}) });
    if (!result.ok) return setError(result.error);
    setError(null);
    setName('');
    setDraft({});
  };

  const list = sources.data ?? [];
  return (
    <section className="screen">
      <PageHeader title={m.sources.title} intro={m.sources.intro} />
      <form className="card new-source" onSubmit={(e) => void create(e)} aria-label={m.sources.add}>
        <div className="form-row">
          <label className="field grow">
            <span>{m.sources.name}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder={m.sources.namePlaceholder} required maxLength={80} />
          </label>
          <label className="field grow">
            <span>{m.sources.kind}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
              {(Object.keys(m.sourceSetup.kindNames) as SourceKind[]).map((k) => (
                <option key={k} value={k}>
                  {m.sources.kinds[k]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary">
            {m.sources.add}
          </button>
        </div>
        <p className="muted small kind-hint">{m.sourceSetup.kindHints[kind]}</p>
        <SourceSettingsFields kind={kind} draft={draft} onChange={setDraft} />
      </form>
      <ErrorNotice error={error ?? sources.error} />
      {list.length === 0 && !sources.loading ? <p className="card empty">{m.sources.empty}</p> : null}
      {list.map((source) => (
        <SourceCard key={source.id} source={source} reps={(reps.data ?? []).filter((r) => r.active)} />
      ))}
    </section>
  );
}
