import type { AppError, Grouping, Rep, RepLink, Team } from '../../../preload/contract';
import { call } from '../../api/client';
import { Avatar } from '../../ui/components/Avatar';
import { CopyButton } from '../../ui/components/CopyButton';
import { useI18n } from '../../ui/i18n/i18n';
import { formatDay } from '../../ui/local-day';

export interface RepRowProps {
  rep: Rep;
  teams: Team[];
  groupings: Grouping[];
  link: RepLink | undefined;
  customers: number;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onError: (e: AppError | null) => void;
}

export function RepRow({ rep, teams, groupings, link, customers, selected, onSelect, onEdit, onError }: RepRowProps) {
  const { m, f } = useI18n();
  const run = async (work: Promise<{ ok: true } | { ok: false; error: AppError }>) => {
    const result = await work;
    onError(result.ok ? null : result.error);
  };
  const left = rep.leftOn !== null;
  const groups = groupings.filter((g) => rep.groupingIds.includes(g.id));
  return (
    <li className={`rep-row ${rep.active ? '' : 'is-inactive'} ${selected ? 'is-selected' : ''}`} data-testid={`rep-${rep.id}`}>
      <input type="checkbox" className="row-check" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={m.org.reps.select(rep.name)} />
      <Avatar name={rep.name} size={40} src={rep.avatarUrl} />
      <div className="rep-main">
        <div className="rep-name">{rep.name}</div>
        <div className="muted small">
          {rep.email ?? '—'} · {left ? m.org.reps.leftOn(formatDay(rep.leftOn ?? '', f.locale)) : rep.startDate ? m.org.reps.startedOn(formatDay(rep.startDate, f.locale)) : m.reps.since(f.date(rep.createdAt))}
        </div>
        {link ? (
          <div className="url-row small">
            <code data-testid="rep-link">{link.url}</code>
            <CopyButton text={link.url} />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void run(call('repLinks.create', { repId: rep.id }))}>
              {m.reps.replaceLink}
            </button>
            <button type="button" className="btn btn-danger-ghost btn-small" onClick={() => void run(call('repLinks.revoke', { id: link.id }))}>
              {m.reps.revokeLink}
            </button>
          </div>
        ) : null}
        {groups.length > 0 ? (
          <div className="chips" aria-label={m.org.reps.groups}>
            {groups.map((g) => (
              <span key={g.id} className={`chip chip-${g.kind}`} title={m.org.kinds[g.kind]}>
                {g.name}
              </span>
            ))}
          </div>
        ) : null}
      </div>
      <select
        aria-label={m.reps.team}
        value={rep.teamId ?? ''}
        disabled={left}
        onChange={(e) => void run(call('reps.update', { id: rep.id, teamId: e.target.value === '' ? null : Number(e.target.value) }))}
      >
        <option value="">{m.reps.noTeam}</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <a className="customer-count" href={`#/portfolio?rep=${rep.id}`} title={m.org.reps.customers}>
        <strong className="tabular">{f.number(customers)}</strong>
        <span className="muted small">{rep.capacity !== null ? ` / ${f.number(rep.capacity)}` : ''}</span>
      </a>
      {!link && !left ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => void run(call('repLinks.create', { repId: rep.id }))}>
          {m.reps.newLink}
        </button>
      ) : (
        <span />
      )}
      <span className={`pill ${rep.active ? 'pill-green' : 'pill-grey'}`}>{left ? m.org.reps.leftOn(formatDay(rep.leftOn ?? '', f.locale)) : rep.active ? m.reps.active : m.reps.inactive}</span>
      <button type="button" className="btn btn-secondary btn-small" onClick={onEdit}>
        {m.org.reps.edit}
      </button>
    </li>
  );
}
