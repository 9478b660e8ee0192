import { useState, type FormEvent } from 'react';
import type { AssignmentInput, AssignmentView, CommissionPlanInput } from '../../../preload/commissions-contract';
import type { AppError, Rep } from '../../../preload/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money-input';
import { Choice, Field, patchAt } from './fields';
import { newKey } from './plan-draft';

interface Draft {
  repId: string;
  startDay: string;
  endDay: string;
  quotas: Record<string, string>;
  targetIncentive: string;
  ramp: string;
  leaves: { key: string; firstDay: string; lastDay: string }[];
  draw: 'none' | 'recoverable' | 'non_recoverable';
  drawAmount: string;
  drawPeriods: string;
}

function toDraft(plan: CommissionPlanInput, view: AssignmentView | null, today: string): Draft {
  const digits = minorDigits(plan.currency);
  const t = view?.terms;
  const quotas: Record<string, string> = {};
  for (const c of plan.components) {
    const q = t?.quotas.find((x) => x.componentId === c.id)?.quota;
    quotas[c.id] = q === undefined ? '' : c.metric === 'amount' ? minorToDecimal(Number(q), digits) : q;
  }
  return {
    repId: view ? String(view.repId) : '',
    startDay: t?.startDay ?? `${today.slice(0, 7)}-01`,
    endDay: t?.endDay ?? '',
    quotas,
    targetIncentive: t?.targetIncentiveMinor ? minorToDecimal(t.targetIncentiveMinor, digits) : '',
    ramp: t?.ramp.join(', ') ?? '',
    leaves: (t?.leaves ?? []).map((l) => ({ key: newKey(), ...l })),
    draw: t?.draw?.kind ?? 'none',
    drawAmount: t?.draw ? minorToDecimal(t.draw.amountMinor, digits) : '',
    drawPeriods: t?.draw?.periods ? String(t.draw.periods) : '',
  };
}

export function AssignmentForm({
  planId,
  plan,
  reps,
  editing,
  today,
  onDone,
}: {
  planId: number;
  plan: CommissionPlanInput;
  reps: Rep[];
  editing: AssignmentView | null;
  today: string;
  onDone: () => void;
}) {
  const { m } = useI18n();
  const a = m.commissions.assignments;
  const [d, setD] = useState<Draft>(() => toDraft(plan, editing, today));
  const [error, setError] = useState<AppError | null>(null);
  const set = (patch: Partial<Draft>) => setD((current) => ({ ...current, ...patch }));
  const digits = minorDigits(plan.currency);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const money = (text: string): number | null => {
      const minor = decimalToMinor(text, digits);
      if (minor === null) setError({ code: 'invalid_input', message: m.commissions.notAmount(text) });
      return minor;
    };
    const quotas: AssignmentInput['quotas'] = [];
    for (const c of plan.components) {
      const text = d.quotas[c.id]?.trim() ?? '';
      if (!text) continue;
      const value = c.metric === 'amount' ? money(text) : Number.isInteger(Number(text)) ? Number(text) : null;
      if (value === null) return;
      quotas.push({ componentId: c.id, quota: String(value) });
    }
    const ti = d.targetIncentive.trim() ? money(d.targetIncentive) : null;
    const drawAmount = d.draw !== 'none' ? money(d.drawAmount) : null;
    if ((d.targetIncentive.trim() && ti === null) || (d.draw !== 'none' && drawAmount === null)) return;
    const terms: AssignmentInput = {
      startDay: d.startDay,
      endDay: d.endDay.trim() || null,
      quotas,
      targetIncentiveMinor: ti,
      ramp: d.ramp.split(',').map((r) => r.trim()).filter(Boolean),
      leaves: d.leaves.map(({ firstDay, lastDay }) => ({ firstDay, lastDay })),
      draw: d.draw === 'none' || drawAmount === null ? null : { kind: d.draw, amountMinor: drawAmount, periods: d.drawPeriods.trim() ? Number.parseInt(d.drawPeriods, 10) : null },
    };
    const result = await call('commissions.saveAssignment', { planId, repId: Number(d.repId), terms });
    if (!result.ok) return setError(result.error);
    setError(null);
    onDone();
  };

  return (
    <form className="cm-assignment-form" onSubmit={(e) => void save(e)} aria-label={a.add}>
      <div className="form-row">
        <label className="field grow">
          <span>{a.rep}</span>
          <select value={d.repId} onChange={(e) => set({ repId: e.target.value })} disabled={editing !== null} required>
            <option value="">{a.chooseRep}</option>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <Field label={a.from} type="date" value={d.startDay} onChange={(startDay) => set({ startDay })} />
        <Field label={a.until} type="date" value={d.endDay} onChange={(endDay) => set({ endDay })} />
      </div>
      <div className="form-row">
        {plan.components.map((c) => (
          <Field
            key={c.id}
            label={`${a.quota(c.name)} (${c.metric === 'amount' ? a.quotaUnit.money(plan.currency) : a.quotaUnit.count})`}
            value={d.quotas[c.id] ?? ''}
            numeric
            onChange={(value) => set({ quotas: { ...d.quotas, [c.id]: value } })}
          />
        ))}
        <Field label={`${a.targetIncentive} (${plan.currency})`} value={d.targetIncentive} numeric onChange={(targetIncentive) => set({ targetIncentive })} />
        <Field label={a.ramp} value={d.ramp} placeholder={a.rampPlaceholder} onChange={(ramp) => set({ ramp })} />
      </div>
      <div className="form-row">
        <Choice label={a.draw} value={d.draw} options={a.draws} onChange={(draw) => set({ draw })} />
        {d.draw !== 'none' ? (
          <>
            <Field label={`${a.drawAmount} (${plan.currency})`} value={d.drawAmount} numeric onChange={(drawAmount) => set({ drawAmount })} />
            <Field label={a.drawPeriods} value={d.drawPeriods} numeric onChange={(drawPeriods) => set({ drawPeriods })} />
          </>
        ) : null}
      </div>
      <div className="form-row">
        <strong className="small">{a.leaves}</strong>
        {d.leaves.map((leave, i) => (
          <span key={leave.key} className="form-row">
            <Field label={m.commissions.editor.spifFrom} type="date" value={leave.firstDay} onChange={(firstDay) => set({ leaves: patchAt(d.leaves, i, { firstDay }) })} />
            <Field label={m.commissions.editor.spifTo} type="date" value={leave.lastDay} onChange={(lastDay) => set({ leaves: patchAt(d.leaves, i, { lastDay }) })} />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ leaves: d.leaves.filter((_, j) => j !== i) })}>
              {m.commissions.editor.remove}
            </button>
          </span>
        ))}
        <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ leaves: [...d.leaves, { key: newKey(), firstDay: today, lastDay: today }] })}>
          + {a.addLeave}
        </button>
      </div>
      <ErrorNotice error={error} />
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button type="submit" className="btn btn-primary">
          {a.save}
        </button>
      </div>
    </form>
  );
}
