import { ErrorNotice } from '../ui/components/ErrorNotice';
import { explain } from '../ui/explain';
import { useI18n } from '../ui/i18n/i18n';
import { useRepQuery } from './api';

/** The rep's own point lines, newest first, each with the "why". */
export function HistoryTab() {
  const { m, f } = useI18n();
  const history = useRepQuery('me.history', { limit: 100 });
  const lines = history.data ?? [];
  return (
    <section className="rep-card">
      <h2>{m.rep.history}</h2>
      <ErrorNotice error={history.error} />
      {history.data && lines.length === 0 ? <p className="muted">{m.rep.noHistory}</p> : null}
      <ul className="rep-history" data-testid="rep-history">
        {lines.map((line, i) => (
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
  );
}
