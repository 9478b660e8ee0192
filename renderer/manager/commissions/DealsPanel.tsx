import { useState } from 'react';
import type { DealCredit } from '../../../preload/commissions-contract';
import type { AppError, Rep } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { useI18n } from '../../ui/i18n/i18n';
import { patchAt } from './fields';

type Share = { repId: number; percent: string; role: string; overlay: boolean };

function SplitEditor({ deal, reps, onDone }: { deal: DealCredit; reps: Rep[]; onDone: () => void }) {
  const { m } = useI18n();
  const d = m.commissions.deals;
  const [shares, setShares] = useState<Share[]>(() =>
    deal.shares.length > 0 ? deal.shares.map(({ repId, percent, role, overlay }) => ({ repId, percent, role, overlay })) : deal.repId !== null ? [{ repId: deal.repId, percent: '100', role: '', overlay: false }] : [],
  );
  const [error, setError] = useState<AppError | null>(null);
  const save = async (next: Share[]) => {
    const result = await call('commissions.saveSplit', { eventId: deal.event.eventId, shares: next });
    if (!result.ok) return setError(result.error);
    onDone();
  };
  return (
    <div className="cm-split" data-testid="split-editor">
      {shares.map((share, i) => (
        <div className="form-row" key={i}>
          <label className="field grow">
            <span>{m.commissions.assignments.rep}</span>
            <select value={share.repId} onChange={(e) => setShares(patchAt(shares, i, { repId: Number(e.target.value) }))}>
              {reps.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{d.share}</span>
            <input className="cm-num" value={share.percent} inputMode="decimal" onChange={(e) => setShares(patchAt(shares, i, { percent: e.target.value }))} />
          </label>
          <label className="field grow">
            <span>{d.role}</span>
            <input value={share.role} placeholder={d.rolePlaceholder} onChange={(e) => setShares(patchAt(shares, i, { role: e.target.value }))} />
          </label>
          <label className="field inline">
            <input type="checkbox" checked={share.overlay} onChange={(e) => setShares(patchAt(shares, i, { overlay: e.target.checked }))} /> {d.overlay}
          </label>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setShares(shares.filter((_, j) => j !== i))}>
            {m.commissions.editor.remove}
          </button>
        </div>
      ))}
      <ErrorNotice error={error} />
      <div className="form-row">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setShares([...shares, { repId: reps[0]?.id ?? 0, percent: '', role: '', overlay: false }])}>
          + {d.addShare}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => void save([])}>
          {d.resetSplit}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button type="button" className="btn btn-primary btn-small" onClick={() => void save(shares.map((s) => ({ ...s, role: s.role.trim() || d.rolePlaceholder })))}>
          {d.saveSplit}
        </button>
      </div>
    </div>
  );
}

function TermCell({ deal }: { deal: DealCredit }) {
  const { m } = useI18n();
  const [value, setValue] = useState(deal.termDays === null ? '' : String(deal.termDays));
  const [error, setError] = useState<AppError | null>(null);
  const save = async () => {
    const termDays = value.trim() === '' ? null : Number.parseInt(value, 10);
    const result = await call('commissions.saveDealTerm', { eventId: deal.event.eventId, termDays: Number.isNaN(termDays) ? null : termDays });
    setError(result.ok ? null : result.error);
  };
  return (
    <span className="cm-term">
      <input className="cm-num" aria-label={m.commissions.deals.termDays} placeholder={m.commissions.deals.planTerm} value={value} onChange={(e) => setValue(e.target.value)} onBlur={() => void save()} />
      <ErrorNotice error={error} />
    </span>
  );
}

export function DealsPanel({ planId, firstDay }: { planId: number; firstDay: string }) {
  const { m, f } = useI18n();
  const d = m.commissions.deals;
  const deals = useQuery('commissions.periodDeals', { planId, firstDay }, ['commissions', 'events', 'reps']);
  const reps = useQuery('reps.list', {}, ['reps']);
  const [editing, setEditing] = useState<number | null>(null);
  const list = deals.data ?? [];
  return (
    <div className="card" data-testid="deals">
      <h2>{d.title}</h2>
      <p className="muted small">{d.hint}</p>
      <ErrorNotice error={deals.error} />
      {list.length === 0 && !deals.loading ? <p className="empty subtle">{d.empty}</p> : null}
      {list.length > 0 ? (
        <table className="table compact">
          <thead>
            <tr>
              <th>{d.deal}</th>
              <th>{d.owner}</th>
              <th className="col-num">{d.amount}</th>
              <th>{d.split}</th>
              <th>{d.term}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((deal) => (
              <tr key={deal.event.eventId} data-deal={deal.event.customer ?? deal.event.externalId}>
                <td>
                  <strong>{deal.event.customer ?? deal.event.externalId}</strong>
                  <div className="muted small">
                    {m.eventTypes[deal.event.type]} · {f.date(deal.event.at)}
                    {deal.event.product ? ` · ${deal.event.product}` : ''}
                  </div>
                </td>
                <td>{deal.repName ?? '—'}</td>
                <td className="col-num tabular">{deal.event.amountMinor !== null && deal.event.currency ? f.money(deal.event.amountMinor, deal.event.currency) : '—'}</td>
                <td>
                  {editing === deal.event.eventId ? (
                    <SplitEditor deal={deal} reps={reps.data ?? []} onDone={() => setEditing(null)} />
                  ) : (
                    <span className="cm-split-summary">
                      {deal.shares.length === 0 ? d.ownerShare : deal.shares.map((s) => `${s.repName} ${s.percent}%${s.overlay ? ` (${d.overlay})` : ''}`).join(' · ')}{' '}
                      <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(deal.event.eventId)}>
                        {d.editSplit}
                      </button>
                    </span>
                  )}
                </td>
                <td>
                  <TermCell deal={deal} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
