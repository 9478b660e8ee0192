import { useState, type FormEvent } from 'react';
import type { AppError, Grouping, GroupingKind, Rep, Team } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Avatar } from '../../ui/components/Avatar';
import { Dialog } from '../../ui/components/Dialog';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { formatDay } from '../../ui/local-day';
import { squarePicture } from '../../ui/picture';
import { LeaveDialog, RehireDialog } from './LeaveDialog';

interface Props {
  rep: Rep;
  reps: Rep[];
  teams: Team[];
  groupings: Grouping[];
  customers: number;
  onClose: () => void;
}

/** Everything about one rep: profile, picture, groups, employment, leaving. */
export function RepEditor({ rep, reps, teams, groupings, customers, onClose }: Props) {
  const { m, f } = useI18n();
  const [draft, setDraft] = useState({ name: rep.name, email: rep.email ?? '', startDate: rep.startDate ?? '', capacity: rep.capacity === null ? '' : String(rep.capacity), teamId: rep.teamId });
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [rehiring, setRehiring] = useState(false);
  const employment = useQuery('reps.employment', { id: rep.id }, ['reps']);
  const left = rep.leftOn !== null;

  const result = (r: { ok: true } | { ok: false; error: AppError }) => {
    setError(r.ok ? null : r.error);
    return r.ok;
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = result(
      await call('reps.update', {
        id: rep.id,
        name: draft.name,
        email: draft.email.trim() ? draft.email.trim() : null,
        startDate: draft.startDate || null,
        capacity: draft.capacity.trim() === '' ? null : Number(draft.capacity),
        teamId: draft.teamId,
      }),
    );
    setSaved(ok);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    let dataUrl: string;
    try {
      dataUrl = await squarePicture(file);
    } catch {
      return setError({ code: 'invalid_input', message: m.org.reps.pictureTooBig });
    }
    result(await call('reps.setAvatar', { id: rep.id, dataUrl }));
  };
  const toggleGroup = async (id: number, on: boolean) => {
    const ids = on ? [...rep.groupingIds, id] : rep.groupingIds.filter((g) => g !== id);
    result(await call('reps.setGroupings', { id: rep.id, groupingIds: ids }));
  };
  const kinds: GroupingKind[] = ['territory', 'department', 'channel'];

  return (
    <Dialog title={m.org.reps.editTitle(rep.name)} onClose={onClose} wide testId="rep-editor">
      <div className="editor-grid">
        <form className="form-grid" onSubmit={(e) => void save(e)}>
          <label className="field">
            <span>{m.reps.name}</span>
            <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required maxLength={80} />
          </label>
          <label className="field">
            <span>{m.reps.email}</span>
            <input type="email" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} maxLength={254} />
          </label>
          <label className="field">
            <span>{m.reps.team}</span>
            <select value={draft.teamId ?? ''} onChange={(e) => setDraft({ ...draft, teamId: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">{m.reps.noTeam}</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{m.org.reps.startDate}</span>
            <input type="date" value={draft.startDate} onChange={(e) => setDraft({ ...draft, startDate: e.target.value })} />
          </label>
          <label className="field">
            <span>{m.org.reps.capacity}</span>
            <input type="number" min={0} max={100000} step={1} className="num-input wide" value={draft.capacity} onChange={(e) => setDraft({ ...draft, capacity: e.target.value })} />
            <small className="muted">{m.org.reps.capacityHint}</small>
          </label>
          <div className="form-actions">
            {saved ? <span className="muted small">✓ {m.common.saved}</span> : null}
            <button type="submit" className="btn btn-primary">
              {m.common.save}
            </button>
          </div>
        </form>
        <aside className="editor-side">
          <div className="picture-row">
            <Avatar name={rep.name} size={72} src={rep.avatarUrl} />
            <div className="stack-small">
              <label className="btn btn-secondary btn-small file-button">
                {m.org.reps.uploadPicture}
                <input type="file" accept="image/png,image/jpeg,image/webp" onChange={(e) => void upload(e.target.files?.[0])} />
              </label>
              {rep.avatarUrl ? (
                <button type="button" className="btn btn-ghost btn-small" onClick={() => void call('reps.removeAvatar', { id: rep.id }).then(result)}>
                  {m.org.reps.removePicture}
                </button>
              ) : null}
            </div>
          </div>
          <p className="muted small">{m.org.reps.pictureHint}</p>
          <h3>{m.org.reps.history}</h3>
          <ul className="timeline">
            {(employment.data ?? []).length === 0 ? <li className="muted small">{m.org.reps.noHistory}</li> : null}
            {(employment.data ?? []).map((entry, i) => (
              <li key={i}>
                {entry.kind === 'hired' ? m.org.reps.hired(formatDay(entry.day, f.locale)) : m.org.reps.left(formatDay(entry.day, f.locale))}
                {entry.note ? <span className="muted small"> · {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </aside>
      </div>
      <h3>{m.org.reps.groups}</h3>
      <div className="group-picker">
        {kinds.map((kind) => (
          <fieldset key={kind}>
            <legend>{m.org.kindsPlural[kind]}</legend>
            {groupings.filter((g) => g.kind === kind).length === 0 ? <span className="muted small">{m.org.teams.empty}</span> : null}
            {groupings
              .filter((g) => g.kind === kind)
              .map((g) => (
                <label key={g.id} className="check-label">
                  <input type="checkbox" checked={rep.groupingIds.includes(g.id)} onChange={(e) => void toggleGroup(g.id, e.target.checked)} />
                  {g.name}
                </label>
              ))}
          </fieldset>
        ))}
      </div>
      <ErrorNotice error={error} />
      <div className="dialog-actions spread">
        {left ? (
          <button type="button" className="btn btn-secondary" onClick={() => setRehiring(true)}>
            {m.org.reps.rehire}
          </button>
        ) : (
          <span className="row-gap">
            <button type="button" className="btn btn-ghost" onClick={() => void call('reps.update', { id: rep.id, active: !rep.active }).then(result)}>
              {rep.active ? m.reps.deactivate : m.reps.activate}
            </button>
            <button type="button" className="btn btn-danger-ghost" onClick={() => setLeaving(true)}>
              {m.org.reps.leave}
            </button>
          </span>
        )}
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          {m.org.reps.close}
        </button>
      </div>
      {leaving ? <LeaveDialog rep={rep} reps={reps} customers={customers} onClose={() => setLeaving(false)} /> : null}
      {rehiring ? <RehireDialog rep={rep} onClose={() => setRehiring(false)} /> : null}
    </Dialog>
  );
}
