import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Avatar } from '../../ui/components/Avatar';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';

export function RepsScreen() {
  const { m, f } = useI18n();
  const reps = useQuery('reps.list', {}, ['reps']);
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

  const setActive = async (id: number, active: boolean) => {
    const result = await call('reps.update', { id, active });
    setError(result.ok ? null : result.error);
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
            <ul className="rep-list">
              {list.map((rep) => (
                <li key={rep.id} className={rep.active ? '' : 'is-inactive'}>
                  <Avatar name={rep.name} size={38} />
                  <div className="rep-main">
                    <div className="rep-name">{rep.name}</div>
                    <div className="muted small">{rep.email ?? '—'}</div>
                  </div>
                  <span className="muted small">{m.reps.since(f.date(rep.createdAt))}</span>
                  <span className={`pill ${rep.active ? 'pill-green' : 'pill-grey'}`}>{rep.active ? m.reps.active : m.reps.inactive}</span>
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => void setActive(rep.id, !rep.active)}>
                    {rep.active ? m.reps.deactivate : m.reps.activate}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
