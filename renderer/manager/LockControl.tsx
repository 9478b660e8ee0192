import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../preload/contract';
import { call, LOCKED_EVENT } from '../api/client';
import { useQuery } from '../api/use-query';
import { Dialog } from '../ui/components/Dialog';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { useI18n } from '../ui/i18n/i18n';

function UnlockDialog({ onDone }: { onDone: () => void }) {
  const { m } = useI18n();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('lock.unlock', { pin });
    if (!result.ok) {
      setPin('');
      return setError(result.error);
    }
    onDone();
  };
  return (
    <Dialog title={m.org.lock.unlockTitle} onClose={onDone} testId="unlock-dialog">
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <p className="muted">{m.org.lock.unlockBody}</p>
        <label className="field">
          <span>{m.org.lock.pin}</span>
          <input type="password" inputMode="numeric" autoComplete="off" pattern="\d{4,8}" value={pin} onChange={(e) => setPin(e.target.value)} required autoFocus className="pin-input" />
        </label>
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary">
            {m.org.lock.unlock}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const PADLOCK = 'M7 11V7a5 5 0 0 1 10 0v4M5 11h14v10H5z';
const OPEN_PADLOCK = 'M7 11V7a5 5 0 0 1 9.9-1M5 11h14v10H5z';

/** The padlock in the sidebar (only with a manager PIN set), and the PIN prompt any refused change opens. */
export function LockControl() {
  const { m } = useI18n();
  const status = useQuery('lock.status', {}, ['lock']);
  const [prompt, setPrompt] = useState(false);
  useEffect(() => {
    const open = () => setPrompt(true);
    window.addEventListener(LOCKED_EVENT, open);
    return () => window.removeEventListener(LOCKED_EVENT, open);
  }, []);
  const close = () => {
    setPrompt(false);
    status.refresh();
  };
  const data = status.data;
  return (
    <>
      {data?.pinSet ? (
        <button
          type="button"
          className={`lock-button ${data.unlocked ? 'is-unlocked' : 'is-locked'}`}
          data-testid="lock-button"
          title={data.unlocked ? m.org.lock.lockNow : m.org.lock.unlockTitle}
          onClick={() => (data.unlocked ? void call('lock.lock', {}).then(() => status.refresh()) : setPrompt(true))}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d={data.unlocked ? OPEN_PADLOCK : PADLOCK} />
          </svg>
          {data.unlocked ? m.org.lock.unlocked : m.org.lock.locked}
        </button>
      ) : null}
      {prompt ? <UnlockDialog onDone={close} /> : null}
    </>
  );
}
