import type { Grouping, GroupingKind, RepScope, Team } from '../../../../preload/contract';
import { useI18n } from '../../../ui/i18n/i18n';

const encode = (scope: RepScope) => (scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.id}`);
function decode(value: string): RepScope {
  const [kind, id] = value.split(':');
  if (kind === 'team') return { kind: 'team', id: Number(id) };
  if (kind === 'grouping') return { kind: 'grouping', id: Number(id) };
  return { kind: 'all' };
}

/** Everyone, a team, or a territory / department / channel. */
export function ScopeSelect({ value, teams, groupings, onChange, label }: { value: RepScope; teams: Team[]; groupings: Grouping[]; onChange: (scope: RepScope) => void; label?: string }) {
  const { m } = useI18n();
  const kinds: GroupingKind[] = ['territory', 'department', 'channel'];
  return (
    <select value={encode(value)} onChange={(e) => onChange(decode(e.target.value))} aria-label={label}>
      <option value="all">{m.org.scope.everyone}</option>
      {teams.length > 0 ? (
        <optgroup label={m.org.scope.teams}>
          {teams.map((t) => (
            <option key={t.id} value={`team:${t.id}`}>
              {t.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {kinds.map((kind) =>
        groupings.some((g) => g.kind === kind) ? (
          <optgroup key={kind} label={m.org.kindsPlural[kind]}>
            {groupings
              .filter((g) => g.kind === kind)
              .map((g) => (
                <option key={g.id} value={`grouping:${g.id}`}>
                  {g.name}
                </option>
              ))}
          </optgroup>
        ) : null,
      )}
    </select>
  );
}
