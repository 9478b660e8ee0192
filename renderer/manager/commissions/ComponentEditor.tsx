import { Toggle } from '../../ui/components/Toggle';
import { useI18n } from '../../ui/i18n/i18n';
import { Choice, Field, patchAt } from './fields';
import type { ComponentDraft } from './plan-draft';

/** One component of a plan: what it counts, how it pays, its tiers, cap and gate. */
export function ComponentEditor({
  value,
  others,
  currency,
  onChange,
  onRemove,
}: {
  value: ComponentDraft;
  others: ComponentDraft[];
  currency: string;
  onChange: (patch: Partial<ComponentDraft>) => void;
  onRemove: () => void;
}) {
  const { m } = useI18n();
  const e = m.commissions.editor;
  const c = value;
  const fromUnit = c.measure === 'attainment' ? e.tierUnit.percent : c.metric === 'count' ? e.tierUnit.count : e.tierUnit.money(currency);
  const rateUnit = c.payout === 'target_incentive' ? e.rateUnit.multiplier : e.rateUnit.percent;
  return (
    <fieldset className="cm-component" data-testid="component">
      <div className="form-row">
        <Field label={e.componentName} value={c.name} onChange={(name) => onChange({ name })} grow />
        <Choice label={e.metric} value={c.metric} options={e.metrics} onChange={(metric) => onChange({ metric, ...(metric === 'count' ? { payout: 'target_incentive' as const } : {}) })} />
        <Field label={e.products} value={c.products} placeholder={e.productsPlaceholder} onChange={(products) => onChange({ products })} grow />
        <button type="button" className="btn btn-danger-ghost btn-small" onClick={onRemove}>
          {e.remove}
        </button>
      </div>
      <div className="form-row">
        <Choice label={e.payout} value={c.payout} options={e.payouts} onChange={(payout) => onChange({ payout })} />
        {c.payout === 'target_incentive' ? <Field label={e.weight} value={c.weight} numeric onChange={(weight) => onChange({ weight })} /> : null}
        <Choice label={e.measure} value={c.measure} options={e.measures} onChange={(measure) => onChange({ measure })} />
        <Choice label={e.mode} value={c.mode} options={e.modes} onChange={(mode) => onChange({ mode })} />
        <Choice label={e.basis} value={c.basis} options={e.bases} onChange={(basis) => onChange({ basis })} />
        <Choice label={e.boundary} value={c.boundary} options={e.boundaries} onChange={(boundary) => onChange({ boundary })} />
      </div>
      <table className="table compact cm-tiers">
        <thead>
          <tr>
            <th>#</th>
            <th>
              {e.tierFrom} ({fromUnit})
            </th>
            <th>
              {e.tierRate} ({rateUnit})
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {c.tiers.map((tier, i) => (
            <tr key={i} data-testid="tier">
              <td className="muted">{i + 1}</td>
              <td>
                <input className="cm-num" aria-label={`${e.tierFrom} ${i + 1}`} value={tier.from} onChange={(ev) => onChange({ tiers: patchAt(c.tiers, i, { from: ev.target.value }) })} />
              </td>
              <td>
                <input className="cm-num" aria-label={`${e.tierRate} ${i + 1}`} value={tier.rate} onChange={(ev) => onChange({ tiers: patchAt(c.tiers, i, { rate: ev.target.value }) })} />
              </td>
              <td className="col-actions">
                {c.tiers.length > 1 ? (
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange({ tiers: c.tiers.filter((_, j) => j !== i) })}>
                    {e.remove}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-row">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange({ tiers: [...c.tiers, { from: '', rate: '' }] })}>
          + {e.addTier}
        </button>
      </div>
      {c.payout === 'target_incentive' ? <p className="muted small">{e.multiplierHint}</p> : null}
      <div className="form-row">
        <Choice label={e.cap} value={c.cap} options={e.caps} onChange={(cap) => onChange({ cap })} />
        {c.cap !== 'none' ? <Field label={`${e.capValue} (${c.cap === 'amount' ? currency : '%'})`} value={c.capValue} numeric onChange={(capValue) => onChange({ capValue })} /> : null}
        <span className="toggle-label">
          <Toggle checked={c.gate} onChange={(gate) => onChange({ gate, gateComponentId: c.gateComponentId || others[0]?.id || '' })} label={e.gate} disabled={others.length === 0} />
          {e.gate}
        </span>
        {c.gate ? (
          <>
            <label className="field">
              <span>{e.gateComponent}</span>
              <select value={c.gateComponentId} onChange={(ev) => onChange({ gateComponentId: ev.target.value })}>
                {others.map((o) => (
                  <option key={o.key} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <Choice label={e.gateComparison} value={c.gateComparison} options={e.gateComparisons} onChange={(gateComparison) => onChange({ gateComparison })} />
            <Field label={e.gatePercent} value={c.gatePercent} numeric onChange={(gatePercent) => onChange({ gatePercent })} />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
