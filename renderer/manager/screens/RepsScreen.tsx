import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { RepRow } from './RepRow';
import { TeamsPanel } from './TeamsPanel';

export function RepsScreen() {
  const { m } = useI18n();
  const reps = useQuery('reps.list', {}, ['reps']);
  const teams = useQuery('teams.list', {}, ['teams', 'reps']);
  const links = useQuery('repLinks.list', {}, ['repLinks', 'reps']);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('reps.create', { name, ...(email.trim() ? { email: email.trim() } : {}) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setName('');
    setEmail('');
  };

  const list = reps.data ?? [];
  return (
    <section className="screen">
      <PageHeader title={m.reps.title} intro={m.reps.intro} />
      <form className="card form-row" onSubmit={(e) => void add(e)} aria-label={m.reps.add}>
        <label className="field grow">
          <span>{m.reps.name}</span>
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} placeholder={m.reps.namePlaceholder} required maxLength={80} />
        </label>
        <label className="field grow">
          <span>{m.reps.email}</span>
          <input name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder={m.reps.emailPlaceholder} maxLength={254} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {m.reps.add}
        </button>
      </form>
      <ErrorNotice error={error ?? reps.error} />
      <div className="card">
        {list.length === 0 && !reps.loading ? <p className="empty">{m.reps.empty}</p> : null}
        {list.length > 0 ? (
          <>
            <div className="card-caption">{m.reps.count(list.length)}</div>
            <p className="muted small">{m.reps.linkHint}</p>
            <ul className="rep-list">
              {list.map((rep) => (
                <RepRow
                  key={rep.id}
                  rep={rep}
                  teams={teams.data ?? []}
                  link={(links.data ?? []).find((l) => l.repId === rep.id && l.revokedAt === null)}
                  onError={setError}
                />
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <TeamsPanel teams={teams.data ?? []} onError={setError} />
    </section>
  );
}
