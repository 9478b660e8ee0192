import type { ReactNode } from 'react';

/** The small quiet button of table rows (remove, unmap, pause). */
export function GhostButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="btn btn-ghost btn-small" onClick={onClick}>
      {children}
    </button>
  );
}
