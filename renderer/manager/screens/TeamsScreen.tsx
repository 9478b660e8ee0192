import { useState, type FormEvent } from 'react';
import type { AppError, GroupingKind, Result } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';

interface Item {
  id: number;
  name: string;
  memberCount: number;
  regions?: string[];
}

const parseRegions = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);

function GroupRow({ item, kind, run }: { item: Item; kind: 'team' | GroupingKind; run: (work: Promise<Result<unknown>>) => Promise<boolean> }) {
  const { m } = useI18n();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(item.name);
  const [regions, setRegions] = useState((item.regions ?? []).join(', '));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const work =
      kind === 'team'
        ? call('teams.rename', { id: item.id, name })
        : call('groupings.update', { id: item.id, name, ...(kind === 'territory' ? { regions: parseRegions(regions) } : {}) });
    if (await run(work)) setEditing(false);
  };
  const remove = () => {
    if (!window.confirm(m.org.teams.confirmDelete(item.name, item.memberCount))) return;
    void run(kind === 'team' ? call('teams.delete', { id: item.id }) : call('groupings.delete', { id: item.id }));
  };
  if (editing) {
    return (
      <li className="group-row is-editing">
        <form className="form-row" onSubmit={(e) => void save(e)}>
          <label className="field grow">
            <span>{m.org.teams.name}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} autoFocus />
          </label>
          {kind === 'territory' ? (
            <label className="field grow">
              <span>{m.org.teams.regions}</span>
              <input value={regions} onChange={(e) => setRegions(e.target.value)} placeholder="SP, RJ" />
            </label>
          ) : null}
          <button type="submit" className="btn btn-primary btn-small">
            {m.common.save}
          </button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>
            {m.common.cancel}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="group-row" data-testid={`group-${item.name}`}>
      <div className="group-main">
        <strong>{item.name}</strong>
        <span className="muted small">{m.org.teams.members(item.memberCount)}</span>
        {kind === 'territory' ? (
          <span className="region-chips">
            {(item.regions ?? []).length === 0 ? <span className="muted small">{m.org.teams.noRegions}</span> : null}
            {(item.regions ?? []).map((r) => (
              <span key={r} className="chip">
                {r}
              </span>
            ))}
          </span>
        ) : null}
      </div>
      <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(true)}>
        {m.org.teams.rename}
      </button>
      <button type="button" className="btn btn-danger-ghost btn-small" onClick={remove}>
        {m.org.teams.delete}
      </button>
    </li>
  );
}

function GroupCard({ kind, title, items, run }: { kind: 'team' | GroupingKind; title: string; items: Item[]; run: (work: Promise<Result<unknown>>) => Promise<boolean> }) {
  const { m } = useI18n();
  const [name, setName] = useState('');
  const [regions, setRegions] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const work = kind === 'team' ? call('teams.create', { name }) : call('groupings.create', { kind, name, regions: kind === 'territory' ? parseRegions(regions) : [] });
    if (await run(work)) {
      setName('');
      setRegions('');
    }
  };
  return (
    <section className="card group-card" aria-label={title} data-testid={`card-${kind}`}>
      <h2>{title}</h2>
      {items.length === 0 ? <p className="muted">{m.org.teams.empty}</p> : null}
      <ul className="group-list">
        {items.map((item) => (
          <GroupRow key={item.id} item={item} kind={kind} run={run} />
        ))}
      </ul>
      <form className="form-row" onSubmit={(e) => void add(e)}>
        <label className="field grow">
          <span>{m.org.teams.name}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={m.org.teams.placeholders[kind]} required maxLength={60} />
        </label>
        {kind === 'territory' ? (
          <label className="field grow">
            <span>{m.org.teams.regions}</span>
            <input value={regions} onChange={(e) => setRegions(e.target.value)} placeholder="SP, RJ" />
          </label>
        ) : null}
        <button type="submit" className="btn btn-secondary">
          {m.org.teams.add}
        </button>
      </form>
      {kind === 'territory' ? <p className="muted small">{m.org.teams.regionsHint}</p> : null}
    </section>
  );
}

export function TeamsScreen() {
  const { m } = useI18n();
  const teams = useQuery('teams.list', {}, ['teams', 'reps']);
  const groupings = useQuery('groupings.list', {}, ['groupings', 'reps']);
  const [error, setError] = useState<AppError | null>(null);
  const run = async (work: Promise<Result<unknown>>) => {
    const result = await work;
    setError(result.ok ? null : result.error);
    return result.ok;
  };
  const kinds: GroupingKind[] = ['territory', 'department', 'channel'];
  return (
    <section className="screen">
      <PageHeader title={m.org.teams.title} intro={m.org.teams.intro} />
      <ErrorNotice error={error ?? teams.error ?? groupings.error} />
      <p className="muted">
        {m.org.teams.assignHint} <a href="#/reps">{m.nav.reps} →</a>
      </p>
      <div className="group-grid">
        <GroupCard kind="team" title={m.reps.teams} items={teams.data ?? []} run={run} />
        {kinds.map((kind) => (
          <GroupCard key={kind} kind={kind} title={m.org.kindsPlural[kind]} items={(groupings.data ?? []).filter((g) => g.kind === kind)} run={run} />
        ))}
      </div>
    </section>
  );
}
