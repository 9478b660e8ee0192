import { useState } from 'react';
import type { PeriodKindName, RepScope } from '../../../preload/contract';
import { ScopeSelect } from './portfolio/ScopeSelect';
import { useQuery } from '../../api/use-query';
import { Avatar } from '../../ui/components/Avatar';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { RankBadge } from '../../ui/components/Medal';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';

const PERIODS: PeriodKindName[] = ['day', 'week', 'month', 'quarter', 'year'];

export function LeaderboardScreen() {
  const { m, f } = useI18n();
  const [period, setPeriod] = useState<PeriodKindName>('week');
  const [scope, setScope] = useState<RepScope>({ kind: 'all' });
  const board = useQuery('leaderboard.get', { period, ...(scope.kind === 'all' ? {} : { scope }) }, ['ledger', 'reps', 'workspace', 'rules', 'groupings', 'teams']);
  const teams = useQuery('teams.list', {}, ['teams']);
  const groupings = useQuery('groupings.list', {}, ['groupings']);
  const rows = board.data?.rows ?? [];
  const top = Math.max(1, ...rows.map((r) => r.points));
  const anyPoints = rows.some((r) => r.points !== 0);

  return (
    <section className="screen">
      <PageHeader
        title={m.leaderboard.title}
        intro={board.data ? `${m.leaderboard.periods[period]} · ${f.dayRange(board.data.period.firstDay, board.data.period.lastDay)}` : undefined}
        actions={
          <div className="header-controls">
          <ScopeSelect value={scope} teams={teams.data ?? []} groupings={groupings.data ?? []} onChange={setScope} label={m.org.scope.label} />
          <div className="segmented" role="tablist" aria-label={m.leaderboard.title}>
            {PERIODS.map((p) => (
              <button key={p} type="button" role="tab" aria-selected={p === period} className={p === period ? 'is-selected' : ''} onClick={() => setPeriod(p)}>
                {m.leaderboard.periods[p]}
              </button>
            ))}
          </div>
          </div>
        }
      />
      <ErrorNotice error={board.error} onRetry={board.refresh} />
      <div className="card">
        {rows.length === 0 && !board.loading ? <p className="empty">{m.leaderboard.noReps}</p> : null}
        {rows.length > 0 ? (
          <table className="table leaderboard-table" data-testid="leaderboard">
            <thead>
              <tr>
                <th className="col-rank">{m.leaderboard.rank}</th>
                <th>{m.leaderboard.rep}</th>
                <th className="col-bar" aria-hidden="true" />
                <th className="col-num">{m.leaderboard.points}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.repId} data-rep={row.name}>
                  <td className="col-rank">
                    <RankBadge rank={row.rank} size={30} />
                  </td>
                  <td>
                    <span className="rep-cell">
                      <Avatar name={row.name} size={34} src={row.avatarUrl} />
                      <span className="rep-name">{row.name}</span>
                    </span>
                  </td>
                  <td className="col-bar">
                    <span className="bar">
                      <span className="bar-fill" style={{ width: `${Math.max(0, (row.points / top) * 100)}%` }} />
                    </span>
                  </td>
                  <td className="col-num tabular points-cell" data-testid="points">
                    {f.number(row.points)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {rows.length > 0 && !anyPoints ? <p className="empty subtle">{m.leaderboard.empty}</p> : null}
      </div>
    </section>
  );
}
