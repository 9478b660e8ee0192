import { useState, type FormEvent } from 'react';
import type { AppError, Team } from '../../../preload/contract';
import { call } from '../../api/client';
import { useI18n } from '../../ui/i18n/i18n';

export function TeamsPanel({ teams, onError }: { teams: Team[]; onError: (e: AppError | null) => void }) {
  const { m } = useI18n();
  const [name, setName] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('teams.create', { name });
    onError(result.ok ? null : result.error);
    if (result.ok) setName('');
  };
  return (
    <div className="card">
      <h2>{m.reps.teams}</h2>
      <ul className="team-chips">
        {teams.map((t) => (
          <li key={t.id}>
            <strong>{t.name}</strong> <span className="muted">{m.reps.members(t.memberCount)}</span>
          </li>
        ))}
      </ul>
      <form className="form-row" onSubmit={(e) => void add(e)} aria-label={m.reps.addTeam}>
        <label className="field grow">
          <span>{m.reps.teamName}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={m.reps.teamPlaceholder} required maxLength={60} />
        </label>
        <button type="submit" className="btn btn-secondary">
          {m.reps.addTeam}
        </button>
      </form>
    </div>
  );
}
