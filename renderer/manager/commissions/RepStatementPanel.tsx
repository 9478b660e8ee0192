import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { downloadFile } from '../../ui/commissions/download';
import { StatementDetail } from '../../ui/commissions/StatementDetail';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { minorDigits } from '../../ui/money-input';
import { parseSigned } from './signed-amount';

/** One rep's statement for the manager: the lines, a PDF, and adjustments while the period is open. */
export function RepStatementPanel({ planId, repId, firstDay }: { planId: number; repId: number; firstDay: string }) {
  const { m } = useI18n();
  const a = m.commissions.adjustment;
  const statement = useQuery('commissions.statement', { planId, repId, firstDay }, ['commissions', 'events', 'reps']);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const s = statement.data;

  const pdf = async () => {
    const result = await call('commissions.statementPdf', { planId, repId, firstDay });
    if (!result.ok) return setError(result.error);
    downloadFile(result.value.filename, 'application/pdf', { base64: result.value.base64 });
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!s) return;
    const minor = parseSigned(amount, minorDigits(s.currency));
    if (minor === null) return setError({ code: 'invalid_input', message: m.commissions.notAmount(amount) });
    const result = await call('commissions.addAdjustment', { planId, repId, firstDay, amountMinor: minor, reason });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setAmount('');
      setReason('');
    }
  };

  const removeAdjustment = async (id: number) => {
    const result = await call('commissions.removeAdjustment', { id });
    setError(result.ok ? null : result.error);
  };

  return (
    <div className="card">
      <ErrorNotice error={error ?? statement.error} />
      {s ? (
        <StatementDetail
          statement={s}
          actions={
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void pdf()}>
              {m.commissions.statement.downloadPdf}
            </button>
          }
          lineAction={(line) =>
            line.trace.kind === 'adjustment' && line.trace.disputeId === null && s.period.status === 'open' ? (
              <button type="button" className="btn btn-ghost btn-small" onClick={() => void removeAdjustment(line.trace.kind === 'adjustment' ? line.trace.adjustmentId : 0)}>
                {a.remove}
              </button>
            ) : null
          }
        />
      ) : null}
      {s && s.period.status === 'open' ? (
        <form className="form-row cm-adjust" onSubmit={(e) => void add(e)} aria-label={a.title}>
          <label className="field">
            <span>{`${a.amount} (${s.currency})`}</span>
            <input className="cm-num" value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" required />
          </label>
          <label className="field grow">
            <span>{a.reason}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
          </label>
          <button type="submit" className="btn btn-secondary">
            {a.add}
          </button>
        </form>
      ) : null}
    </div>
  );
}
