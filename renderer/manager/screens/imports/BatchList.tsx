import { useState } from 'react';
import type { AppError } from '../../../../preload/contract';
import type { ImportBatch } from '../../../../preload/imports-contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { SHEETS_SOURCE } from './ReadingSettings';

const TONE: Record<ImportBatch['status'], string> = {
  running: 'pill-grey',
  done: 'pill-green',
  failed: 'pill-red',
  cancelled: 'pill-grey',
  interrupted: 'pill-amber',
  undone: 'pill-grey',
};

/** Past imports with their summary and an Undo. */
export function BatchList() {
  const { m, f } = useI18n();
  const t = m.imports;
  const batches = useQuery('imports.batches', {}, ['imports']);
  const [undoing, setUndoing] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const undo = async (batch: ImportBatch) => {
    if (!window.confirm(t.undoConfirm(batch.name, f.number(batch.eventsAdded)))) return;
    setUndoing(batch.id);
    const result = await call('imports.undo', { batchId: batch.id });
    setUndoing(null);
    setError(result.ok ? null : result.error);
  };

  const list = batches.data ?? [];
  return (
    <section className="card" aria-label={t.history}>
      <h2 className="card-title">{t.history}</h2>
      <ErrorNotice error={error ?? batches.error} />
      {list.length === 0 && !batches.loading ? <p className="empty subtle">{t.historyEmpty}</p> : null}
      <ul className="batch-list" data-testid="batches">
        {list.map((batch) => (
          <li key={batch.id} data-batch={batch.name} className={batch.status === 'undone' ? 'is-undone' : ''}>
            <div className="batch-main">
              <div className="batch-name">{batch.name}</div>
              <div className="muted small">
                {f.dateTime(batch.createdAt)} · {batch.sourceId === SHEETS_SOURCE ? t.sheetsSource : batch.sourceName} · {batch.fileName}
              </div>
              {batch.report ? (
                <div className="small batch-summary">{t.batchSummary(f.number(batch.eventsAdded), f.number(batch.report.skipped.count), f.number(batch.report.errors.rows))}</div>
              ) : null}
              {batch.status === 'interrupted' ? <div className="small warn">{t.interruptedHint}</div> : null}
            </div>
            <span className={`pill ${TONE[batch.status]}`}>{t.batchStatus[batch.status]}</span>
            {batch.status !== 'undone' && batch.status !== 'running' && batch.eventsAdded > 0 ? (
              <button type="button" className="btn btn-danger-ghost btn-small" disabled={undoing !== null} onClick={() => void undo(batch)}>
                {undoing === batch.id ? t.undoing : t.undo}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
