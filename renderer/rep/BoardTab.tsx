import { useState } from 'react';
import type { PeriodKindName } from '../../preload/contract';
import { Avatar } from '../ui/components/Avatar';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { RankBadge } from '../ui/components/Medal';
import { Movement } from '../ui/game/Movement';
import { useI18n } from '../ui/i18n/i18n';
import { useRepQuery } from './api';
import { AliasCard } from './AliasCard';

const PERIODS: PeriodKindName[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The public board with the rep's own row highlighted (and shown even below the public top N). */
export function BoardTab({ aliasMode }: { aliasMode: boolean }) {
  const { m, f } = useI18n();
  const [period, setPeriod] = useState<PeriodKindName>('week');
  const board = useRepQuery('me.leaderboard', { period });
  const rows = board.data?.rows ?? [];
  const me = board.data?.me;
  const hidden = me !== null && me !== undefined && !rows.some((r) => r.isMe);
  return (
    <>
      <div className="rep-periods" role="tablist">
        {PERIODS.map((p) => (
          <button key={p} type="button" role="tab" aria-selected={p === period} className={p === period ? 'is-selected' : ''} onClick={() => setPeriod(p)}>
            {m.leaderboard.periods[p]}
          </button>
        ))}
      </div>
      {me ? (
        <section className="rep-summary" data-testid="my-rank">
          <RankBadge rank={me.rank} size={56} />
          <div>
            <div className="rep-summary-rank">{m.rep.rankOf(me.rank, board.data?.total ?? rows.length)}</div>
            <div className="rep-summary-points tabular">{m.common.points(f.number(me.points))}</div>
          </div>
          {me.movement !== null ? (
            <div className="rep-summary-move">
              <Movement movement={me.movement} />
            </div>
          ) : null}
        </section>
      ) : null}
      <ErrorNotice error={board.error} />
      <section className="rep-card">
        <h2>{m.leaderboard.title}</h2>
        {board.data ? <div className="muted small">{f.dayRange(board.data.period.firstDay, board.data.period.lastDay)}</div> : null}
        <ol className="rep-board" data-testid="rep-leaderboard">
          {rows.map((row, i) => (
            <li key={`${row.rank}-${row.name}-${i}`} className={row.isMe ? 'is-me' : ''} aria-current={row.isMe ? 'true' : undefined}>
              <RankBadge rank={row.rank} size={28} />
              <Avatar name={row.name} size={32} src={row.avatarUrl} />
              <span className="rep-board-name">
                {row.name}
                {row.isMe ? <span className="you">{m.rep.you}</span> : null}
              </span>
              <Movement movement={row.movement} />
              <span className="rep-board-points tabular">{f.number(row.points)}</span>
            </li>
          ))}
        </ol>
        {hidden && me ? <p className="muted small">{m.game.rep.notShown(me.rank)}</p> : null}
      </section>
      {aliasMode ? <AliasCard /> : null}
    </>
  );
}
