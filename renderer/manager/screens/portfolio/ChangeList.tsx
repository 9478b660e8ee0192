import type { OwnershipChange } from '../../../../preload/contract';
import { useI18n } from '../../../ui/i18n/i18n';
import { formatDay, localDayOf } from '../../../ui/local-day';

/** Ownership changes, newest first: what, to whom, from whom, effective when, why, who decided. */
export function ChangeList({ changes, testId }: { changes: OwnershipChange[]; testId?: string }) {
  const { m, f } = useI18n();
  const p = m.org.portfolio;
  if (changes.length === 0) return <p className="muted">{p.noHistory}</p>;
  return (
    <ul className="change-list" data-testid={testId}>
      {changes.map((c) => {
        const to = c.toRepName ?? (c.toRepCounts.length > 0 ? c.toRepCounts.map((t) => `${t.name} (${t.count})`).join(', ') : p.nobody);
        return (
          <li key={c.id}>
            <div>
              <strong>{p.changeLine(p.changeKinds[c.kind], c.customerCount, to)}</strong>
              {c.fromRepNames.length > 0 ? <span className="muted"> · {p.from(c.fromRepNames.join(', '))}</span> : null}
            </div>
            <div className="muted small">
              {[
                c.effectiveAt <= 0 ? p.effective(p.fromStart) : p.effective(formatDay(localDayOf(c.effectiveAt, f.timeZone), f.locale)),
                c.reason,
                c.movedEvents > 0 ? p.movedEvents(c.movedEvents, f.number(c.movedPoints)) : null,
                `${m.org.audit.actors[c.actor] ?? c.actor} · ${f.dateTime(c.createdAt)}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {c.customerNames.length > 0 && c.customerCount <= 20 ? <div className="small">{c.customerNames.join(', ')}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
