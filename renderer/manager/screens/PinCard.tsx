import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';

/** Set, change or remove the manager PIN (the current PIN is asked for to change or remove it). */
export function PinCard() {
  const { m } = useI18n();
  const l = m.org.lock;
  const status = useQuery('lock.status', {}, ['lock']);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const pinSet = status.data?.pinSet ?? false;
  const finish = (result: { ok: true } | { ok: false; error: AppError }) => {
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
    if (result.ok) {
      setCurrent('');
      setNext('');
      status.refresh();
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    finish(await call('lock.setPin', { newPin: next, ...(pinSet ? { currentPin: current } : {}) }));
  };
  const remove = async () => finish(await call('lock.clearPin', { currentPin: current }));
  const pinInput = (value: string, set: (v: string) => void, label: string, required: boolean) => (
    <label className="field">
      <span>{label}</span>
      <input type="password" inputMode="numeric" autoComplete="new-password" pattern="\d{4,8}" maxLength={8} className="pin-input" value={value} onChange={(e) => set(e.target.value)} required={required} />
    </label>
  );
  return (
    <form className="card stack" onSubmit={(e) => void save(e)} aria-label={l.cardTitle} data-testid="pin-card">
      <h2>{l.cardTitle}</h2>
      <p className="muted">{l.cardIntro}</p>
      <p>
        <span className={`pill ${pinSet ? 'pill-green' : 'pill-grey'}`}>{pinSet ? l.isSet : l.notSet}</span>
      </p>
      <div className="form-row">
        {pinSet ? pinInput(current, setCurrent, l.currentPin, false) : null}
        {pinInput(next, setNext, l.newPin, true)}
        <button type="submit" className="btn btn-primary">
          {pinSet ? l.changePin : l.setPin}
        </button>
        {pinSet ? (
          <button type="button" className="btn btn-danger-ghost" onClick={() => void remove()} disabled={current.length < 4}>
            {l.removePin}
          </button>
        ) : null}
        {saved ? <span className="muted small">✓ {l.saved}</span> : null}
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
