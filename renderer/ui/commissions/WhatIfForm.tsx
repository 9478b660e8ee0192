import './commissions.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { WhatIfView } from '../../../preload/commissions-contract';
import type { AppError, Result } from '../../../preload/contract';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { rationalDifference, rationalPercent, rationalToMinor } from './amounts';

export interface WhatIfQuestion {
  amount: string;
  currency: string;
  product?: string;
  customer?: string;
}

/** A hypothetical deal and what it would add; `ask` goes to the manager or the rep API. */
export function WhatIfForm({ currency, ask, extra }: { currency: string; ask: (q: WhatIfQuestion) => Promise<Result<WhatIfView>>; extra?: ReactNode }) {
  const { m, f } = useI18n();
  const w = m.commissions.whatIf;
  const [amount, setAmount] = useState('');
  const [dealCurrency, setDealCurrency] = useState(currency);
  const [product, setProduct] = useState('');
  const [customer, setCustomer] = useState('');
  const [answer, setAnswer] = useState<WhatIfView | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await ask({ amount: amount.trim().replace(',', '.'), currency: dealCurrency, ...(product.trim() ? { product } : {}), ...(customer.trim() ? { customer } : {}) });
    setAnswer(result.ok ? result.value : null);
    setError(result.ok ? null : result.error);
  };

  return (
    <div className="cm-whatif" data-testid="what-if">
      <h2>{w.title}</h2>
      <p className="muted small">{w.hint}</p>
      <form className="form-row" onSubmit={(e) => void submit(e)} aria-label={w.title}>
        {extra}
        <label className="field">
          <span>{w.amount}</span>
          <input className="cm-num" value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" required />
        </label>
        <label className="field">
          <span>{w.currency}</span>
          <input value={dealCurrency} onChange={(e) => setDealCurrency(e.target.value.toUpperCase())} maxLength={3} size={4} />
        </label>
        <label className="field grow">
          <span>{w.product}</span>
          <input value={product} onChange={(e) => setProduct(e.target.value)} />
        </label>
        <label className="field grow">
          <span>{w.customer}</span>
          <input value={customer} onChange={(e) => setCustomer(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary">
          {w.calculate}
        </button>
      </form>
      <ErrorNotice error={error} />
      {answer ? (
        <div className="cm-whatif-answer" data-testid="what-if-answer">
          <div className="cm-whatif-total">{w.adds(f.money(answer.addedMinor, answer.currency))}</div>
          <ul className="cm-lines">
            {answer.lines.map((line) => {
              const delta = rationalToMinor(rationalDifference(line.after, line.before)).minor;
              return (
                <li key={line.key}>
                  <span className="cm-line-text">{line.description}</span>
                  <span className={`tabular ${delta < 0 ? 'loss' : ''}`}>{`${delta < 0 ? '−' : '+'}${f.money(Math.abs(delta), answer.currency)}`}</span>
                </li>
              );
            })}
          </ul>
          {answer.after.map((after) => {
            const before = answer.before.find((b) => b.componentId === after.componentId);
            const pct = (text: string | null | undefined) => {
              const value = rationalPercent(text ?? null);
              return value === null ? '—' : `${f.number(value)}%`;
            };
            return after.attainmentPercent !== null ? (
              <p key={after.componentId} className="muted small">
                {w.attainment(after.name, pct(before?.attainmentPercent), pct(after.attainmentPercent))}
              </p>
            ) : null;
          })}
        </div>
      ) : null}
    </div>
  );
}
