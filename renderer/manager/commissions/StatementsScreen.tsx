import './commissions.css';
import { useState } from 'react';
import type { AppError } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { rationalToMinor } from '../../ui/commissions/amounts';
import { downloadFile } from '../../ui/commissions/download';
import { periodLabel } from '../../ui/commissions/period-label';
import { WhatIfForm } from '../../ui/commissions/WhatIfForm';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { useI18n } from '../../ui/i18n/i18n';
import { DealsPanel } from './DealsPanel';
import { RepStatementPanel } from './RepStatementPanel';

type Tab = 'statement' | 'deals' | 'whatIf';

function PeriodStatements({ planId, firstDay, isCurrent }: { planId: number; firstDay: string; isCurrent: boolean }) {
  const { m, f } = useI18n();
  const s = m.commissions.statements;
  const data = useQuery('commissions.periodStatements', { planId, firstDay }, ['commissions', 'events', 'reps']);
  const [repId, setRepId] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('statement');
  const [error, setError] = useState<AppError | null>(null);
  const [whatIfRep, setWhatIfRep] = useState<number | null>(null);
  const period = data.data;
  const rows = period?.statements ?? [];
  const selected = rows.find((r) => r.repId === repId)?.repId ?? rows[0]?.repId ?? null;
  const money = (text: string) => {
    const { minor } = rationalToMinor(text);
    return minor === 0 ? '—' : f.money(minor, period?.currency ?? 'USD');
  };
  const name = period ? periodLabel(f.locale, period.period.firstDay, period.period.lastDay) : '';

  const lock = async () => {
    if (!period || !window.confirm(s.lockConfirm(name, period.locksAlso.length))) return;
    const result = await call('commissions.lockPeriod', { planId, firstDay });
    setError(result.ok ? null : result.error);
  };
  const exportCsv = async () => {
    const result = await call('commissions.exportCsv', { planId, firstDay });
    if (!result.ok) return setError(result.error);
    downloadFile(result.value.filename, 'text/csv;charset=utf-8', { text: result.value.csv });
  };

  if (!period) return <ErrorNotice error={data.error} onRetry={data.refresh} />;
  const locked = period.period.status === 'locked';
  const totalPayout = rows.reduce((sum, r) => sum + r.totals.payoutMinor, 0);
  return (
    <>
      <div className="card cm-period-bar">
        <div>
          <div className="card-caption">{s.period}</div>
          <strong className="cm-period-name">{name}</strong>{' '}
          {locked && period.period.lockedAt !== null ? <span className="pill pill-grey">{m.commissions.lockedOn(f.date(period.period.lockedAt))}</span> : <span className="pill pill-amber">{m.commissions.openDraft}</span>}
        </div>
        <div className="cm-period-total">
          <div className="card-caption">{s.payout}</div>
          <strong className="tabular" data-testid="period-payout">
            {f.money(totalPayout, period.currency)}
          </strong>
        </div>
        <div className="cm-row-actions">
          {!locked ? (
            <button type="button" className="btn btn-primary" disabled={period.lockBlockers.length > 0} onClick={() => void lock()}>
              {s.lock}
            </button>
          ) : null}
          <button type="button" className="btn btn-secondary" disabled={!locked} title={locked ? undefined : s.exportHint} onClick={() => void exportCsv()}>
            {s.exportCsv}
          </button>
        </div>
        {!locked && period.lockBlockers.length > 0 ? (
          <div className="notice notice-warn cm-blockers" data-testid="lock-blockers">
            <strong>{s.blockers}</strong>
            <ul>
              {period.lockBlockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <ErrorNotice error={error ?? data.error} />
      <div className="segmented cm-tabs" role="tablist">
        {(['statement', 'deals', 'whatIf'] as Tab[])
          .filter((t) => t !== 'whatIf' || isCurrent)
          .map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'is-selected' : ''} onClick={() => setTab(t)}>
              {s.tabs[t]}
            </button>
          ))}
      </div>
      {tab === 'statement' ? (
        <div className="cm-statements">
          <div className="card">
            <table className="table compact" data-testid="period-statements">
              <thead>
                <tr>
                  <th>{s.rep}</th>
                  <th className="col-num">{s.earned}</th>
                  <th className="col-num">{s.clawbacks}</th>
                  <th className="col-num">{s.adjustments}</th>
                  <th className="col-num">{s.carried}</th>
                  <th className="col-num">{s.payout}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.repId} data-rep={row.repName} className={`cm-clickable ${row.repId === selected ? 'is-selected' : ''}`} onClick={() => setRepId(row.repId)}>
                    <td>
                      <button type="button" className="cm-link">
                        {row.repName}
                      </button>
                      {row.warnings.length > 0 ? <span className="pill pill-amber">{s.attention}</span> : null}
                      {row.openDisputes > 0 ? <span className="pill pill-red">{`${s.disputes}: ${row.openDisputes}`}</span> : null}
                    </td>
                    <td className="col-num tabular">{money(row.totals.earned)}</td>
                    <td className="col-num tabular">{money(row.totals.clawbacks)}</td>
                    <td className="col-num tabular">{money(row.totals.adjustments)}</td>
                    <td className="col-num tabular">{row.totals.carryOutMinor < 0 ? f.money(row.totals.carryOutMinor, period.currency) : '—'}</td>
                    <td className="col-num tabular">
                      <strong>{f.money(row.totals.payoutMinor, period.currency)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {selected !== null ? <RepStatementPanel key={`${selected}-${firstDay}`} planId={planId} repId={selected} firstDay={firstDay} /> : <p className="card empty">{s.pickRep}</p>}
        </div>
      ) : null}
      {tab === 'deals' ? <DealsPanel planId={planId} firstDay={firstDay} /> : null}
      {tab === 'whatIf' ? (
        <div className="card">
          <WhatIfForm
            currency={period.currency}
            ask={(q) => call('commissions.whatIf', { planId, repId: whatIfRep ?? selected ?? 0, ...q })}
            extra={
              <label className="field">
                <span>{m.commissions.whatIf.rep}</span>
                <select value={whatIfRep ?? selected ?? ''} onChange={(e) => setWhatIfRep(Number(e.target.value))}>
                  {rows.map((r) => (
                    <option key={r.repId} value={r.repId}>
                      {r.repName}
                    </option>
                  ))}
                </select>
              </label>
            }
          />
        </div>
      ) : null}
    </>
  );
}

export function StatementsScreen() {
  const { m, f } = useI18n();
  const s = m.commissions.statements;
  const plans = useQuery('commissions.listPlans', {}, ['commissions']);
  const [planId, setPlanId] = useState<number | null>(null);
  const active = (plans.data ?? []).filter((p) => !p.archived);
  const plan = active.find((p) => p.id === planId) ?? active[0];
  const periods = useQuery('commissions.listPeriods', { planId: plan?.id ?? 0 }, ['commissions', 'events']);
  const [firstDay, setFirstDay] = useState<string | null>(null);
  const list = plan ? (periods.data ?? []) : [];
  const period = list.find((p) => p.firstDay === firstDay) ?? list[0];

  return (
    <section className="screen">
      <PageHeader title={s.title} intro={s.intro} />
      <ErrorNotice error={plans.error ?? (plan ? periods.error : undefined)} />
      {active.length === 0 && !plans.loading ? <p className="card empty">{s.noPlans}</p> : null}
      {plan ? (
        <div className="card form-row">
          <label className="field grow">
            <span>{s.plan}</span>
            <select value={plan.id} onChange={(e) => setPlanId(Number(e.target.value))}>
              {active.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.plan.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field grow">
            <span>{s.period}</span>
            <select value={period?.firstDay ?? ''} onChange={(e) => setFirstDay(e.target.value)} disabled={list.length === 0}>
              {list.map((p) => (
                <option key={p.firstDay} value={p.firstDay}>
                  {`${periodLabel(f.locale, p.firstDay, p.lastDay)} · ${p.status === 'locked' ? m.commissions.lockedOn(f.date(p.lockedAt ?? 0)) : p.current ? s.current : m.commissions.openDraft}`}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {plan && list.length === 0 && !periods.loading ? <p className="card empty">{s.noPeriods}</p> : null}
      {plan && period ? <PeriodStatements key={`${plan.id}-${period.firstDay}`} planId={plan.id} firstDay={period.firstDay} isCurrent={period.current} /> : null}
    </section>
  );
}
