import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../preload/contract';
import type { Delimiter, ImportJob, ImportKind, ImportPlan, ImportReport, Inspection, StatusRole, TextEncodingName } from '../../../../preload/imports-contract';
import { ApiError, call, transport } from '../../../api/client';
import { uploadFile } from './upload';

export type WizardStep = 'file' | 'columns' | 'review' | 'importing' | 'done';

export interface WizardState {
  step: WizardStep;
  file: { name: string; size: number } | null;
  /** Bytes sent so far while uploading (null when not uploading). */
  sent: number | null;
  inspecting: boolean;
  inspection: Inspection | null;
  plan: ImportPlan | null;
  /** The latest dry run (running or finished) and the import. */
  check: ImportJob | null;
  /** The report of the last dry run that finished (kept on screen while the next one runs). */
  report: ImportReport | null;
  commit: ImportJob | null;
  /** The plan changed since the last dry run finished. */
  stale: boolean;
  name: string;
  remember: boolean;
  error: AppError | null;
}

const INITIAL: WizardState = {
  step: 'file',
  file: null,
  sent: null,
  inspecting: false,
  inspection: null,
  plan: null,
  check: null,
  report: null,
  commit: null,
  stale: false,
  name: '',
  remember: true,
  error: null,
};

const RECHECK_AFTER_MS = 400;

function asError(error: unknown): AppError {
  return error instanceof ApiError ? error.error : { code: 'internal', message: (error as Error).message };
}

/**
 * The import wizard's state and steps: upload, inspect, dry run (again after every change
 * on the review step), import. Job progress arrives as pushed `importProgress` events.
 */
export function useImportWizard(layoutLabel: (id: string, fallback: string) => string) {
  const [state, setState] = useState<WizardState>(INITIAL);
  const patch = useCallback((next: Partial<WizardState>) => setState((s) => ({ ...s, ...next })), []);
  const uploadId = useRef<string | null>(null);
  const recheck = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The jobs this wizard started, known from the moment `imports.start` answers (a small
  // file's job may finish, and push its end, before the first `imports.job` answer).
  const jobIds = useRef<{ check: string | null; commit: string | null }>({ check: null, commit: null });

  /** Takes in a job's latest view (pushed progress or a fetched job), never stepping back in time. */
  const apply = useCallback((job: ImportJob | (Omit<ImportJob, 'report'> & { report?: undefined })) => {
    setState((s) => {
      const which = job.id === jobIds.current.check ? 'check' : job.id === jobIds.current.commit ? 'commit' : null;
      if (!which) return s;
      const known = s[which];
      if (known?.id === job.id && known.state !== 'running' && job.state === 'running') return s;
      const merged: ImportJob = { ...(known?.id === job.id ? known : { report: null }), ...job, report: job.report ?? (known?.id === job.id ? known.report : null) };
      if (which === 'check') return { ...s, check: merged, report: merged.report ?? s.report };
      return { ...s, commit: merged, step: merged.state === 'done' && merged.report ? 'done' : s.step };
    });
  }, []);

  const follow = useCallback(
    async (jobId: string) => {
      const result = await call('imports.job', { jobId });
      if (result.ok) apply(result.value);
    },
    [apply],
  );

  useEffect(
    () =>
      transport.onPush((event) => {
        if (event.name !== 'importProgress') return;
        apply(event.payload);
        // The end of a job: fetch its report.
        if (event.payload.state !== 'running') void follow(event.payload.id);
      }),
    [apply, follow],
  );

  const inspect = useCallback(
    async (options: { kind?: ImportKind; encoding?: TextEncodingName; delimiter?: Delimiter } = {}) => {
      if (!uploadId.current) return;
      // A new look at the file: the last check's report no longer applies.
      jobIds.current.check = null;
      patch({ inspecting: true, error: null });
      const result = await call('imports.inspect', { uploadId: uploadId.current, ...options });
      if (!result.ok) return patch({ inspecting: false, error: result.error });
      const inspection = result.value;
      setState((s) => ({
        ...s,
        inspecting: false,
        inspection,
        plan: inspection.plan,
        step: 'columns',
        check: null,
        report: null,
        name: s.name || (inspection.layout ? `${layoutLabel(inspection.layout.id, inspection.layout.label)} — ${inspection.upload.name}` : inspection.upload.name),
      }));
    },
    [patch, layoutLabel],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      setState({ ...INITIAL, file: { name: file.name, size: file.size }, sent: 0 });
      try {
        uploadId.current = await uploadFile(file, (sent) => patch({ sent }));
        patch({ sent: null });
        await inspect();
      } catch (error) {
        patch({ sent: null, error: asError(error) });
      }
    },
    [inspect, patch],
  );

  const runCheck = useCallback(
    async (plan: ImportPlan) => {
      if (!uploadId.current) return;
      const result = await call('imports.start', { uploadId: uploadId.current, plan, mode: 'dryRun' });
      if (!result.ok) return patch({ error: result.error, step: 'columns' });
      jobIds.current.check = result.value.jobId;
      patch({ error: null, stale: false, step: 'review' });
      await follow(result.value.jobId);
    },
    [follow, patch],
  );

  /** Changes the plan; on the review step the check runs again shortly after. */
  const updatePlan = useCallback(
    (change: (plan: ImportPlan) => ImportPlan) => {
      setState((s) => {
        if (!s.plan) return s;
        const plan = change(s.plan);
        if (s.step === 'review') {
          if (recheck.current) clearTimeout(recheck.current);
          recheck.current = setTimeout(() => void runCheck(plan), RECHECK_AFTER_MS);
        }
        return { ...s, plan, stale: s.step === 'review' };
      });
    },
    [runCheck],
  );

  const setStatusRole = useCallback((value: string, role: StatusRole) => updatePlan((p) => ({ ...p, statuses: { ...p.statuses, [value]: role } })), [updatePlan]);
  const setOwner = useCallback((value: string, repId: number | null) => updatePlan((p) => ({ ...p, owners: { ...p.owners, [value]: repId } })), [updatePlan]);

  const startImport = useCallback(async () => {
    if (!uploadId.current || !state.plan) return;
    const result = await call('imports.start', { uploadId: uploadId.current, plan: state.plan, mode: 'commit', name: state.name.trim() || state.file?.name || 'CSV import', rememberMapping: state.remember });
    if (!result.ok) return patch({ error: result.error });
    jobIds.current.commit = result.value.jobId;
    patch({ step: 'importing', error: null });
    await follow(result.value.jobId);
  }, [follow, patch, state.file?.name, state.name, state.plan, state.remember]);

  const cancelJob = useCallback(async (job: ImportJob | null) => {
    if (job?.state === 'running') await call('imports.cancel', { jobId: job.id });
  }, []);

  const reset = useCallback(() => {
    uploadId.current = null;
    jobIds.current = { check: null, commit: null };
    setState(INITIAL);
  }, []);

  return {
    state,
    patch,
    chooseFile,
    inspect,
    updatePlan,
    check: () => (state.plan ? runCheck(state.plan) : undefined),
    setStatusRole,
    setOwner,
    startImport,
    cancelJob,
    reset,
    back: (step: WizardStep) => patch({ step }),
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
