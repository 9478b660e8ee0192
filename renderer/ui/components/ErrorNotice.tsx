import type { AppError } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';

/** An app error in words the manager can act on (the message already says how to fix it). */
export function ErrorNotice({ error, onRetry }: { error: AppError | undefined | null; onRetry?: () => void }) {
  const { m } = useI18n();
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{error.code === 'locked' ? m.org.lock.locked : m.common.errorTitle}</strong>
      <span>{error.message}</span>
      {onRetry ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={onRetry}>
          {m.common.retry}
        </button>
      ) : null}
    </div>
  );
}
