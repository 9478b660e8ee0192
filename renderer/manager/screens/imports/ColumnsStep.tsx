import type { ImportField, ImportKind } from '../../../../preload/imports-contract';
import { useI18n } from '../../../ui/i18n/i18n';
import { ReadingSettings } from './ReadingSettings';
import type { ImportWizard } from './use-import-wizard';

const FIELDS: Record<ImportKind, readonly ImportField[]> = {
  deals: ['date', 'owner', 'amount', 'currency', 'status', 'id', 'customer', 'title'],
  payments: ['date', 'owner', 'amount', 'currency', 'status', 'id', 'customer', 'title', 'refundedAmount', 'refundedDate', 'reverses'],
};

function formatBytes(bytes: number, number: (n: number) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 102.4) / 10)} KB`;
  return `${number(Math.round(bytes / 104857.6) / 10)} MB`;
}

/** Step 2: what the file is, which column feeds which field, how to read it, and its first rows. */
export function ColumnsStep({ wizard }: { wizard: ImportWizard }) {
  const { m, f } = useI18n();
  const t = m.imports;
  const { inspection, plan } = wizard.state;
  if (!inspection || !plan) return null;
  const mappedField = new Map(Object.entries(plan.columns).map(([field, at]) => [at, field as ImportField]));
  const firstRow = inspection.preview[0] ?? [];

  const setColumn = (field: ImportField, value: string) =>
    wizard.updatePlan((p) => {
      const columns = { ...p.columns };
      // A column feeds one field: taking it here frees it elsewhere.
      for (const [other, at] of Object.entries(columns)) if (String(at) === value) delete columns[other as ImportField];
      if (value === '') delete columns[field];
      else columns[field] = Number(value);
      return { ...p, columns };
    });

  return (
    <div className="wizard-body">
      <div className="card file-summary" data-testid="file-summary">
        <div>
          <h2>{inspection.upload.name}</h2>
          <div className="muted">{t.file.summary(formatBytes(inspection.upload.bytes, f.number), t.encodings[inspection.encoding], t.delimiters[inspection.delimiter] ?? inspection.delimiter)}</div>
        </div>
        <div className="file-badges">
          {inspection.layout ? <span className="pill pill-green">{t.file.recognised(t.layouts[inspection.layout.id] ?? inspection.layout.label)}</span> : <span className="pill pill-amber">{t.file.unknownLayout}</span>}
          {inspection.savedMapping ? <span className="pill pill-grey">{t.file.savedMapping}</span> : null}
        </div>
        <button type="button" className="btn btn-ghost btn-small" onClick={wizard.reset}>
          {t.file.another}
        </button>
      </div>

      <div className="card">
        <div className="kind-row">
          <span className="field-label">{t.kind.label}</span>
          <div className="segmented" role="radiogroup" aria-label={t.kind.label}>
            {(['deals', 'payments'] as const).map((kind) => (
              <button key={kind} type="button" role="radio" aria-checked={plan.kind === kind} className={plan.kind === kind ? 'is-selected' : ''} onClick={() => kind !== plan.kind && void wizard.inspect({ kind })}>
                {t.kind[kind]}
              </button>
            ))}
          </div>
        </div>
        <div className="mapping-grid">
          {FIELDS[plan.kind].map((field) => {
            const at = plan.columns[field];
            const sample = at === undefined ? '' : (firstRow[at] ?? '');
            const label = field === 'date' ? t.dateField[plan.kind] : t.fields[field];
            return (
              <label key={field} className="mapping-row">
                <span className="mapping-label">
                  <strong>{label}</strong>
                  <span className="muted small">{t.fieldHints[field]}</span>
                </span>
                <select aria-label={label} value={at === undefined ? '' : String(at)} onChange={(e) => setColumn(field, e.target.value)}>
                  <option value="">{t.notInFile}</option>
                  {inspection.header.map((name, index) => (
                    <option key={index} value={index}>
                      {name || t.columnN(index + 1)}
                    </option>
                  ))}
                </select>
                <span className="mapping-sample muted small" title={sample}>
                  {sample ? t.sample(sample) : ''}
                </span>
              </label>
            );
          })}
        </div>
      </div>

      <ReadingSettings wizard={wizard} />

      <div className="card">
        <h3 className="card-title">{t.preview}</h3>
        <div className="preview-scroll">
          <table className="table compact preview-table" data-testid="preview">
            <thead>
              <tr>
                {inspection.header.map((name, index) => {
                  const field = mappedField.get(index);
                  return (
                    <th key={index} className={field ? 'is-mapped' : ''}>
                      {field ? <span className="field-badge">{field === 'date' ? t.dateField[plan.kind] : t.fields[field]}</span> : null}
                      {name || t.columnN(index + 1)}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {inspection.preview.map((row, r) => (
                <tr key={r}>
                  {inspection.header.map((_name, c) => (
                    <td key={c} className={mappedField.has(c) ? 'is-mapped' : ''}>
                      {row[c] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div className="wizard-actions">
        <button type="button" className="btn btn-ghost" onClick={wizard.reset}>
          {t.back}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void wizard.check()}>
          {t.check}
        </button>
      </div>
    </div>
  );
}
