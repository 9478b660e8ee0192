import type { ImportReport } from '../../../../preload/imports-contract';
import { useI18n } from '../../../ui/i18n/i18n';

function Tile({ value, label, tone, detail, testId }: { value: string; label: string; tone: 'main' | 'plain' | 'warn' | 'bad'; detail?: string | undefined; testId: string }) {
  return (
    <div className={`tile tile-${tone}`} data-testid={testId}>
      <div className="tile-value tabular">{value}</div>
      <div className="tile-label">{label}</div>
      {detail ? <div className="tile-detail small">{detail}</div> : null}
    </div>
  );
}

/** The report at a glance: what will be added, what is already there, skipped, wrong, without a rep. */
export function ReportSummary({ report }: { report: ImportReport }) {
  const { m, f } = useI18n();
  const t = m.imports.report;
  const byType = [
    report.events.won ? t.byType.won(f.number(report.events.won)) : null,
    report.events.confirmed ? t.byType.confirmed(f.number(report.events.confirmed)) : null,
    report.events.refunded ? t.byType.refunded(f.number(report.events.refunded)) : null,
  ].filter(Boolean);
  return (
    <div className="report-summary">
      <div className="tiles">
        <Tile testId="tile-new" tone="main" value={f.number(report.newEvents)} label={t.toImport} detail={[t.records(f.number(report.records)), ...byType].join(' · ')} />
        <Tile testId="tile-duplicates" tone="plain" value={f.number(report.duplicates.count)} label={t.duplicates} detail={report.duplicates.viaWebhook ? t.viaWebhook(f.number(report.duplicates.viaWebhook)) : undefined} />
        <Tile testId="tile-skipped" tone="plain" value={f.number(report.skipped.count)} label={t.skipped} />
        <Tile testId="tile-errors" tone={report.errors.rows ? 'bad' : 'plain'} value={f.number(report.errors.rows)} label={t.errors} />
        <Tile testId="tile-unmapped" tone={report.blankOwner.count ? 'warn' : 'plain'} value={f.number(report.blankOwner.count)} label={t.blankOwner} />
      </div>
      {report.totals.length > 0 ? (
        <table className="table compact totals-table" data-testid="totals">
          <thead>
            <tr>
              <th>{t.totals}</th>
              {report.events.won ? <th className="col-num">{t.won}</th> : null}
              {report.events.confirmed ? <th className="col-num">{t.confirmed}</th> : null}
              {report.events.refunded ? <th className="col-num">{t.refunded}</th> : null}
              {report.events.confirmed ? <th className="col-num">{t.net}</th> : null}
            </tr>
          </thead>
          <tbody>
            {report.totals.map((total) => (
              <tr key={total.currency} data-currency={total.currency}>
                <td>{total.currency}</td>
                {report.events.won ? <td className="col-num tabular">{f.money(total.won, total.currency)}</td> : null}
                {report.events.confirmed ? <td className="col-num tabular">{f.money(total.confirmed, total.currency)}</td> : null}
                {report.events.refunded ? <td className="col-num tabular">{f.money(total.refunded, total.currency)}</td> : null}
                {report.events.confirmed ? <td className="col-num tabular strong">{f.money(total.net, total.currency)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
