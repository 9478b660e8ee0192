import { useState } from 'react';
import type { PeriodKindName } from '../../preload/contract';
import { Avatar } from '../ui/components/Avatar';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { Logo } from '../ui/components/Logo';
import { RankBadge } from '../ui/components/Medal';
import { explain } from '../ui/explain';
import { I18nProvider, useI18n } from '../ui/i18n/i18n';
import { useRepQuery } from './api';
import { Portfolio } from './Portfolio';
import { CommissionSection } from './CommissionSection';

const PERIODS: PeriodKindName[] = ['day', 'week', 'month', 'quarter', 'year'];

function Performance() {
  const { m, f } = useI18n();
  const [period, setPeriod] = useState<PeriodKindName>('week');
  const board = useRepQuery('me.leaderboard', { period });
  const history = useRepQuery('me.history', { limit: 50 });
  const rows = board.data?.rows ?? [];
  const me = rows.find((r) => r.isMe);

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
            <div className="rep-summary-rank">{m.rep.rankOf(me.rank, rows.length)}</div>
            <div className="rep-summary-points tabular">{m.common.points(f.number(me.points))}</div>
          </div>
        </section>
      ) : null}
      <ErrorNotice error={board.error ?? history.error} />
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
              <span className="rep-board-points tabular">{f.number(row.points)}</span>
            </li>
          ))}
        </ol>
      </section>
      <Portfolio />
      <section className="rep-card">
        <h2>{m.rep.history}</h2>
        {(history.data ?? []).length === 0 ? <p className="muted">{m.rep.noHistory}</p> : null}
        <ul className="rep-history" data-testid="rep-history">
          {(history.data ?? []).map((line, i) => (
            <li key={`${line.eventId}-${i}`}>
              <span className={line.points >= 0 ? 'gain' : 'loss'}>{`${line.points >= 0 ? '+' : '−'}${f.number(Math.abs(line.points))}`}</span>
              <div>
                <div>
                  {m.eventTypes[line.type]}
                  {line.customerName ? ` · ${line.customerName}` : line.customerMoved ? ` · ${m.org.repPage.movedCustomer}` : ''}
                  {line.amountMinor !== null && line.currency ? ` · ${f.money(line.amountMinor, line.currency)}` : ''}
                </div>
                <div className="muted small">
                  {f.dateTime(line.occurredAt)} · {explain(line.explanation, m, f)}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function RepPage() {
  const { m } = useI18n();
  const profile = useRepQuery('me.profile', {});
  if (profile.error) {
    return (
      <main className="rep-page rep-gone">
        <Logo size={64} />
        <h1>{profile.error.code === 'forbidden' ? m.rep.revokedTitle : m.rep.unknownTitle}</h1>
        <p className="muted">{profile.error.message}</p>
      </main>
    );
  }
  if (!profile.data) return <main className="rep-page muted">{m.common.loading}</main>;
  return (
    <main className="rep-page">
      <header className="rep-header">
        <Avatar name={profile.data.name} size={52} src={profile.data.avatarUrl} />
        <div>
          <h1>{m.rep.hello(profile.data.name.split(' ')[0] ?? profile.data.name)}</h1>
          <div className="muted">{[profile.data.teamName, profile.data.workspace.name].filter(Boolean).join(' · ')}</div>
        </div>
        <Logo size={36} />
      </header>
      <Performance />
      <CommissionSection />
    </main>
  );
}

export function RepApp() {
  const profile = useRepQuery('me.profile', {});
  const locale = profile.data?.workspace.locale ?? (navigator.language.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en');
  const timeZone = profile.data?.workspace.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <I18nProvider locale={locale} timeZone={timeZone}>
      <RepPage />
    </I18nProvider>
  );
}
