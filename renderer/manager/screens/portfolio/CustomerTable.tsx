import type { AmountByCurrency, Customer } from '../../../../preload/contract';
import { useI18n, type Formatters } from '../../../ui/i18n/i18n';
import { localDayOf, formatDay } from '../../../ui/local-day';

export const amountsText = (amounts: AmountByCurrency[], f: Formatters) => (amounts.length === 0 ? '—' : amounts.map((a) => f.money(a.minor, a.currency)).join(' + '));

interface Props {
  customers: Customer[];
  showOwner: boolean;
  selected: Set<number>;
  onSelect: (ids: number[], on: boolean) => void;
  onOpen: (id: number) => void;
  now: number;
}

export function CustomerTable({ customers, showOwner, selected, onSelect, onOpen, now }: Props) {
  const { m, f } = useI18n();
  const c = m.org.portfolio.columns;
  const allSelected = customers.length > 0 && customers.every((x) => selected.has(x.id));
  const day = (at: number) => formatDay(localDayOf(at, f.timeZone), f.locale);
  return (
    <table className="table customer-table" data-testid="customer-table">
      <thead>
        <tr>
          <th className="col-check">
            <input type="checkbox" checked={allSelected} aria-label={m.org.portfolio.selectAll} onChange={(e) => onSelect(customers.map((x) => x.id), e.target.checked)} />
          </th>
          <th>{c.customer}</th>
          <th>{c.region}</th>
          {showOwner ? <th>{c.owner}</th> : null}
          <th className="col-num">{c.deals}</th>
          <th className="col-num">{c.won}</th>
          <th className="col-num">{c.paid}</th>
          <th>{c.last}</th>
          <th>{c.since}</th>
        </tr>
      </thead>
      <tbody>
        {customers.map((x) => (
          <tr key={x.id} className={selected.has(x.id) ? 'is-selected' : ''} data-customer={x.name}>
            <td className="col-check">
              <input type="checkbox" checked={selected.has(x.id)} aria-label={m.org.portfolio.select(x.name)} onChange={(e) => onSelect([x.id], e.target.checked)} />
            </td>
            <td>
              <button type="button" className="link-button" onClick={() => onOpen(x.id)}>
                {x.name}
              </button>
              <div className="muted small">{m.org.portfolio.source(x.sourceName)}</div>
            </td>
            <td>{x.region ?? <span className="muted">—</span>}</td>
            {showOwner ? <td>{x.ownerName ?? <span className="muted">{m.org.portfolio.nobody}</span>}</td> : null}
            <td className="col-num tabular">{f.number(x.dealsWon)}</td>
            <td className="col-num tabular">{amountsText(x.wonAmounts, f)}</td>
            <td className="col-num tabular">{amountsText(x.paidAmounts, f)}</td>
            <td>
              <div>{x.lastActivityType ? m.eventTypes[x.lastActivityType] : '—'}</div>
              <div className="muted small">{f.relative(x.lastActivityAt, now)}</div>
            </td>
            <td>
              {x.ownerSince === null ? '—' : x.ownerSince <= 0 ? m.org.portfolio.fromStart : day(x.ownerSince)}
              {x.scheduled ? <div className="pill pill-amber small">{m.org.portfolio.moves(x.scheduled.repName, day(x.scheduled.at))}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
