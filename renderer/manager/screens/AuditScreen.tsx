import { useState } from 'react';
import type { AppError, AuditEntry } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';

const WATCHED = ['audit', 'reps', 'teams', 'groupings', 'customers', 'rules', 'identities', 'displays', 'sources', 'repLinks', 'workspace', 'lock', 'commissions'] as const;

/** A JSON value shown short: strings without quotes, lists joined, long things cut. */
function short(json: string | null, none: string): string {
  if (json === null) return none;
  const value = JSON.parse(json) as unknown;
  const text = value === null ? none : typeof value === 'string' ? value : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function Changes({ entry }: { entry: AuditEntry }) {
  const { m } = useI18n();
  const a = m.org.audit;
  if (entry.changes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="change-fields">
      {entry.changes.map((c) => (
        <li key={c.field}>
          <span className="field-name">{c.field}</span>{' '}
          {c.before === null ? (
            <span className="now">{short(c.after, a.none)}</span>
          ) : c.after === null ? (
            <>
              <span className="was">{short(c.before, a.none)}</span> <em className="muted">({a.removed})</em>
            </>
          ) : (
            <>
              <span className="was">{short(c.before, a.none)}</span>
              {' → '}
              <span className="now">{short(c.after, a.none)}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AuditScreen() {
  const { m, f } = useI18n();
  const a = m.org.audit;
  const [entityType, setEntityType] = useState('');
  const [search, setSearch] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  // The newest page stays live; older pages are fetched on demand and appended.
  const [older, setOlder] = useState<{ key: string; entries: AuditEntry[]; hasMore: boolean } | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const filter = { ...(entityType ? { entityType } : {}), ...(search.trim() ? { search: search.trim() } : {}), ...(fromDay ? { fromDay } : {}), ...(toDay ? { toDay } : {}) };
  const log = useQuery('audit.list', { ...filter, limit: 100 }, WATCHED);
  const filterKey = JSON.stringify(filter);
  const olderPages = older?.key === filterKey ? older : null;

  const download = async () => {
    const result = await call('audit.exportCsv', filter);
    if (!result.ok) return setExportError(result.error);
    setExportError(null);
    const url = URL.createObjectURL(new Blob([result.value.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setExported(a.exported(result.value.rows));
  };

  const newest = log.data?.entries ?? [];
  const entries = [...newest, ...(olderPages?.entries ?? []).filter((e) => e.id < (newest[newest.length - 1]?.id ?? Infinity))];
  const hasMore = olderPages ? olderPages.hasMore : (log.data?.hasMore ?? false);
  const loadOlder = async () => {
    const last = entries[entries.length - 1];
    if (!last) return;
    const result = await call('audit.list', { ...filter, limit: 100, beforeId: last.id });
    if (!result.ok) return setExportError(result.error);
    setOlder({ key: filterKey, entries: [...(olderPages?.entries ?? []), ...result.value.entries], hasMore: result.value.hasMore });
  };
  return (
    <section className="screen screen-wide">
      <PageHeader
        title={a.title}
        intro={a.intro}
        actions={
          <button type="button" className="btn btn-secondary" onClick={() => void download()}>
            {a.export}
          </button>
        }
      />
      <ErrorNotice error={exportError ?? log.error} />
      {exported ? (
        <div className="notice notice-ok" role="status">
          {exported}
        </div>
      ) : null}
      <div className="card">
        <div className="form-row audit-filters">
          <label className="field">
            <span>{a.type}</span>
            <select value={entityType} onChange={(e) => setEntityType(e.target.value)}>
              <option value="">{a.allTypes}</option>
              {(log.data?.entityTypes ?? []).map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label className="field grow">
            <span>{a.search}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label className="field">
            <span>{a.from}</span>
            <input type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
          </label>
          <label className="field">
            <span>{a.to}</span>
            <input type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
          </label>
        </div>
        {entries.length === 0 && !log.loading ? <p className="empty">{a.empty}</p> : null}
        {entries.length > 0 ? (
          <table className="table audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>{a.columns.when}</th>
                <th>{a.columns.who}</th>
                <th>{a.columns.what}</th>
                <th>{a.columns.changes}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{f.dateTime(entry.at)}</td>
                  <td>{a.actors[entry.actor] ?? entry.actor}</td>
                  <td>
                    <code className="action">{entry.action}</code>
                    <div>{entry.entityLabel}</div>
                  </td>
                  <td>
                    <Changes entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {hasMore ? (
          <div className="table-foot">
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void loadOlder()}>
              {a.more}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
