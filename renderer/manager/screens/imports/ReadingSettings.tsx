import { useState } from 'react';
import { DELIMITERS, TEXT_ENCODINGS, type Delimiter, type TextEncodingName } from '../../../../preload/imports-contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { useI18n } from '../../../ui/i18n/i18n';
import { useManager } from '../../store';
import type { ImportWizard } from './use-import-wizard';

const NEW_SOURCE = '__new__';
/** The built-in import source of sheets Fanfare does not know (its name is worded by the UI). */
export const SHEETS_SOURCE = 'csv-sheets';

/** How to read the bytes and values: encoding, separator, dates, decimals, zone, currency, source. */
export function ReadingSettings({ wizard }: { wizard: ImportWizard }) {
  const { m } = useI18n();
  const t = m.imports;
  const workspace = useManager((s) => s.workspace);
  const sources = useQuery('imports.sources', {}, ['imports', 'sources']);
  const [newSource, setNewSource] = useState<string | null>(null);
  const { inspection, plan } = wizard.state;
  if (!inspection || !plan) return null;
  const zones = [...new Set([workspace?.timeZone ?? 'UTC', 'UTC', plan.timeZone])];

  const createSource = async () => {
    if (!newSource?.trim()) return;
    const result = await call('imports.createSource', { name: newSource.trim() });
    if (!result.ok) return wizard.patch({ error: result.error });
    setNewSource(null);
    wizard.updatePlan((p) => ({ ...p, sourceId: result.value.id }));
  };

  return (
    <div className="card">
      <h3 className="card-title">{t.reading}</h3>
      <div className="settings-grid">
        <label className="field">
          <span>{t.encoding}</span>
          <select value={plan.encoding} onChange={(e) => void wizard.inspect({ kind: plan.kind, encoding: e.target.value as TextEncodingName })}>
            {TEXT_ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t.encodings[encoding]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.delimiter}</span>
          <select value={plan.delimiter} onChange={(e) => void wizard.inspect({ kind: plan.kind, encoding: plan.encoding, delimiter: e.target.value as Delimiter })}>
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t.delimiters[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.decimalMark}</span>
          <select value={plan.decimalMark} onChange={(e) => wizard.updatePlan((p) => ({ ...p, decimalMark: e.target.value as '.' | ',' }))}>
            {(['.', ','] as const).map((mark) => (
              <option key={mark} value={mark}>
                {t.decimalMarks[mark]}
              </option>
            ))}
          </select>
        </label>
        {inspection.slashedDates ? (
          <div className={`field ${inspection.dateOrderAmbiguous ? 'needs-choice' : ''}`}>
            <span>{t.dateOrder}</span>
            <div className="segmented" role="radiogroup" aria-label={t.dateOrder}>
              {(['dmy', 'mdy'] as const).map((order) => (
                <button key={order} type="button" role="radio" aria-checked={plan.dateOrder === order} className={plan.dateOrder === order ? 'is-selected' : ''} onClick={() => wizard.updatePlan((p) => ({ ...p, dateOrder: order }))}>
                  {t.dateOrders[order]}
                </button>
              ))}
            </div>
            {inspection.dateOrderAmbiguous ? <span className="hint warn small">{t.dateOrderAmbiguous}</span> : null}
          </div>
        ) : null}
        <label className="field">
          <span>{t.timeZone}</span>
          <select value={plan.timeZone} onChange={(e) => wizard.updatePlan((p) => ({ ...p, timeZone: e.target.value }))}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {plan.timeZone === 'UTC' && inspection.plan.timeZone === 'UTC' ? <span className="hint small muted">{t.timeZoneHint}</span> : null}
        </label>
        {plan.columns.currency === undefined ? (
          <label className="field">
            <span>{t.defaultCurrency}</span>
            <input
              className="currency-input"
              value={plan.defaultCurrency ?? ''}
              maxLength={3}
              onChange={(e) => wizard.updatePlan((p) => ({ ...p, defaultCurrency: e.target.value.toUpperCase() || null }))}
            />
            <span className="hint small muted">{t.defaultCurrencyHint}</span>
          </label>
        ) : null}
        <label className="field">
          <span>{t.source}</span>
          <select
            value={newSource !== null ? NEW_SOURCE : plan.sourceId}
            onChange={(e) => {
              if (e.target.value === NEW_SOURCE) return setNewSource('');
              setNewSource(null);
              wizard.updatePlan((p) => ({ ...p, sourceId: e.target.value }));
            }}
          >
            {(sources.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.id === SHEETS_SOURCE ? t.sheetsSource : s.name}
              </option>
            ))}
            <option value={NEW_SOURCE}>{t.newSource}</option>
          </select>
        </label>
        {newSource !== null ? (
          <div className="field new-source">
            <span>{t.newSourceName}</span>
            <div className="inline-form">
              <input value={newSource} onChange={(e) => setNewSource(e.target.value)} placeholder={t.newSourcePlaceholder} maxLength={80} />
              <button type="button" className="btn btn-secondary" onClick={() => void createSource()} disabled={!newSource.trim()}>
                {m.common.create}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
