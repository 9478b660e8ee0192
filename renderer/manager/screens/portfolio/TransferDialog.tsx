import { useEffect, useState, type FormEvent } from 'react';
import type { AppError, Effective, ProcedureOutput, Rep } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { Dialog } from '../../../ui/components/Dialog';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { localDayOf } from '../../../ui/local-day';
import { BalanceTable } from './BalanceTable';

export type TransferTarget = { kind: 'customers'; customerIds: number[]; unowned: boolean } | { kind: 'portfolio'; fromRep: Rep };

/**
 * Transfer (or assign) customers: to whom, from when, why. The preview is the change itself
 * run and rolled back, so what it shows is what confirming does.
 */
export function TransferDialog({ target, reps, onClose, onDone }: { target: TransferTarget; reps: Rep[]; onClose: () => void; onDone: (message: string) => void }) {
  const { m, f } = useI18n();
  const [to, setTo] = useState('');
  const unowned = target.kind === 'customers' && target.unowned;
  const [effectiveKind, setEffectiveKind] = useState<'start' | 'day'>(unowned ? 'start' : 'day');
  const [day, setDay] = useState(() => localDayOf(Date.now(), f.timeZone));
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<ProcedureOutput<'portfolio.previewTransfer'> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const candidates = reps.filter((r) => r.active && r.leftOn === null && (target.kind !== 'portfolio' || r.id !== target.fromRep.id));
  const effective: Effective = effectiveKind === 'start' ? { kind: 'start' } : { kind: 'day', day };
  const scope = target.kind === 'customers' ? { customerIds: target.customerIds } : { fromRepId: target.fromRep.id };
  const key = JSON.stringify({ scope, to, effective });

  useEffect(() => {
    if (!to || (effectiveKind === 'day' && !day)) return;
    let live = true;
    const input = JSON.parse(key) as { scope: typeof scope; to: string; effective: Effective };
    void call('portfolio.previewTransfer', { ...input.scope, toRepId: Number(input.to), effective: input.effective }).then((result) => {
      if (!live) return;
      setPreview(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
    return () => {
      live = false;
    };
  }, [key, to, effectiveKind, day]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('portfolio.transfer', { ...scope, toRepId: Number(to), effective, reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(m.org.transfer.done(result.value.customers));
  };

  const count = target.kind === 'customers' ? target.customerIds.length : 0;
  const title = target.kind === 'portfolio' ? m.org.transfer.handOverTitle(target.fromRep.name) : unowned ? m.org.transfer.assignTitle(count) : m.org.transfer.title(count);
  return (
    <Dialog title={title} onClose={onClose} wide testId="transfer-dialog">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <label className="field">
            <span>{m.org.transfer.to}</span>
            <select value={to} onChange={(e) => setTo(e.target.value)} required>
              <option value="">{m.org.transfer.chooseRep}</option>
              {candidates.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="field effective-field">
            <span>{m.org.transfer.effective}</span>
            <label className="check-label">
              <input type="radio" name="effective" checked={effectiveKind === 'day'} onChange={() => setEffectiveKind('day')} />
              {m.org.transfer.fromDay}
              <input type="date" aria-label={m.org.transfer.fromDay} value={day} onChange={(e) => setDay(e.target.value)} disabled={effectiveKind !== 'day'} required={effectiveKind === 'day'} />
            </label>
            <label className="check-label">
              <input type="radio" name="effective" checked={effectiveKind === 'start'} onChange={() => setEffectiveKind('start')} />
              {m.org.transfer.fromStart}
            </label>
            <small className="muted">{m.org.transfer.effectiveHint}</small>
          </fieldset>
          <label className="field full">
            <span>{m.org.transfer.reason}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={m.org.transfer.reasonPlaceholder} required maxLength={500} />
          </label>
        </div>
        {preview ? (
          <div className="preview" data-testid="transfer-preview">
            <p className="preview-summary" role="status">
              {m.org.transfer.summary(preview.customers, preview.movedEvents, f.number(preview.movedPoints))}
            </p>
            <BalanceTable rows={preview.balance} testId="transfer-balance" />
          </div>
        ) : null}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {m.common.cancel}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || !preview || preview.customers === 0}>
            {m.org.transfer.confirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
