import { useState } from 'react';
import type { AppError } from '../../preload/contract';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { useI18n } from '../ui/i18n/i18n';
import { repCall, useRepQuery } from './api';

/** Opt in to an alias on the office TV (shown only when the workspace uses aliases). */
export function AliasCard() {
  const { m } = useI18n();
  const a = m.game.rep;
  const profile = useRepQuery('me.profile', {});
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const current = profile.data?.alias ?? null;
  const save = async (alias: string | null) => {
    const result = await repCall('me.setAlias', { alias });
    setError(result.ok ? null : result.error);
    if (result.ok) setText('');
  };
  return (
    <section className="rep-card" data-testid="alias">
      <h2>{a.aliasTitle}</h2>
      <p className="muted small">{a.aliasIntro}</p>
      {current ? <p>{a.aliasNow(current)}</p> : null}
      <form
        className="rep-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(text);
        }}
      >
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder={a.aliasPlaceholder} maxLength={24} aria-label={a.aliasTitle} />
        <button type="submit" className="rep-btn" disabled={text.trim().length < 2}>
          {a.aliasSave}
        </button>
        {current ? (
          <button type="button" className="rep-btn is-ghost" onClick={() => void save(null)}>
            {a.aliasRemove}
          </button>
        ) : null}
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
