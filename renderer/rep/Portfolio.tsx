import { useState } from 'react';
import type { AmountByCurrency } from '../../preload/contract';
import type { RepCustomer } from '../../preload/rep-contract';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { useI18n, type Formatters } from '../ui/i18n/i18n';
import { formatDay, localDayOf } from '../ui/local-day';
import { useNow } from '../ui/use-now';
import { useRepQuery } from './api';

const money = (amounts: AmountByCurrency[], f: Formatters) => amounts.map((a) => f.money(a.minor, a.currency)).join(' + ');

function CustomerEvents({ customer }: { customer: RepCustomer }) {
  const { m, f } = useI18n();
  const detail = useRepQuery('me.customer', { id: customer.id });
  return (
    <div className="rep-customer-detail">
      <ErrorNotice error={detail.error} />
      <ul className="rep-history">
        {(detail.data?.events ?? []).map((e) => (
          <li key={e.id}>
            <span className={e.points >= 0 ? 'gain' : 'loss'}>{e.points === 0 ? '·' : `${e.points > 0 ? '+' : '−'}${f.number(Math.abs(e.points))}`}</span>
            <div>
              <div>
                {m.eventTypes[e.type]}
                {e.amountMinor !== null && e.currency ? ` · ${f.money(e.amountMinor, e.currency)}` : ''}
              </div>
              <div className="muted small">{f.dateTime(e.occurredAt)}</div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The rep's own customers (and only theirs): deals, payments, last activity. */
export function Portfolio() {
  const { m, f } = useI18n();
  const r = m.org.repPage;
  const now = useNow(60_000);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const portfolio = useRepQuery('me.portfolio', search.trim() ? { search: search.trim() } : {});
  const customers = portfolio.data?.customers ?? [];
  const day = (at: number) => formatDay(localDayOf(at, f.timeZone), f.locale);
  return (
    <section className="rep-card" data-testid="rep-portfolio">
      <div className="rep-card-head">
        <h2>
          {r.customers} <span className="muted">{portfolio.data ? `· ${f.number(portfolio.data.total)}` : ''}</span>
        </h2>
        {(portfolio.data?.total ?? 0) > 5 || search ? <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={r.search} aria-label={r.search} /> : null}
      </div>
      <ErrorNotice error={portfolio.error} />
      {portfolio.data && customers.length === 0 && !search ? <p className="muted">{r.noCustomers}</p> : null}
      <ul className="rep-customers">
        {customers.map((c) => (
          <li key={c.id} className={open === c.id ? 'is-open' : ''}>
            <button type="button" className="rep-customer" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
              <span className="rep-customer-name">{c.name}</span>
              <span className="muted small">
                {[
                  c.dealsWon > 0 ? r.dealsWon(c.dealsWon) : null,
                  c.paidAmounts.length > 0 ? `${r.paid} ${money(c.paidAmounts, f)}` : null,
                  c.lastActivityType ? `${r.last(f.relative(c.lastActivityAt, now))} (${m.eventTypes[c.lastActivityType]})` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="muted small">
                {c.since <= 0 ? r.sinceStart : r.since(day(c.since))}
                {c.leavingAt !== null ? <span className="pill pill-amber">{r.leaving(day(c.leavingAt))}</span> : null}
              </span>
            </button>
            {open === c.id ? <CustomerEvents customer={c} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
