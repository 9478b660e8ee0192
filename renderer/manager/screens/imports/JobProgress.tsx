import type { ImportJob } from '../../../../preload/imports-contract';
import { useI18n } from '../../../ui/i18n/i18n';

/** A job's progress: bar by bytes read, rows and pace, time left, and a cancel button. */
export function JobProgress({ job, label, onCancel }: { job: ImportJob | null; label: string; onCancel?: () => void }) {
  const { m, f } = useI18n();
  const t = m.imports.progress;
  const share = job && job.totalBytes > 0 ? Math.min(1, job.bytesRead / job.totalBytes) : 0;
  return (
    <div className="job-progress" data-testid="job-progress">
      <div className="job-progress-head">
        <strong>{label}</strong>
        <span className="muted tabular">{f.number(Math.round(share * 100))}%</span>
      </div>
      <div className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <div className="job-progress-foot muted small tabular">
        <span>{job ? t.rows(f.number(job.rows), f.number(job.rowsPerSecond)) : '…'}</span>
        {job?.secondsLeft !== null && job?.secondsLeft !== undefined && job.state === 'running' ? <span>{t.left(t.seconds(job.secondsLeft))}</span> : null}
        {onCancel ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
            {m.imports.cancel}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** A plain bar for the upload (bytes sent of the file's size). */
export function UploadProgress({ name, sent, size }: { name: string; sent: number; size: number }) {
  const { m, f } = useI18n();
  const share = size > 0 ? Math.min(1, sent / size) : 0;
  return (
    <div className="job-progress">
      <div className="job-progress-head">
        <strong>{m.imports.drop.uploading(name)}</strong>
        <span className="muted tabular">{f.number(Math.round(share * 100))}%</span>
      </div>
      <div className="progress-track" role="progressbar" aria-label={m.imports.drop.uploading(name)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
