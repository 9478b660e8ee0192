import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { useI18n } from '../../../ui/i18n/i18n';
import { JobProgress } from './JobProgress';
import { ReportSummary } from './ReportSummary';
import { NotesSection, OwnersTable, ProblemsTable, StatusTable } from './ReportTables';
import type { ImportWizard } from './use-import-wizard';

/** Step 3: the dry run's report; statuses and owners can be changed (the check runs again), then Import. */
export function ReviewStep({ wizard }: { wizard: ImportWizard }) {
  const { m, f } = useI18n();
  const t = m.imports;
  const reps = useQuery('reps.list', {}, ['reps']);
  const { check, report, plan, stale, name, remember } = wizard.state;
  if (!plan) return null;
  const running = check?.state === 'running';
  const updating = stale || running;

  if (!report) {
    if (check?.state === 'failed') return <ErrorNotice error={{ code: 'invalid_input', message: check.error ?? t.failed }} />;
    return (
      <div className="card">
        <JobProgress job={check} label={t.progress.checking} onCancel={() => void wizard.cancelJob(check)} />
      </div>
    );
  }
  return (
    <div className="wizard-body">
      <div className={`card ${updating ? 'is-updating' : ''}`} aria-busy={updating}>
        {updating ? <div className="updating small">{running && check ? <JobProgress job={check} label={t.updating} /> : t.updating}</div> : null}
        {check?.state === 'failed' ? <ErrorNotice error={{ code: 'invalid_input', message: check.error ?? t.failed }} /> : null}
        <ReportSummary report={report} />
        {report.newEvents === 0 ? <p className="empty subtle">{t.report.empty}</p> : null}
      </div>
      <StatusTable report={report} kind={plan.kind} onChange={wizard.setStatusRole} />
      <OwnersTable report={report} reps={(reps.data ?? []).filter((r) => r.active)} onChange={wizard.setOwner} />
      <ProblemsTable report={report} />
      <NotesSection report={report} />
      <div className="card import-card">
        <div className="import-options">
          <label className="field import-name">
            <span>{t.name}</span>
            <input value={name} maxLength={120} onChange={(e) => wizard.patch({ name: e.target.value })} />
          </label>
          <label className="checkbox-label">
            <input type="checkbox" checked={remember} onChange={(e) => wizard.patch({ remember: e.target.checked })} />
            {t.remember}
          </label>
        </div>
        <div className="wizard-actions">
          <button type="button" className="btn btn-ghost" onClick={() => wizard.back('columns')}>
            {t.back}
          </button>
          <button type="button" className="btn btn-primary btn-large" disabled={updating || report.newEvents === 0} onClick={() => void wizard.startImport()}>
            {t.importButton(f.number(report.newEvents))}
          </button>
        </div>
      </div>
    </div>
  );
}
