import { useState } from 'react';
import type { EventView } from '../../../preload/contract';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { Toggle } from '../../ui/components/Toggle';
import { useI18n } from '../../ui/i18n/i18n';
import { explain } from '../../ui/explain';
import { RepSelect } from '../../ui/components/RepSelect';
import { routeParam } from '../router';
import { AwardCard } from './AwardCard';
import './scoring.css';

function Points({ points }: { points: number }) {
  const { f } = useI18n();
  if (points === 0) return <span className="muted">0</span>;
  return <span className={points > 0 ? 'gain' : 'loss'}>{`${points > 0 ? '+' : '−'}${f.number(Math.abs(points))}`}</span>;
}

function EventRow({ event }: { event: EventView }) {
  const { m, f } = useI18n();
  // One line per ledger row; with several (an award and its later adjustment) each says its own points.
  const why = event.explanations.map((e) => (event.explanations.length > 1 ? `${e.points > 0 ? '+' : '−'}${f.number(Math.abs(e.points))}: ` : '') + explain(e.explanation, m, f));
  return (
    <tr className={event.repId === null ? 'is-unmapped' : ''}>
      <td className="nowrap" title={f.dateTime(event.receivedAt)}>
        {f.dateTime(event.occurredAt)}
      </td>
      <td>{event.repName ?? <span className="pill pill-amber" title={event.identity ?? ''}>{`${m.activity.noRep}: ${event.identity ?? '?'}`}</span>}</td>
      <td>
        {m.eventTypes[event.type]}
        {event.note ? <span className="pill pill-grey note-pill">{m.scoring.activity.notes[event.note]}</span> : null}
        {event.customerName ? <div className="muted small">{event.customerName}</div> : null}
      </td>
      <td className="col-num tabular nowrap">{event.amountMinor !== null && event.currency ? f.money(event.amountMinor, event.currency) : '—'}</td>
      <td className="col-num tabular">
        <Points points={event.points} />
      </td>
      <td className="why">{why.length === 0 ? '—' : why.map((line, i) => <div key={i}>{line}</div>)}</td>
    </tr>
  );
}

export function ActivityScreen() {
  const { m } = useI18n();
  const [unmappedOnly, setUnmappedOnly] = useState(false);
  const [limit, setLimit] = useState(100);
  const [repId, setRepId] = useState<number | ''>(() => Number(routeParam('rep')) || '');
  const reps = useQuery('reps.list', {}, ['reps']);
  const events = useQuery('events.list', { limit, unmappedOnly, ...(repId !== '' ? { repId } : {}) }, ['events', 'ledger', 'reps']);
  const chooseRep = (value: number | '') => {
    setRepId(value);
    window.history.replaceState(null, '', value === '' ? '#/activity' : `#/activity?rep=${value}`);
  };
  const unmapped = events.data?.unmappedCount ?? 0;
  const list = events.data?.events ?? [];
  return (
    <section className="screen">
      <PageHeader
        title={m.activity.title}
        intro={m.activity.intro}
        actions={
          <div className="activity-filters">
            <label className="field inline">
              <span>{m.scoring.activity.rep}</span>
              <RepSelect reps={reps.data ?? []} value={repId} onChange={chooseRep} empty={m.scoring.activity.allReps} label={m.scoring.activity.rep} />
            </label>
            <label className="toggle-label">
              <Toggle checked={unmappedOnly} onChange={setUnmappedOnly} label={m.activity.unmappedOnly} />
              {m.activity.unmappedOnly}
            </label>
          </div>
        }
      />
      <AwardCard reps={(reps.data ?? []).filter((r) => r.active)} />
      {unmapped > 0 ? (
        <div className="notice notice-warn" data-testid="unmapped-banner">
          <strong>{m.activity.unmapped(unmapped)}</strong>
          <span>{m.activity.unmappedHint}</span>
          <a className="btn btn-secondary btn-small" href="#/unmapped">
            {m.nav.unmapped}
          </a>
        </div>
      ) : null}
      <ErrorNotice error={events.error} onRetry={events.refresh} />
      <div className="card">
        {list.length === 0 && !events.loading ? <p className="empty">{m.activity.empty}</p> : null}
        {list.length > 0 ? (
          <table className="table activity-table" data-testid="activity">
            <thead>
              <tr>
                <th>{m.activity.columns.time}</th>
                <th>{m.activity.columns.rep}</th>
                <th>{m.activity.columns.event}</th>
                <th className="col-num">{m.activity.columns.amount}</th>
                <th className="col-num">{m.activity.columns.points}</th>
                <th>{m.activity.columns.why}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((event) => (
                <EventRow key={event.id} event={event} />
              ))}
            </tbody>
          </table>
        ) : null}
        {list.length >= limit ? (
          <button type="button" className="btn btn-ghost" onClick={() => setLimit(Math.min(500, limit + 100))}>
            {m.activity.loadMore}
          </button>
        ) : null}
      </div>
    </section>
  );
}
