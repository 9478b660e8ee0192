import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { LEADERBOARD_METRICS, type EventTypeName, type LevelView, type MetricName, type Ranking, type RankingPeriod, type RankingRow, type RepScope } from '../../../preload/contract';
import { ScopeSelect } from './portfolio/ScopeSelect';
import { useQuery } from '../../api/use-query';
import { Avatar } from '../../ui/components/Avatar';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { RankBadge } from '../../ui/components/Medal';
import { PageHeader } from '../../ui/components/PageHeader';
import { EventTypeField } from '../../ui/game/EventTypeField';
import { LevelChip } from '../../ui/game/LevelChip';
import { Movement } from '../../ui/game/Movement';
import { useI18n } from '../../ui/i18n/i18n';
import { BoardSettings } from './BoardSettings';

const PERIODS: RankingPeriod[] = ['day', 'week', 'month', 'quarter', 'year', 'custom'];
const TABLES = ['ledger', 'events', 'reps', 'teams', 'workspace', 'rules', 'game'] as const;

interface Row extends RankingRow {
  level: LevelView | null;
}

const column = createColumnHelper<Row>();

function useColumns(ranking: Ranking | undefined) {
  const { m, f } = useI18n();
  return useMemo(() => {
    const team = ranking?.groupBy === 'team';
    const format = (value: number) => (ranking?.metric === 'revenue' ? f.money(value, ranking.baseCurrency) : f.number(value));
    const top = Math.max(1, ...(ranking?.rows ?? []).map((r) => r.value));
    return [
      column.accessor('rank', { header: m.leaderboard.rank, cell: (c) => <RankBadge rank={c.getValue()} size={30} />, meta: { className: 'col-rank' } }),
      column.accessor('movement', {
        header: m.game.board.movement,
        cell: (c) => <Movement movement={c.getValue()} showNew />,
        sortingFn: (a, b) => (a.original.movement ?? -999) - (b.original.movement ?? -999),
        meta: { className: 'col-move' },
      }),
      column.accessor('name', {
        header: team ? m.game.board.team : m.leaderboard.rep,
        cell: (c) => (
          <span className="rep-cell">
            <Avatar name={c.getValue()} size={34} />
            <span className="rep-name">{c.getValue()}</span>
          </span>
        ),
      }),
      team
        ? column.accessor('members', { header: m.game.board.reps, cell: (c) => <span className="muted">{m.game.board.members(c.getValue())}</span> })
        : column.accessor((r) => r.teamName ?? '', { id: 'team', header: m.game.board.team, cell: (c) => <span className="muted">{c.getValue() || m.game.board.noTeam}</span> }),
      ...(team
        ? []
        : [
            column.accessor((r) => r.level?.xp ?? 0, {
              id: 'level',
              header: m.game.board.level,
              cell: (c) => (c.row.original.level ? <LevelChip level={c.row.original.level} compact /> : null),
            }),
          ]),
      column.display({
        id: 'bar',
        header: '',
        cell: (c) => (
          <span className="bar">
            <span className="bar-fill" style={{ width: `${Math.max(0, (c.row.original.value / top) * 100)}%` }} />
          </span>
        ),
        meta: { className: 'col-bar' },
      }),
      column.accessor('value', {
        header: ranking ? m.game.metrics[ranking.metric] : m.leaderboard.points,
        cell: (c) => format(c.getValue()),
        sortDescFirst: true,
        meta: { className: 'col-num tabular points-cell', testId: 'points' },
      }),
    ];
  }, [m, f, ranking]);
}

export function LeaderboardScreen() {
  const { m, f } = useI18n();
  const [period, setPeriod] = useState<RankingPeriod>('week');
  const [range, setRange] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [metric, setMetric] = useState<MetricName>('points');
  const [eventType, setEventType] = useState<EventTypeName>('quote.sent');
  const [groupBy, setGroupBy] = useState<'rep' | 'team'>('rep');
  const [teamId, setTeamId] = useState<number | undefined>(undefined);
  const [group, setGroup] = useState<RepScope>({ kind: 'all' });
  const [sorting, setSorting] = useState<SortingState>([{ id: 'rank', desc: false }]);

  const custom = period === 'custom' && range.from !== '' && range.to !== '';
  const input = {
    metric,
    period: period === 'custom' && !custom ? ('week' as const) : period,
    groupBy,
    ...(metric === 'event_count' ? { eventType } : {}),
    ...(custom ? { from: range.from, to: range.to } : {}),
    ...(teamId !== undefined && groupBy === 'rep' ? { teamId } : {}),
    ...(group.kind !== 'all' ? { scope: group } : {}),
  };
  const board = useQuery('leaderboard.query', input, TABLES);
  const levels = useQuery('levels.list', {}, ['ledger', 'reps', 'game']);
  const teams = useQuery('teams.list', {}, ['teams', 'reps']);
  const groupings = useQuery('groupings.list', {}, ['groupings']);
  const columns = useColumns(board.data);
  const data = useMemo<Row[]>(() => {
    const byRep = new Map((levels.data ?? []).map((l) => [l.repId, l]));
    return (board.data?.rows ?? []).map((r) => ({ ...r, level: board.data?.groupBy === 'rep' ? (byRep.get(r.id) ?? null) : null }));
  }, [board.data, levels.data]);
  // TanStack Table returns a fresh table object each render by design; nothing here memoizes it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  const choosePeriod = (p: RankingPeriod) => {
    if (p === 'custom' && board.data && range.from === '') setRange({ from: board.data.period.firstDay, to: board.data.period.lastDay });
    setPeriod(p);
  };
  const periodLabel = (p: RankingPeriod) => (p === 'custom' ? m.game.board.custom : m.leaderboard.periods[p]);
  const shown = board.data;

  return (
    <section className="screen">
      <PageHeader
        title={m.leaderboard.title}
        intro={shown ? `${periodLabel(period)} · ${f.dayRange(shown.period.firstDay, shown.period.lastDay)} · ${m.game.board.vsPrevious(f.dayRange(shown.previous.firstDay, shown.previous.lastDay))}` : undefined}
        actions={
          <div className="segmented" role="tablist" aria-label={m.leaderboard.title}>
            {PERIODS.map((p) => (
              <button key={p} type="button" role="tab" aria-selected={p === period} className={p === period ? 'is-selected' : ''} onClick={() => choosePeriod(p)}>
                {periodLabel(p)}
              </button>
            ))}
          </div>
        }
      />
      <div className="card board-controls">
        {period === 'custom' ? (
          <>
            <label className="field">
              <span>{m.game.board.from}</span>
              <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} data-testid="range-from" />
            </label>
            <label className="field">
              <span>{m.game.board.to}</span>
              <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} data-testid="range-to" />
            </label>
          </>
        ) : null}
        <label className="field">
          <span>{m.game.board.metric}</span>
          <select value={metric} onChange={(e) => setMetric(e.target.value as MetricName)} data-testid="metric">
            {LEADERBOARD_METRICS.map((x) => (
              <option key={x} value={x}>
                {m.game.metrics[x]}
              </option>
            ))}
          </select>
        </label>
        {metric === 'event_count' ? <EventTypeField value={eventType} onChange={setEventType} /> : null}
        <label className="field">
          <span>{m.game.board.groupBy}</span>
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as 'rep' | 'team')} data-testid="group-by">
            <option value="rep">{m.game.board.reps}</option>
            <option value="team">{m.game.board.teams}</option>
          </select>
        </label>
        {groupBy === 'rep' ? (
          <label className="field">
            <span>{m.game.board.team}</span>
            <select value={teamId ?? ''} onChange={(e) => setTeamId(e.target.value === '' ? undefined : Number(e.target.value))} data-testid="team-filter">
              <option value="">{m.game.board.allTeams}</option>
              {(teams.data ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {groupBy === 'rep' && (groupings.data ?? []).length > 0 ? (
          <label className="field">
            <span>{m.org.scope.label}</span>
            <ScopeSelect value={group} teams={[]} groupings={groupings.data ?? []} onChange={setGroup} />
          </label>
        ) : null}
        <span className="muted small board-hint">{m.game.board.sortHint}</span>
      </div>
      <ErrorNotice error={board.error} onRetry={board.refresh} />
      <div className="card">
        {data.length === 0 && !board.loading ? <p className="empty">{groupBy === 'team' ? m.game.board.noTeams : m.leaderboard.noReps}</p> : null}
        {data.length > 0 ? (
          <table className="table leaderboard-table" data-testid="leaderboard">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const meta = header.column.columnDef.meta as { className?: string } | undefined;
                    const sorted = header.column.getIsSorted();
                    return (
                      <th key={header.id} className={meta?.className} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                        {header.column.getCanSort() && header.id !== 'bar' ? (
                          <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                            {flexRender(header.column.columnDef.header, header.getContext())}
                            <span aria-hidden="true">{sorted === 'asc' ? ' ↑' : sorted === 'desc' ? ' ↓' : ''}</span>
                          </button>
                        ) : (
                          flexRender(header.column.columnDef.header, header.getContext())
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.original.id} data-rep={row.original.name}>
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta as { className?: string; testId?: string } | undefined;
                    return (
                      <td key={cell.id} className={meta?.className} data-testid={meta?.testId}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {data.length > 0 && !data.some((r) => r.value !== 0) ? <p className="empty subtle">{m.leaderboard.empty}</p> : null}
      </div>
      <BoardSettings />
    </section>
  );
}
