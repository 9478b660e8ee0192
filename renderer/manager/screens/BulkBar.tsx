import { useState } from 'react';
import type { AppError, Grouping, GroupingKind, Team } from '../../../preload/contract';
import { call } from '../../api/client';
import { useI18n } from '../../ui/i18n/i18n';

/** Actions on the selected reps: one team for all, or a territory / department / channel added or removed. */
export function BulkBar({ repIds, teams, groupings, onError, onClear }: { repIds: number[]; teams: Team[]; groupings: Grouping[]; onError: (e: AppError | null) => void; onClear: () => void }) {
  const { m } = useI18n();
  const [team, setTeam] = useState('');
  const [group, setGroup] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const run = async (input: { teamId?: number | null; addGroupingIds?: number[]; removeGroupingIds?: number[] }, label: string) => {
    const result = await call('reps.bulkUpdate', { repIds, ...input });
    onError(result.ok ? null : result.error);
    setDone(result.ok ? label : null);
  };
  const kinds: GroupingKind[] = ['territory', 'department', 'channel'];
  const groupName = groupings.find((g) => String(g.id) === group)?.name ?? '';
  return (
    <div className="bulk-bar" role="region" aria-label={m.org.reps.selected(repIds.length)} data-testid="bulk-bar">
      <strong>{m.org.reps.selected(repIds.length)}</strong>
      <span className="bulk-group">
        <select aria-label={m.reps.team} value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">{m.org.reps.chooseTeam}</option>
          <option value="none">{m.reps.noTeam}</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-secondary btn-small" disabled={team === ''} onClick={() => void run({ teamId: team === 'none' ? null : Number(team) }, `${m.org.reps.setTeam} ✓`)}>
          {m.org.reps.setTeam}
        </button>
      </span>
      <span className="bulk-group">
        <select aria-label={m.org.reps.groups} value={group} onChange={(e) => setGroup(e.target.value)}>
          <option value="">{m.org.reps.chooseGroup}</option>
          {kinds.map((kind) => (
            <optgroup key={kind} label={m.org.kindsPlural[kind]}>
              {groupings
                .filter((g) => g.kind === kind)
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="button" className="btn btn-secondary btn-small" disabled={group === ''} onClick={() => void run({ addGroupingIds: [Number(group)] }, `${m.org.reps.addTo} ${groupName} ✓`)}>
          {m.org.reps.addTo}
        </button>
        <button type="button" className="btn btn-ghost btn-small" disabled={group === ''} onClick={() => void run({ removeGroupingIds: [Number(group)] }, `${m.org.reps.removeFrom} ${groupName} ✓`)}>
          {m.org.reps.removeFrom}
        </button>
      </span>
      {done ? (
        <span className="muted small" role="status">
          {done}
        </span>
      ) : null}
      <button type="button" className="btn btn-ghost btn-small bulk-clear" onClick={onClear}>
        {m.org.reps.clearSelection}
      </button>
    </div>
  );
}
