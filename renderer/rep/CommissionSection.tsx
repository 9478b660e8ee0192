import './commission.css';
import { useState, type FormEvent } from 'react';
import type { StatementLineView } from '../../preload/commissions-contract';
import type { AppError } from '../../preload/contract';
import { downloadFile } from '../ui/commissions/download';
import { periodLabel } from '../ui/commissions/period-label';
import { StatementDetail } from '../ui/commissions/StatementDetail';
import { WhatIfForm } from '../ui/commissions/WhatIfForm';
import { ErrorNotice } from '../ui/components/ErrorNotice';
import { useI18n } from '../ui/i18n/i18n';
import { repCall, useRepQuery } from './api';

function FlagForm({ planId, firstDay, line, onDone }: { planId: number; firstDay: string; line: StatementLineView; onDone: () => void }) {
  const { m } = useI18n();
  const r = m.commissions.rep;
  const [comment, setComment] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const result = await repCall('me.flagLine', { planId, firstDay, lineKey: line.key, comment });
    if (!result.ok) return setError(result.error);
    onDone();
  };
  return (
    <form className="rep-flag" onSubmit={(e) => void send(e)} aria-label={r.flagTitle}>
      <label>
        <span>{r.flagTitle}</span>
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} placeholder={r.flagPlaceholder} required maxLength={1000} rows={3} />
      </label>
      <ErrorNotice error={error} />
      <div className="rep-flag-actions">
        <button type="button" className="rep-btn rep-btn-ghost" onClick={onDone}>
          {r.cancel}
        </button>
        <button type="submit" className="rep-btn">
          {r.send}
        </button>
      </div>
    </form>
  );
}

function Statement({ planId, firstDay, current, currency }: { planId: number; firstDay: string; current: boolean; currency: string }) {
  const { m } = useI18n();
  const r = m.commissions.rep;
  const statement = useRepQuery('me.commissionStatement', { planId, firstDay });
  const [flagging, setFlagging] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const pdf = async () => {
    const result = await repCall('me.statementPdf', { planId, firstDay });
    if (!result.ok) return setError(result.error);
    downloadFile(result.value.filename, 'application/pdf', { base64: result.value.base64 });
  };
  return (
    <>
      <section className="rep-card">
        <ErrorNotice error={error ?? statement.error} />
        {statement.data ? (
          <StatementDetail
            statement={statement.data}
            actions={
              <button type="button" className="rep-btn rep-btn-ghost" onClick={() => void pdf()}>
                {m.commissions.statement.downloadPdf}
              </button>
            }
            lineAction={(line) =>
              flagging === line.key ? (
                <FlagForm planId={planId} firstDay={firstDay} line={line} onDone={() => setFlagging(null)} />
              ) : line.dispute?.status === 'open' ? null : (
                <button type="button" className="rep-btn rep-btn-ghost rep-btn-small" onClick={() => setFlagging(line.key)}>
                  {r.flag}
                </button>
              )
            }
          />
        ) : null}
      </section>
      {current ? (
        <section className="rep-card">
          <WhatIfForm currency={currency} ask={(q) => repCall('me.whatIf', { planId, ...q })} />
        </section>
      ) : null}
    </>
  );
}

function MyDisputes() {
  const { m, f } = useI18n();
  const disputes = useRepQuery('me.commissionDisputes', {});
  const list = disputes.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="rep-card" data-testid="my-disputes">
      <h2>{m.commissions.rep.yourDisputes}</h2>
      <ul className="rep-disputes">
        {list.map((d) => (
          <li key={d.id}>
            <div className="rep-dispute-head">
              <span className={`pill ${d.status === 'open' ? 'pill-amber' : d.status === 'adjusted' ? 'pill-green' : 'pill-grey'}`}>{m.commissions.disputeStatus[d.status]}</span>
              <span className="muted small">{periodLabel(f.locale, d.period.firstDay, d.period.lastDay)}</span>
            </div>
            <div>{d.line.description}</div>
            <div className="muted small">“{d.comment}”</div>
            {d.resolutionNote ? <div className="rep-answer">{d.resolutionNote}</div> : null}
            {d.adjustment ? <div className="small">{m.commissions.disputes.adjustedBy(f.money(d.adjustment.amountMinor, d.currency), f.date(Date.parse(`${d.adjustment.periodFirstDay}T12:00:00Z`)))}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The rep's commission: their statements by plan and period, line by line. */
export function CommissionSection() {
  const { m, f } = useI18n();
  const r = m.commissions.rep;
  const plans = useRepQuery('me.commissionPeriods', {});
  const [planId, setPlanId] = useState<number | null>(null);
  const [firstDay, setFirstDay] = useState<string | null>(null);
  const list = plans.data ?? [];
  const plan = list.find((p) => p.planId === planId) ?? list[0];
  const period = plan?.periods.find((p) => p.firstDay === firstDay) ?? plan?.periods[0];
  if (!plans.data) return <ErrorNotice error={plans.error} />;
  return (
    <div className="rep-commission" data-testid="rep-commission">
      <h2 className="rep-section-title">{r.title}</h2>
      {list.length === 0 ? <p className="rep-card muted">{r.none}</p> : null}
      {list.length > 1 ? (
        <div className="rep-periods" role="tablist" aria-label={r.plan}>
          {list.map((p) => (
            <button key={p.planId} type="button" role="tab" aria-selected={p.planId === plan?.planId} className={p.planId === plan?.planId ? 'is-selected' : ''} onClick={() => setPlanId(p.planId)}>
              {p.planName}
            </button>
          ))}
        </div>
      ) : null}
      {plan ? (
        <div className="rep-periods" role="tablist" aria-label={r.period}>
          {plan.periods.map((p) => (
            <button key={p.firstDay} type="button" role="tab" aria-selected={p.firstDay === period?.firstDay} className={p.firstDay === period?.firstDay ? 'is-selected' : ''} onClick={() => setFirstDay(p.firstDay)}>
              {periodLabel(f.locale, p.firstDay, p.lastDay)}
            </button>
          ))}
        </div>
      ) : null}
      {plan && period ? <Statement key={`${plan.planId}-${period.firstDay}`} planId={plan.planId} firstDay={period.firstDay} current={period.current} currency={plan.currency} /> : null}
      <MyDisputes />
    </div>
  );
}
