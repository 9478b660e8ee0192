import type { RuleChange } from '../../../../preload/contract';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import type { Messages } from '../../../ui/i18n/en';
import { useI18n, type Formatters } from '../../../ui/i18n/i18n';
import { useManager } from '../../store';

function describe(change: RuleChange, m: Messages, f: Formatters, base: string): string {
  const h = m.scoring.history;
  const dayText = (d: string | null) => (d ? f.date(Date.parse(`${d}T12:00:00Z`)) : m.scoring.rates.anyDay);
  switch (change.kind) {
    case 'rule': {
      const values = (v: typeof change.before) =>
        h.ruleValues(f.number(v.points), v.pointsPerStep > 0 ? h.perStep(f.number(v.pointsPerStep), f.money(v.amountStepMinor, base)) : null, v.enabled);
      return h.rule(m.eventTypes[change.eventType], values(change.before), values(change.after));
    }
    case 'rate':
      return h.rate(h.action[change.action], m.scoring.rates.example(change.currency, change.rate, change.baseCurrency), dayText(change.validFrom));
    case 'group':
      return h.group(h.action[change.action], change.name, f.number(change.points));
    case 'product':
      return h.product(h.action[change.action], change.name, change.points === null ? m.scoring.catalog.pointsFromGroup('…') : f.number(change.points));
    case 'focus':
      return h.focus(h.action[change.action], change.name, change.factor, dayText(change.fromDay), dayText(change.toDay));
  }
}

/** Every change to the rule set, newest first, as versions. */
export function HistorySection() {
  const { m, f } = useI18n();
  const base = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const history = useQuery('rules.history', { limit: 100 }, ['rules']);
  const h = m.scoring.history;
  const versions = history.data?.versions ?? [];
  return (
    <div className="card section-card">
      <h2>{h.title}</h2>
      <p className="muted">{h.intro}</p>
      <ErrorNotice error={history.error} />
      {versions.length === 0 && !history.loading ? <p className="empty subtle">{h.empty}</p> : null}
      <ul className="history-list" data-testid="rule-history">
        {versions.map((v) => (
          <li key={v.id}>
            <span className="version-tag">v{v.id}</span>
            <span className="grow">{describe(v.change, m, f, base)}</span>
            <span className="muted small nowrap">{f.dateTime(v.createdAt)}</span>
            {v.id === history.data?.current ? <span className="pill pill-green">{h.current}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
