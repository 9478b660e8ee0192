import { useState, type ReactNode } from 'react';
import type { AppError, Rule } from '../../../preload/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { Toggle } from '../../ui/components/Toggle';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money-input';
import { useRouteParam } from '../router';
import { CatalogSection } from './rules/CatalogSection';
import { FocusSection } from './rules/FocusSection';
import { HistorySection } from './rules/HistorySection';
import { RatesSection } from './rules/RatesSection';
import { RecomputeSection } from './rules/RecomputeSection';
import './scoring.css';

function RuleRow({ rule, currency }: { rule: Rule; currency: string }) {
  const { m } = useI18n();
  const digits = minorDigits(currency);
  const [points, setPoints] = useState(String(rule.points));
  const [perStep, setPerStep] = useState(String(rule.pointsPerStep));
  const [step, setStep] = useState(minorToDecimal(rule.amountStepMinor, digits));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<AppError | null>(null);
  const manual = rule.eventType === 'points.manual';
  const dirty = points !== String(rule.points) || perStep !== String(rule.pointsPerStep) || step !== minorToDecimal(rule.amountStepMinor, digits);

  const save = async (patch: Partial<Pick<Rule, 'enabled'>> = {}) => {
    const stepMinor = decimalToMinor(step, digits);
    if (stepMinor === null || stepMinor <= 0) {
      setError({ code: 'invalid_input', message: `"${step}" is not an amount like 100.00` });
      return;
    }
    setState('saving');
    const result = await call('rules.update', {
      id: rule.id,
      ...(manual ? {} : { points: Number(points), pointsPerStep: Number(perStep), amountStepMinor: stepMinor }),
      ...patch,
    });
    setError(result.ok ? null : result.error);
    setState(result.ok ? 'saved' : 'idle');
    if (result.ok) setTimeout(() => setState('idle'), 1500);
  };

  return (
    <tr data-testid={`rule-${rule.eventType}`} className={rule.enabled ? '' : 'is-disabled'}>
      <td>
        <strong>{m.eventTypes[rule.eventType]}</strong>
        {manual ? <div className="muted small">{m.rules.manualNote}</div> : null}
        <ErrorNotice error={error} />
      </td>
      <td>
        {manual ? '—' : <input className="num-input" type="number" step="1" value={points} onChange={(e) => setPoints(e.target.value)} aria-label={m.rules.perEvent} />}
      </td>
      <td>
        {manual ? (
          '—'
        ) : (
          <span className="amount-rule">
            <input className="num-input" type="number" step="1" min="0" value={perStep} onChange={(e) => setPerStep(e.target.value)} aria-label={m.rules.perAmount} />
            <span className="muted">{m.rules.every}</span>
            <input className="num-input wide" inputMode="decimal" value={step} onChange={(e) => setStep(e.target.value)} aria-label={`${m.rules.every} ${currency}`} />
            <span className="muted">{currency}</span>
          </span>
        )}
      </td>
      <td>
        <Toggle checked={rule.enabled} onChange={(enabled) => void save({ enabled })} label={m.rules.enabled} />
      </td>
      <td className="col-actions">
        <button type="button" className="btn btn-primary btn-small" disabled={!dirty || state === 'saving'} onClick={() => void save()}>
          {state === 'saving' ? m.common.saving : state === 'saved' ? `✓ ${m.common.saved}` : m.common.save}
        </button>
      </td>
    </tr>
  );
}

const TABS = ['points', 'rates', 'catalog', 'focus', 'recompute', 'history'] as const;
type Tab = (typeof TABS)[number];

function PointsSection() {
  const { m } = useI18n();
  const rules = useQuery('rules.list', {}, ['rules']);
  const currency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  return (
    <>
      <ErrorNotice error={rules.error} onRetry={rules.refresh} />
      <div className="card">
        <table className="table rules-table">
          <thead>
            <tr>
              <th>{m.rules.event}</th>
              <th>{m.rules.perEvent}</th>
              <th>{m.rules.perAmount}</th>
              <th>{m.rules.enabled}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(rules.data ?? []).map((rule) => (
              <RuleRow key={`${rule.id}-${rule.points}-${rule.pointsPerStep}-${rule.amountStepMinor}-${currency}`} rule={rule} currency={currency} />
            ))}
          </tbody>
        </table>
        <p className="muted small">{m.rules.reversalNote}</p>
      </div>
    </>
  );
}

const SECTIONS: Record<Tab, () => ReactNode> = {
  points: () => <PointsSection />,
  rates: () => <RatesSection />,
  catalog: () => <CatalogSection />,
  focus: () => <FocusSection />,
  recompute: () => <RecomputeSection />,
  history: () => <HistorySection />,
};

export function RulesScreen() {
  const { m } = useI18n();
  const param = useRouteParam('tab');
  const tab: Tab = (TABS as readonly string[]).includes(param ?? '') ? (param as Tab) : 'points';
  const choose = (next: Tab) => {
    window.location.assign(`#/rules?tab=${next}`);
  };
  return (
    <section className="screen">
      <PageHeader title={m.rules.title} intro={m.rules.intro} />
      <div className="segmented rules-tabs" role="tablist" aria-label={m.rules.title}>
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'is-selected' : ''} onClick={() => choose(t)}>
            {m.scoring.tabs[t]}
          </button>
        ))}
      </div>
      {SECTIONS[tab]()}
    </section>
  );
}
