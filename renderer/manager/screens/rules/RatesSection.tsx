import { useState, type FormEvent } from 'react';
import { call } from '../../../api/client';
import { useAction } from '../../../api/use-action';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { GhostButton } from '../../../ui/components/GhostButton';
import { useI18n } from '../../../ui/i18n/i18n';
import { useManager } from '../../store';

/** Manager-entered exchange rates into the base currency, by day they start to apply. */
export function RatesSection() {
  const { m, f } = useI18n();
  const base = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const rates = useQuery('rates.list', {}, ['rules', 'workspace']);
  const [currency, setCurrency] = useState('');
  const [rate, setRate] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const { error, run } = useAction();
  const r = m.scoring.rates;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(call('rates.set', { currency: currency.trim().toUpperCase(), rate: rate.trim().replace(',', '.'), validFrom: validFrom || null })))) return;
    setCurrency('');
    setRate('');
    setValidFrom('');
  };

  const list = rates.data ?? [];
  return (
    <div className="card section-card">
      <h2>{r.title}</h2>
      <p className="muted">{r.intro(base)}</p>
      <form className="inline-form" onSubmit={(e) => void add(e)} aria-label={r.add}>
        <label className="field">
          <span>{r.currency}</span>
          <input value={currency} onChange={(e) => setCurrency(e.target.value)} placeholder="USD" maxLength={3} required />
        </label>
        <label className="field">
          <span>{r.rate(base)}</span>
          <input value={rate} onChange={(e) => setRate(e.target.value)} placeholder="5.4321" inputMode="decimal" required />
        </label>
        <label className="field">
          <span>{r.validFrom}</span>
          <input type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary">
          {r.add}
        </button>
      </form>
      <ErrorNotice error={error ?? rates.error} />
      {list.length === 0 && !rates.loading ? <p className="empty">{r.empty}</p> : null}
      {list.length > 0 ? (
        <table className="table" data-testid="rates">
          <thead>
            <tr>
              <th>{r.currency}</th>
              <th>{r.rate(base)}</th>
              <th>{r.validFrom}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((row) => (
              <tr key={row.id} className={row.applies ? '' : 'is-disabled'}>
                <td>
                  <strong>{row.currency}</strong>
                </td>
                <td className="tabular">
                  {r.example(row.currency, row.rate, row.baseCurrency)}
                  {row.applies ? null : <div className="muted small">{r.stale(row.baseCurrency)}</div>}
                </td>
                <td>{row.validFrom ? f.date(Date.parse(`${row.validFrom}T12:00:00Z`)) : r.anyDay}</td>
                <td className="col-actions">
                  <GhostButton onClick={() => void run(call('rates.remove', { id: row.id }))}>{r.remove}</GhostButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
