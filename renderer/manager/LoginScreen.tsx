import { useState, type FormEvent } from 'react';
import type { AppError } from '../../preload/contract';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { useI18n } from '../ui/i18n/i18n';
import { Logo } from '../ui/components/Logo';

export function LoginScreen({ onSignedIn }: { onSignedIn: () => void }) {
  const { m } = useI18n();
  const [token, setToken] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const expired = new URLSearchParams(window.location.search).get('login') === 'expired';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const response = await fetch('/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    if (response.ok) {
      window.history.replaceState(null, '', '/');
      onSignedIn();
      return;
    }
    setError(((await response.json()) as { error: AppError }).error);
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={(e) => void submit(e)}>
        <Logo size={48} />
        <h1>{m.login.title}</h1>
        <p className="muted">{expired ? m.login.expired : m.login.body}</p>
        <label className="field">
          <span>{m.login.token}</span>
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoFocus autoComplete="off" required />
        </label>
        <ErrorNotice error={error} />
        <button type="submit" className="btn btn-primary">
          {m.login.submit}
        </button>
      </form>
    </main>
  );
}
