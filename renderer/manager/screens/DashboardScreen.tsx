import { useState } from 'react';
import type { AppError, PeriodKindName } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Avatar } from '../../ui/components/Avatar';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { RankBadge } from '../../ui/components/Medal';
import { PageHeader } from '../../ui/components/PageHeader';
import { PointsOverTime } from '../../ui/game/charts';
import { DashboardWidget } from '../../ui/game/DashboardWidget';
import { momentText } from '../../ui/game/words';
import { BadgeMedal } from '../../ui/game/BadgeIcon';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';

const LIVE = ['ledger', 'events', 'reps', 'teams', 'goals', 'badges', 'game', 'workspace'] as const;

function Moments() {
  const { m, f } = useI18n();
  const feed = useQuery('recognition.feed', { limit: 12 }, LIVE);
  const moments = feed.data ?? [];
  return (
    <div className="card">
      <h2>{m.game.dashboard.moments}</h2>
      {moments.length === 0 ? <p className="muted">{m.game.dashboard.noMoments}</p> : null}
      <ul className="moments" data-testid="moments">
        {moments.map((moment, i) => (
          <li key={`${moment.kind}-${moment.repId}-${moment.at}-${i}`}>
            {moment.kind === 'badge' ? <BadgeMedal icon={moment.icon} category={moment.category} size={32} /> : <Avatar name={moment.name} size={32} />}
            <div>
              <strong>{moment.name}</strong> {momentText(moment, { m })}
              <div className="muted small">{f.time(moment.at)}</div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function KudosForm() {
  const { m } = useI18n();
  const d = m.game.dashboard;
  const reps = useQuery('reps.list', {}, ['reps']);
  const [repId, setRepId] = useState('');
  const [message, setMessage] = useState('');
  const [points, setPoints] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [sent, setSent] = useState(false);
  const send = async () => {
    const result = await call('kudos.give', { repId: Number(repId), message, points: points.trim() === '' ? 0 : Number(points) });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setMessage('');
      setPoints('');
      setSent(true);
      setTimeout(() => setSent(false), 2000);
    }
  };
  return (
    <div className="card">
      <h2>{d.kudosTitle}</h2>
      <p className="muted small">{d.kudosIntro}</p>
      <form
        className="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label className="field">
          <span>{d.kudosRep}</span>
          <select value={repId} onChange={(e) => setRepId(e.target.value)} required data-testid="kudos-rep">
            <option value="">{d.chooseRep}</option>
            {(reps.data ?? [])
              .filter((r) => r.active)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
          </select>
        </label>
        <label className="field grow">
          <span>{d.kudosMessage}</span>
          <input value={message} onChange={(e) => setMessage(e.target.value)} placeholder={d.kudosPlaceholder} maxLength={280} required data-testid="kudos-message" />
        </label>
        <label className="field">
          <span>{d.kudosPoints}</span>
          <input className="num-input wide" inputMode="numeric" value={points} onChange={(e) => setPoints(e.target.value)} placeholder="0" />
        </label>
        <button type="submit" className="btn btn-primary" disabled={repId === '' || message.trim() === ''}>
          {sent ? `✓ ${d.kudosSent}` : d.kudosSend}
        </button>
      </form>
      <ErrorNotice error={error} />
    </div>
  );
}

export function DashboardScreen() {
  const { m } = useI18n();
  const currency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const [period, setPeriod] = useState<PeriodKindName>('week');
  const widget = useQuery('dashboard.widget', {}, LIVE);
  const chart = useQuery('leaderboard.chart', { period }, LIVE);
  return (
    <section className="screen">
      <PageHeader title={m.game.dashboard.title} intro={m.game.dashboard.intro} />
      <ErrorNotice error={widget.error ?? chart.error} onRetry={widget.refresh} />
      {widget.data ? (
        <DashboardWidget
          top3={widget.data.top3.map((r) => ({ key: r.id, rank: r.rank, name: r.name, value: r.value, isMe: false }))}
          latestBadge={widget.data.latestBadge}
          topGoal={widget.data.topGoal}
          currency={currency}
          renderTop={(row) => (
            <>
              <RankBadge rank={row.rank} size={30} />
              <Avatar name={row.name} size={34} />
            </>
          )}
        />
      ) : null}
      <div className="card">
        <div className="card-head">
          <div>
            <h2>{m.game.dashboard.chart}</h2>
            <div className="muted small">{m.game.dashboard.chartHint}</div>
          </div>
          <div className="segmented">
            {(['week', 'month'] as const).map((p) => (
              <button key={p} type="button" className={p === period ? 'is-selected' : ''} onClick={() => setPeriod(p)}>
                {m.leaderboard.periods[p]}
              </button>
            ))}
          </div>
        </div>
        {chart.data ? <PointsOverTime chart={chart.data} /> : null}
      </div>
      <div className="dash-columns">
        <Moments />
        <KudosForm />
      </div>
    </section>
  );
}
