import type { AppError, Rep, RepLink, Team } from '../../../preload/contract';
import { call } from '../../api/client';
import { Avatar } from '../../ui/components/Avatar';
import { CopyButton } from '../../ui/components/CopyButton';
import { useI18n } from '../../ui/i18n/i18n';

export function RepRow({ rep, teams, link, onError }: { rep: Rep; teams: Team[]; link: RepLink | undefined; onError: (e: AppError | null) => void }) {
  const { m, f } = useI18n();
  const run = async (work: Promise<{ ok: true } | { ok: false; error: AppError }>) => {
    const result = await work;
    onError(result.ok ? null : result.error);
  };
  return (
    <li className={rep.active ? '' : 'is-inactive'} data-testid={`rep-${rep.id}`}>
      <Avatar name={rep.name} size={38} />
      <div className="rep-main">
        <div className="rep-name">{rep.name}</div>
        <div className="muted small">
          {rep.email ?? '—'} · {m.reps.since(f.date(rep.createdAt))}
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
      </div>
      <select
        aria-label={m.reps.team}
        value={rep.teamId ?? ''}
        onChange={(e) => void run(call('reps.update', { id: rep.id, teamId: e.target.value === '' ? null : Number(e.target.value) }))}
      >
        <option value="">{m.reps.noTeam}</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {!link ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => void run(call('repLinks.create', { repId: rep.id }))}>
          {m.reps.newLink}
        </button>
      ) : null}
      <span className={`pill ${rep.active ? 'pill-green' : 'pill-grey'}`}>{rep.active ? m.reps.active : m.reps.inactive}</span>
      <button type="button" className="btn btn-ghost btn-small" onClick={() => void run(call('reps.update', { id: rep.id, active: !rep.active }))}>
        {rep.active ? m.reps.deactivate : m.reps.activate}
      </button>
    </li>
  );
}
