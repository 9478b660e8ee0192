import { useMemo, useState, type FormEvent } from 'react';
import type { AppError, Rep } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { BulkBar } from './BulkBar';
import { RepEditor } from './RepEditor';
import { RepRow } from './RepRow';

export function RepsScreen() {
  const { m } = useI18n();
  const reps = useQuery('reps.list', {}, ['reps']);
  const teams = useQuery('teams.list', {}, ['teams', 'reps']);
  const groupings = useQuery('groupings.list', {}, ['groupings', 'reps']);
  const links = useQuery('repLinks.list', {}, ['repLinks', 'reps']);
  const portfolio = useQuery('portfolio.summary', {}, ['customers', 'reps']);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [startDate, setStartDate] = useState('');
  const [search, setSearch] = useState('');
  const [showLeft, setShowLeft] = useState(false);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('reps.create', { name, ...(email.trim() ? { email: email.trim() } : {}), ...(startDate ? { startDate } : {}) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setName('');
    setEmail('');
    setStartDate('');
  };

  const all = reps.data ?? [];
  const counts = useMemo(() => new Map((portfolio.data?.reps ?? []).map((r) => [r.repId, r.customerCount])), [portfolio.data]);
  const needle = search.trim().toLowerCase();
  const shown = all.filter((r: Rep) => (showLeft || r.leftOn === null) && (!needle || r.name.toLowerCase().includes(needle) || (r.email ?? '').includes(needle)));
  const select = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const allShownSelected = shown.length > 0 && shown.every((r) => selected.has(r.id));
  const editingRep = all.find((r) => r.id === editing);

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
        <label className="field">
          <span>{m.org.reps.startDate}</span>
          <input name="startDate" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {m.reps.add}
        </button>
      </form>
      <ErrorNotice error={error ?? reps.error} />
      <div className="card">
        {all.length === 0 && !reps.loading ? <p className="empty">{m.reps.empty}</p> : null}
        {all.length > 0 ? (
          <>
            <div className="list-toolbar">
              <label className="check-label">
                <input type="checkbox" checked={allShownSelected} onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((r) => r.id)) : new Set())} />
                {m.org.reps.selectAll}
              </label>
              <input type="search" className="search-input" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={m.org.reps.search} aria-label={m.org.reps.search} />
              <label className="check-label">
                <input type="checkbox" checked={showLeft} onChange={(e) => setShowLeft(e.target.checked)} />
                {m.org.reps.showLeft}
              </label>
              <span className="card-caption toolbar-count">{m.reps.count(shown.length)}</span>
            </div>
            {selected.size > 0 ? (
              <BulkBar repIds={[...selected]} teams={teams.data ?? []} groupings={groupings.data ?? []} onError={setError} onClear={() => setSelected(new Set())} />
            ) : null}
            <p className="muted small">{m.reps.linkHint}</p>
            <ul className="rep-list">
              {shown.map((rep) => (
                <RepRow
                  key={rep.id}
                  rep={rep}
                  teams={teams.data ?? []}
                  groupings={groupings.data ?? []}
                  link={(links.data ?? []).find((l) => l.repId === rep.id && l.revokedAt === null)}
                  customers={counts.get(rep.id) ?? 0}
                  selected={selected.has(rep.id)}
                  onSelect={(on) => select(rep.id, on)}
                  onEdit={() => setEditing(rep.id)}
                  onError={setError}
                />
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {editingRep ? (
        <RepEditor
          rep={editingRep}
          reps={all}
          teams={teams.data ?? []}
          groupings={groupings.data ?? []}
          customers={counts.get(editingRep.id) ?? 0}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
