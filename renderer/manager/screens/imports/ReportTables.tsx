import type { ReactNode } from 'react';
import type { Rep } from '../../../../preload/contract';
import type { ImportKind, ImportReport, StatusRole } from '../../../../preload/imports-contract';
import { useI18n } from '../../../ui/i18n/i18n';

const ROLES: Record<ImportKind, readonly StatusRole[]> = { deals: ['won', 'skip'], payments: ['payment', 'refund', 'skip'] };

/** A titled part of the report, with a line saying what it is for, around its table. */
function ReportSection({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <section className="card report-section">
      <h3 className="card-title">{title}</h3>
      <p className="muted small section-intro">{intro}</p>
      {children}
    </section>
  );
}

/** Every status value in the file, how many rows have it, and what it is imported as. */
export function StatusTable({ report, kind, onChange }: { report: ImportReport; kind: ImportKind; onChange: (value: string, role: StatusRole) => void }) {
  const { m, f } = useI18n();
  const t = m.imports.report;
  if (report.statusValues.length === 0) return null;
  return (
    <ReportSection title={t.statuses} intro={t.statusesIntro}>
      <table className="table compact" data-testid="statuses">
        <thead>
          <tr>
            <th>{t.statusValue}</th>
            <th className="col-num">{t.rows}</th>
            <th>{t.role}</th>
          </tr>
        </thead>
        <tbody>
          {report.statusValues.map((status) => (
            <tr key={status.value} data-status={status.value} className={status.role === 'skip' ? 'is-muted' : ''}>
              <td>{status.value || <span className="muted">{t.noStatus}</span>}</td>
              <td className="col-num tabular">{f.number(status.count)}</td>
              <td>
                <select aria-label={`${t.role}: ${status.value}`} value={status.role} onChange={(e) => onChange(status.value, e.target.value as StatusRole)}>
                  {ROLES[kind].map((role) => (
                    <option key={role} value={role}>
                      {t.roles[role]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

/** Owners named in the file and the rep each becomes (confirm suggestions, map the unknown). */
export function OwnersTable({ report, reps, onChange }: { report: ImportReport; reps: readonly Rep[]; onChange: (value: string, repId: number | null) => void }) {
  const { m, f } = useI18n();
  const t = m.imports.report;
  if (report.owners.length === 0) return null;
  return (
    <ReportSection title={t.owners} intro={t.ownersIntro}>
      <table className="table compact" data-testid="owners">
        <thead>
          <tr>
            <th>{t.owner}</th>
            <th className="col-num">{t.events}</th>
            <th>{t.rep}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {report.owners.map((owner) => (
            <tr key={`${owner.kind}:${owner.value}`} data-owner={owner.value} className={owner.repId === null ? 'is-unmatched' : ''}>
              <td>{owner.value}</td>
              <td className="col-num tabular">{f.number(owner.events)}</td>
              <td>
                <select aria-label={`${t.rep}: ${owner.value}`} value={owner.repId === null ? '' : String(owner.repId)} onChange={(e) => onChange(owner.value, e.target.value === '' ? null : Number(e.target.value))}>
                  <option value="">{t.leaveUnmapped}</option>
                  {reps.map((rep) => (
                    <option key={rep.id} value={rep.id}>
                      {rep.email ? `${rep.name} · ${rep.email}` : rep.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <span className={`pill ${owner.via === 'none' ? 'pill-amber' : owner.via === 'suggestion' ? 'pill-grey' : 'pill-green'}`}>{t.via[owner.via]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

/** Rows that will not be imported, each with where and why. */
export function ProblemsTable({ report }: { report: ImportReport }) {
  const { m, f } = useI18n();
  const t = m.imports.report;
  if (report.errors.rows === 0) return null;
  return (
    <ReportSection title={t.problems} intro={t.problemsIntro}>
      <table className="table compact" data-testid="problems">
        <thead>
          <tr>
            <th>{t.row}</th>
            <th>{t.column}</th>
            <th>{t.value}</th>
            <th>{t.problem}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.problems.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`} data-row={p.row}>
              <td className="nowrap tabular">
                {f.number(p.row)}
                {p.line !== p.row ? <span className="muted small"> ({t.line(f.number(p.line))})</span> : null}
              </td>
              <td>{p.column}</td>
              <td>
                <code className="cell-value">{p.value === '' ? '∅' : p.value}</code>
              </td>
              <td>{m.imports.problems[p.code](p.details ?? {})}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.errors.truncated ? <p className="muted small">{t.moreProblems}</p> : null}
    </ReportSection>
  );
}

/** Lines that are not data (footers, blank lines), and refunds that name no known payment. */
export function NotesSection({ report }: { report: ImportReport }) {
  const { m, f } = useI18n();
  const t = m.imports.report;
  if (report.ignored.length === 0 && report.unlinkedRefunds.count === 0) return null;
  return (
    <section className="card report-section" data-testid="notes">
      {report.unlinkedRefunds.count > 0 ? <div className="notice notice-warn">{t.unlinked(report.unlinkedRefunds.count)}</div> : null}
      {report.ignored.length > 0 ? (
        <>
          <h3 className="card-title">{t.ignored}</h3>
          <ul className="ignored-list small">
            {report.ignored.map((line) => (
              <li key={line.row}>
                <span className="muted tabular">
                  {t.row} {f.number(line.row)}
                </span>{' '}
                {line.text || <span className="muted">{t.ignoredBlank}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
