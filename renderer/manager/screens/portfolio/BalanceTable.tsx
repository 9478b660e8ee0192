import type { BalanceRow } from '../../../../preload/contract';
import { Avatar } from '../../../ui/components/Avatar';
import { useI18n } from '../../../ui/i18n/i18n';

/** Portfolio size per rep now and after the change, with a bar against capacity (or the largest portfolio). */
export function BalanceTable({ rows, testId }: { rows: BalanceRow[]; testId?: string }) {
  const { m, f } = useI18n();
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.after, r.before, r.capacity ?? 0)));
  return (
    <table className="table compact balance-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{m.leaderboard.rep}</th>
          <th className="col-num">{m.org.transfer.before}</th>
          <th className="col-num">{m.org.distribution.added}</th>
          <th className="col-num">{m.org.transfer.after}</th>
          <th className="col-bar" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const change = row.added - row.removed;
          return (
            <tr key={row.repId} data-rep={row.name}>
              <td>
                <span className="rep-cell">
                  <Avatar name={row.name} size={26} src={row.avatarUrl} />
                  {row.name}
                </span>
              </td>
              <td className="col-num tabular">{f.number(row.before)}</td>
              <td className={`col-num tabular ${change > 0 ? 'gain' : change < 0 ? 'loss' : 'muted'}`}>{change === 0 ? '—' : `${change > 0 ? '+' : '−'}${f.number(Math.abs(change))}`}</td>
              <td className="col-num tabular">
                <strong>{f.number(row.after)}</strong>
                {row.capacity !== null ? <span className="muted small"> / {f.number(row.capacity)}</span> : null}
              </td>
              <td className="col-bar">
                <span className="bar balance-bar">
                  <span className="bar-fill bar-before" style={{ width: `${(Math.min(row.before, row.after) / scale) * 100}%` }} />
                  {change > 0 ? <span className="bar-fill bar-added" style={{ width: `${(change / scale) * 100}%` }} /> : null}
                  {change < 0 ? <span className="bar-fill bar-removed" style={{ width: `${(-change / scale) * 100}%` }} /> : null}
                  {row.capacity !== null ? <span className="bar-capacity" style={{ left: `${(row.capacity / scale) * 100}%` }} /> : null}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
