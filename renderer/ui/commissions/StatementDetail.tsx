import './commissions.css';
import type { ReactNode } from 'react';
import type { StatementLineView, StatementView } from '../../../preload/commissions-contract';
import { useI18n } from '../i18n/i18n';
import { rationalPercent, rationalToMinor } from './amounts';
import { periodLabel } from './period-label';

const SECTIONS = ['carry', 'commission', 'spif', 'clawback', 'correction', 'adjustment', 'draw'] as const;

function Amount({ minor, exact, currency, signed }: { minor: number; exact: boolean; currency: string; signed?: boolean }) {
  const { f } = useI18n();
  const text = f.money(Math.abs(minor), currency);
  return (
    <span className={`tabular ${minor < 0 ? 'loss' : ''}`}>
      {exact ? '' : '≈'}
      {signed ? (minor < 0 ? '−' : '+') : minor < 0 ? '−' : ''}
      {text}
    </span>
  );
}

function Attainment({ statement }: { statement: StatementView }) {
  const { m, f } = useI18n();
  const c = m.commissions.statement;
  if (statement.components.length === 0) return null;
  return (
    <div className="cm-attainment">
      {statement.components.map((component) => {
        const percent = rationalPercent(component.attainmentPercent);
        const credited = rationalToMinor(component.credited).minor;
        const quota = component.quota === null ? null : rationalToMinor(component.quota).minor;
        const show = (v: number) => (component.metric === 'amount' ? f.money(v, statement.currency) : f.number(v));
        return (
          <div key={component.componentId} className="cm-attainment-item" data-testid={`attainment-${component.componentId}`}>
            <div className="cm-attainment-head">
              <strong>{component.name}</strong>
              <span className="tabular">{percent === null ? show(credited) : `${f.number(percent)}%`}</span>
            </div>
            {percent !== null ? (
              <div className="bar" aria-hidden="true">
                <div className="bar-fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
              </div>
            ) : null}
            <div className="muted small">
              {quota === null ? c.creditedOnly(show(credited)) : c.creditedOf(show(credited), show(quota))} · {c.paid(f.money(rationalToMinor(component.paid).minor, statement.currency))}
            </div>
          </div>
        );
      })}
      <div className="muted small cm-proration">{c.proration(statement.proration.activeDays, statement.proration.periodDays, statement.proration.rampPercent)}</div>
    </div>
  );
}

function DisputeBadge({ line }: { line: StatementLineView }) {
  const { m } = useI18n();
  if (!line.dispute) return null;
  const status = line.dispute.status;
  return <span className={`pill ${status === 'open' ? 'pill-amber' : status === 'adjusted' ? 'pill-green' : 'pill-grey'}`}>{m.commissions.disputeStatus[status]}</span>;
}

/** A statement line by line, as the manager and the rep both see it. */
export function StatementDetail({ statement, lineAction, actions }: { statement: StatementView; lineAction?: (line: StatementLineView) => ReactNode; actions?: ReactNode }) {
  const { m, f } = useI18n();
  const c = m.commissions.statement;
  const t = statement.totals;
  const total = (text: string) => rationalToMinor(text);
  const drawTopUp = total(t.drawTopUp);
  const drawRecovery = total(t.drawRecovery);
  return (
    <article className="cm-statement" data-testid="statement">
      <header className="cm-statement-head">
        <div>
          <div className="card-caption">{statement.planName}</div>
          <h2>{statement.repName}</h2>
          <div className="muted">
            {periodLabel(f.locale, statement.period.firstDay, statement.period.lastDay)} ·{' '}
            {statement.period.status === 'locked' && statement.period.lockedAt !== null ? (
              <span className="pill pill-grey">{m.commissions.lockedOn(f.date(statement.period.lockedAt))}</span>
            ) : (
              <span className="pill pill-amber">{m.commissions.openDraft}</span>
            )}
          </div>
        </div>
        <div className="cm-payout">
          <div className="muted small">{c.payout}</div>
          <div className="cm-payout-amount tabular" data-testid="payout">
            {f.money(t.payoutMinor, statement.currency)}
          </div>
          {t.carryOutMinor < 0 ? <div className="small loss">{c.carryOut(f.money(t.carryOutMinor, statement.currency))}</div> : null}
          {actions ? <div className="cm-statement-actions">{actions}</div> : null}
        </div>
      </header>
      <Attainment statement={statement} />
      {statement.lines.length === 0 ? <p className="empty subtle">{c.noLines}</p> : null}
      {SECTIONS.map((section) => {
        const lines = statement.lines.filter((l) => l.section === section);
        if (lines.length === 0) return null;
        return (
          <section key={section} className="cm-section">
            <h3>{c.sections[section]}</h3>
            <ul className="cm-lines">
              {lines.map((line) => (
                <li key={line.key} data-line={line.key} className={line.dispute?.status === 'open' ? 'is-disputed' : ''}>
                  <span className="cm-line-text">
                    {line.description} <DisputeBadge line={line} />
                  </span>
                  <Amount minor={line.amountMinor} exact={line.exact} currency={statement.currency} signed />
                  {lineAction ? <span className="cm-line-action">{lineAction(line)}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <dl className="cm-totals">
        <dt>{c.earned}</dt>
        <dd>
          <Amount {...total(t.earned)} currency={statement.currency} />
        </dd>
        {drawTopUp.minor !== 0 ? (
          <>
            <dt>{c.drawTopUp}</dt>
            <dd>
              <Amount {...drawTopUp} currency={statement.currency} signed />
            </dd>
          </>
        ) : null}
        {drawRecovery.minor !== 0 ? (
          <>
            <dt>{c.drawRecovery}</dt>
            <dd>
              <Amount minor={-drawRecovery.minor} exact={drawRecovery.exact} currency={statement.currency} signed />
            </dd>
          </>
        ) : null}
        <dt className="cm-total-strong">{c.payout}</dt>
        <dd className="cm-total-strong tabular">{f.money(t.payoutMinor, statement.currency)}</dd>
        {t.drawOutstandingMinor > 0 ? (
          <>
            <dt>{c.drawOutstanding}</dt>
            <dd className="tabular">{f.money(t.drawOutstandingMinor, statement.currency)}</dd>
          </>
        ) : null}
      </dl>
      <p className="muted small">{c.rounding}</p>
    </article>
  );
}
