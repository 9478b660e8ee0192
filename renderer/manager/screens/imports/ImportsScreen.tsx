import { useCallback } from 'react';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { PageHeader } from '../../../ui/components/PageHeader';
import { useI18n } from '../../../ui/i18n/i18n';
import { BatchList } from './BatchList';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { JobProgress } from './JobProgress';
import { ReviewStep } from './ReviewStep';
import { useImportWizard, type WizardStep } from './use-import-wizard';
import './imports.css';

const STEPS: { key: 'file' | 'columns' | 'review' | 'done'; when: readonly WizardStep[] }[] = [
  { key: 'file', when: ['file'] },
  { key: 'columns', when: ['columns'] },
  { key: 'review', when: ['review'] },
  { key: 'done', when: ['importing', 'done'] },
];

function Stepper({ step }: { step: WizardStep }) {
  const { m } = useI18n();
  // Once imported, every step is behind us.
  const current = step === 'done' ? STEPS.length : STEPS.findIndex((s) => s.when.includes(step));
  return (
    <ol className="stepper" aria-label={m.imports.title}>
      {STEPS.map((s, index) => (
        <li key={s.key} className={index === current ? 'is-current' : index < current ? 'is-done' : ''} aria-current={index === current ? 'step' : undefined}>
          <span className="step-dot">{index + 1}</span>
          {m.imports.steps[s.key]}
        </li>
      ))}
    </ol>
  );
}

/** Import CSV: the wizard (file, columns, check, import) and the past imports with Undo. */
export function ImportsScreen() {
  const { m, f } = useI18n();
  const t = m.imports;
  const layouts = t.layouts;
  const wizard = useImportWizard(useCallback((id: string, fallback: string) => layouts[id] ?? fallback, [layouts]));
  const { step, commit, error } = wizard.state;
  return (
    <section className="screen imports-screen">
      <PageHeader title={t.title} intro={t.intro} />
      <Stepper step={step} />
      <ErrorNotice error={error} />
      {step === 'file' ? <FileStep wizard={wizard} /> : null}
      {step === 'columns' ? <ColumnsStep wizard={wizard} /> : null}
      {step === 'review' ? <ReviewStep wizard={wizard} /> : null}
      {step === 'importing' ? (
        <div className="card">
          {commit?.state === 'failed' ? <ErrorNotice error={{ code: 'internal', message: commit.error ?? t.failed }} /> : null}
          {commit?.state === 'cancelled' ? <div className="notice notice-warn">{t.cancelled}</div> : null}
          {commit?.state === 'running' || !commit ? <JobProgress job={commit} label={t.progress.importing} onCancel={() => void wizard.cancelJob(commit)} /> : null}
          {commit && commit.state !== 'running' ? (
            <div className="wizard-actions">
              <button type="button" className="btn btn-primary" onClick={wizard.reset}>
                {t.done.another}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {step === 'done' && commit?.report ? (
        <div className="card done-card" data-testid="import-done">
          <div className="done-mark" aria-hidden="true">
            ✓
          </div>
          <div>
            <h2>{t.done.title}</h2>
            <p>{t.done.body(f.number(commit.report.newEvents), wizard.state.name)}</p>
          </div>
          <div className="wizard-actions">
            <a className="btn btn-ghost" href="#/leaderboard">
              {t.done.leaderboard}
            </a>
            <button type="button" className="btn btn-primary" onClick={wizard.reset}>
              {t.done.another}
            </button>
          </div>
        </div>
      ) : null}
      <BatchList />
    </section>
  );
}
