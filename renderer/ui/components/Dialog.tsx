import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A modal dialog on the native <dialog> element: focus stays inside, Escape closes, the
 * page behind is inert. `onClose` runs however it is closed.
 */
export function Dialog({ title, onClose, children, wide, testId }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; testId?: string }) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onCancel = () => closeRef.current();
    dialog.addEventListener('close', onCancel);
    return () => {
      dialog.removeEventListener('close', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${wide ? 'dialog-wide' : ''}`} aria-label={title} data-testid={testId}>
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="btn btn-ghost btn-small dialog-close" aria-label={m.org.reps.close} onClick={() => ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
