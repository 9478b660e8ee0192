import './commissions.css';
import { useState, type FormEvent } from 'react';
import type { DisputeView } from '../../../preload/commissions-contract';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { periodLabel } from '../../ui/commissions/period-label';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { minorDigits, minorToDecimal } from '../../ui/money-input';
import { parseSigned } from './signed-amount';

function DisputeCard({ dispute }: { dispute: DisputeView }) {
  const { m, f } = useI18n();
  const d = m.commissions.disputes;
  const [mode, setMode] = useState<'adjust' | 'reject' | null>(null);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const digits = minorDigits(dispute.currency);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let result;
    if (mode === 'adjust') {
      const minor = parseSigned(amount, digits);
      if (minor === null) return setError({ code: 'invalid_input', message: m.commissions.notAmount(amount) });
      result = await call('commissions.resolveDispute', { id: dispute.id, action: 'adjust', amountMinor: minor, note });
    } else result = await call('commissions.resolveDispute', { id: dispute.id, action: 'reject', note });
    setError(result.ok ? null : result.error);
  };

  return (
    <li className="card cm-dispute" data-testid="dispute" data-rep={dispute.repName}>
      <div className="cm-dispute-head">
        <div>
          <strong>{dispute.repName}</strong>
          <span className="muted">{` · ${dispute.planName} · ${periodLabel(f.locale, dispute.period.firstDay, dispute.period.lastDay)}`}</span>
        </div>
        <span className={`pill ${dispute.status === 'open' ? 'pill-amber' : dispute.status === 'adjusted' ? 'pill-green' : 'pill-grey'}`}>{m.commissions.disputeStatus[dispute.status]}</span>
      </div>
      <div className="cm-dispute-line">
        <span className="muted small">{d.line}</span>
        <div className="cm-line-text">{dispute.line.description}</div>
        <div className="tabular">{f.money(dispute.line.amountMinor, dispute.currency)}</div>
      </div>
      <blockquote className="cm-comment">
        <span className="muted small">{d.flagged(dispute.repName, f.dateTime(dispute.createdAt))}</span>
        <p>{dispute.comment}</p>
      </blockquote>
      {dispute.status !== 'open' ? (
        <div className="cm-resolution">
          <span className="muted small">{d.resolution}</span>
          <p>{dispute.resolutionNote}</p>
          {dispute.adjustment ? <p className="small">{d.adjustedBy(f.money(dispute.adjustment.amountMinor, dispute.currency), f.date(Date.parse(`${dispute.adjustment.periodFirstDay}T12:00:00Z`)))}</p> : null}
        </div>
      ) : (
        <>
          <div className="cm-row-actions">
            <button
              type="button"
              className={`btn btn-small ${mode === 'adjust' ? 'btn-primary' : 'btn-secondary'}`}
              onClick={() => {
                setMode('adjust');
                setAmount(minorToDecimal(Math.abs(dispute.line.amountMinor), digits));
              }}
            >
              {d.adjust}
            </button>
            <button type="button" className={`btn btn-small ${mode === 'reject' ? 'btn-primary' : 'btn-ghost'}`} onClick={() => setMode('reject')}>
              {d.reject}
            </button>
          </div>
          {mode ? (
            <form className="form-row" onSubmit={(e) => void submit(e)} aria-label={mode === 'adjust' ? d.adjust : d.reject}>
              {mode === 'adjust' ? (
                <label className="field">
                  <span>{`${d.amount} (${dispute.currency})`}</span>
                  <input className="cm-num" value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" required />
                </label>
              ) : null}
              <label className="field grow">
                <span>{d.note}</span>
                <input value={note} onChange={(e) => setNote(e.target.value)} required maxLength={500} />
              </label>
              <button type="submit" className="btn btn-primary">
                {d.send}
              </button>
            </form>
          ) : null}
        </>
      )}
      <ErrorNotice error={error} />
    </li>
  );
}

export function DisputesScreen() {
  const { m } = useI18n();
  const d = m.commissions.disputes;
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const disputes = useQuery('commissions.listDisputes', { status }, ['commissions']);
  const list = disputes.data ?? [];
  return (
    <section className="screen">
      <PageHeader
        title={d.title}
        intro={d.intro}
        actions={
          <div className="segmented" role="tablist">
            {(['open', 'all'] as const).map((s) => (
              <button key={s} type="button" role="tab" aria-selected={status === s} className={status === s ? 'is-selected' : ''} onClick={() => setStatus(s)}>
                {d[s]}
              </button>
            ))}
          </div>
        }
      />
      <ErrorNotice error={disputes.error} onRetry={disputes.refresh} />
      {list.length === 0 && !disputes.loading ? <p className="card empty">{d.empty}</p> : null}
      <ul className="cm-disputes">
        {list.map((dispute) => (
          <DisputeCard key={dispute.id} dispute={dispute} />
        ))}
      </ul>
    </section>
  );
}
