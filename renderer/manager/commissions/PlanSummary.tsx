import type { CommissionPlanInput } from '../../../preload/commissions-contract';
import { useI18n } from '../../ui/i18n/i18n';

/** The plan in a few readable lines: how it pays, its tiers, SPIFs and clawback. */
export function PlanSummary({ plan }: { plan: CommissionPlanInput }) {
  const { m, f } = useI18n();
  const e = m.commissions.editor;
  const s = m.commissions.summary;
  const day = (d: string) => f.date(Date.parse(`${d}T12:00:00Z`));
  return (
    <div className="cm-summary">
      <p>{s.pays(e.periodKinds[plan.periodKind], e.creditOns[plan.creditOn], e.creditRoleNames[plan.creditRoles])}</p>
      {plan.fxRates.length > 0 ? <p className="muted small">{plan.fxRates.map((r) => s.fx(r.currency, r.rate, plan.currency)).join(' · ')}</p> : null}
      {plan.components.map((c) => {
        const percentUnit = c.payout.kind === 'percent_of_amount';
        const from = (text: string) => (c.table.measure === 'attainment' ? `${text}%` : c.metric === 'amount' ? f.money(Number(text), plan.currency) : text);
        return (
          <div key={c.id} className="cm-summary-component">
            <strong>{c.name}</strong>
            <span className="muted small">
              {' '}
              · {e.payouts[c.payout.kind]}
              {c.payout.kind === 'target_incentive' ? ` (${s.weight(c.payout.weightPercent)})` : ''}
              {c.products.length > 0 ? ` · ${s.products(c.products.join(', '))}` : ''}
            </span>
            <div className="small">{s.tiersOn(e.measures[c.table.measure].toLowerCase(), e.modes[c.table.mode].toLowerCase(), e.bases[c.table.basis].toLowerCase())}</div>
            <ol className="cm-tier-chips">
              {c.table.tiers.map((t, i) => (
                <li key={i}>
                  <span className="muted">{from(t.from)}</span> → <strong>{percentUnit ? `${t.rate}%` : `${t.rate}×`}</strong>
                </li>
              ))}
            </ol>
            {c.cap ? <div className="small">{`${e.cap}: ${c.cap.kind === 'amount' ? f.money(c.cap.amountMinor, plan.currency) : `${c.cap.percent}%`}`}</div> : null}
            {c.gate ? (
              <div className="small">{s.gate(plan.components.find((o) => o.id === c.gate?.componentId)?.name ?? c.gate.componentId, e.gateComparisons[c.gate.comparison], c.gate.attainmentPercent)}</div>
            ) : null}
          </div>
        );
      })}
      {plan.spifs.map((spif) => (
        <p key={spif.id} className="small">
          <strong>SPIF {spif.name}</strong>:{' '}
          {s.spif(f.money(spif.amountMinor, plan.currency), e.spifPayouts[spif.payout], m.eventTypes[spif.eventType], day(spif.firstDay), day(spif.lastDay), spif.minQuantity)}
          {spif.products.length > 0 ? ` (${s.products(spif.products.join(', '))})` : ''}
        </p>
      ))}
      <p className="small">{plan.clawback ? s.clawback(plan.clawback.windowDays, e.clawbackModes[plan.clawback.mode]) : s.noClawback}</p>
    </div>
  );
}
