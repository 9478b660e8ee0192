import { useState, type FormEvent } from 'react';
import type { AppError, Rep } from '../../../preload/contract';
import { call } from '../../api/client';
import { Dialog } from '../../ui/components/Dialog';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { localDayOf } from '../../ui/local-day';

/** A rep leaves: last day, who takes their customers, why. */
export function LeaveDialog({ rep, reps, customers, onClose }: { rep: Rep; reps: Rep[]; customers: number; onClose: () => void }) {
  const { m, f } = useI18n();
  const [lastDay, setLastDay] = useState(() => localDayOf(Date.now(), f.timeZone));
  const [heir, setHeir] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const others = reps.filter((r) => r.id !== rep.id && r.active && r.leftOn === null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('reps.leave', { id: rep.id, lastDay, ...(heir ? { handoverToRepId: Number(heir) } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(m.org.reps.leaveDone(result.value.customersHandedOver));
  };
  return (
    <Dialog title={m.org.reps.leaveTitle(rep.name)} onClose={onClose} testId="leave-dialog">
      {done ? (
        <div className="stack">
          <p role="status">{done}</p>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {m.org.reps.close}
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <p className="muted">{m.org.reps.leaveIntro}</p>
          <label className="field">
            <span>{m.org.reps.lastDay}</span>
            <input type="date" value={lastDay} onChange={(e) => setLastDay(e.target.value)} required />
          </label>
          <label className="field">
            <span>{m.org.reps.handoverTo}</span>
            <select value={heir} onChange={(e) => setHeir(e.target.value)}>
              <option value="">{m.org.reps.nobody}</option>
              {others.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <small className="muted">{m.org.reps.handoverHint(customers)}</small>
          </label>
          <label className="field">
            <span>{m.org.reps.reason}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          </label>
          <ErrorNotice error={error} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              {m.common.cancel}
            </button>
            <button type="submit" className="btn btn-primary">
              {m.org.reps.confirmLeave}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

export function RehireDialog({ rep, onClose }: { rep: Rep; onClose: () => void }) {
  const { m, f } = useI18n();
  const [startDate, setStartDate] = useState(() => localDayOf(Date.now(), f.timeZone));
  const [error, setError] = useState<AppError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('reps.rehire', { id: rep.id, startDate });
    if (!result.ok) return setError(result.error);
    onClose();
  };
  return (
    <Dialog title={m.org.reps.rehireTitle(rep.name)} onClose={onClose}>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{m.org.reps.newStartDate}</span>
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
        </label>
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary">
            {m.org.reps.rehire.replace('…', '')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
