import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { Dialog } from '../../../ui/components/Dialog';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { ChangeList } from './ChangeList';
import { amountsText } from './CustomerTable';

/** One customer: its region (for territory rules), its events and who scored them, and its ownership history. */
export function CustomerDetail({ id, onClose }: { id: number; onClose: () => void }) {
  const { m, f } = useI18n();
  const detail = useQuery('portfolio.customer', { id }, ['customers', 'events', 'ledger', 'reps']);
  const [region, setRegion] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const data = detail.data;
  const saveRegion = async (event: FormEvent) => {
    event.preventDefault();
    const value = (region ?? '').trim();
    const result = await call('portfolio.updateCustomer', { id, region: value === '' ? null : value });
    setError(result.ok ? null : result.error);
    if (result.ok) setRegion(null);
  };
  return (
    <Dialog title={data?.customer.name ?? m.common.loading} onClose={onClose} wide testId="customer-detail">
      <ErrorNotice error={error ?? detail.error} />
      {data ? (
        <div className="stack">
          <dl className="kv">
            <dt>{m.org.portfolio.columns.owner}</dt>
            <dd>{data.customer.ownerName ?? m.org.portfolio.nobody}</dd>
            <dt>{m.org.portfolio.columns.won}</dt>
            <dd>{amountsText(data.customer.wonAmounts, f)}</dd>
            <dt>{m.org.portfolio.columns.paid}</dt>
            <dd>{amountsText(data.customer.paidAmounts, f)}</dd>
          </dl>
          <form className="form-row" onSubmit={(e) => void saveRegion(e)}>
            <label className="field">
              <span>{m.org.portfolio.region}</span>
              <input value={region ?? data.customer.region ?? ''} onChange={(e) => setRegion(e.target.value)} placeholder={m.org.portfolio.regionPlaceholder} maxLength={40} />
            </label>
            <button type="submit" className="btn btn-secondary" disabled={region === null}>
              {m.common.save}
            </button>
          </form>
          <h3>{m.org.portfolio.events}</h3>
          {data.events.length === 0 ? <p className="muted">{m.org.portfolio.noEvents}</p> : null}
          <table className="table compact">
            <tbody>
              {data.events.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{f.dateTime(e.occurredAt)}</td>
                  <td>{m.eventTypes[e.type]}</td>
                  <td className="col-num tabular">{e.amountMinor !== null && e.currency ? f.money(e.amountMinor, e.currency) : ''}</td>
                  <td>{e.repName ?? <span className="muted">{m.activity.noRep}</span>}</td>
                  <td className="col-num tabular">{m.common.points(f.number(e.points))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{m.org.portfolio.history}</h3>
          <ChangeList changes={data.history} />
        </div>
      ) : null}
    </Dialog>
  );
}
