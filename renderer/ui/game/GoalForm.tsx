import { useState, type ReactNode } from 'react';
import { GOAL_MEASURES, GOAL_PERIODS, type AppError, type EventTypeName, type Goal } from '../../../preload/contract';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';
import { decimalToMinor, minorDigits, minorToDecimal } from '../money-input';
import { EventTypeField } from './EventTypeField';

export interface GoalSpecInput {
  measure: Goal['measure'];
  eventType: EventTypeName | null;
  period: Goal['period'];
  target: number;
  tiers: number[];
}

/** The target as the manager types it: money in the base currency, minutes for response time. */
export function targetToText(measure: Goal['measure'], target: number, currency: string): string {
  if (measure === 'revenue') return minorToDecimal(target, minorDigits(currency));
  if (measure === 'response_time') return String(Math.round((target / 60) * 10) / 10);
  return String(target);
}

export function textToTarget(measure: Goal['measure'], text: string, currency: string): number | null {
  if (measure === 'revenue') return decimalToMinor(text, minorDigits(currency));
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return null;
  if (measure === 'response_time') return Math.round(value * 60);
  return Number.isInteger(value) ? value : null;
}

export function parseTiers(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean).map(Number);
  return parts.length > 0 && parts.every((n) => Number.isInteger(n)) ? parts : null;
}

const DEFAULT_TARGET: Record<Goal['measure'], string> = { points: '500', revenue: '10000', deals_won: '5', event_count: '10', response_time: '15', active_days: '5' };

/**
 * A new goal: what to measure, how often, the target (in the measure's own unit) and the
 * tiers. `before` holds extra fields (the manager picks whose goal it is).
 */
export function GoalForm({ currency, onSubmit, before, submitLabel }: { currency: string; onSubmit: (spec: GoalSpecInput) => Promise<AppError | null>; before?: ReactNode; submitLabel: string }) {
  const { m } = useI18n();
  const g = m.game.goals;
  const [measure, setMeasure] = useState<Goal['measure']>('event_count');
  const [eventType, setEventType] = useState<EventTypeName>('quote.sent');
  const [period, setPeriod] = useState<Goal['period']>('week');
  const [target, setTarget] = useState(DEFAULT_TARGET.event_count);
  const [tiers, setTiers] = useState('100, 120, 150');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const value = textToTarget(measure, target, currency);
    if (value === null) return setError({ code: 'invalid_input', message: `${g.target}: "${target}"` });
    const tierList = parseTiers(tiers);
    if (tierList === null) return setError({ code: 'invalid_input', message: `${g.tiers}: "${tiers}" — ${g.tiersHint}` });
    setBusy(true);
    const problem = await onSubmit({ measure, eventType: measure === 'event_count' ? eventType : null, period, target: value, tiers: tierList });
    setBusy(false);
    setError(problem);
  };

  return (
    <form
      className="goal-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {before}
      <label className="field">
        <span>{g.measure}</span>
        <select
          value={measure}
          onChange={(e) => {
            const next = e.target.value as Goal['measure'];
            setMeasure(next);
            setTarget(DEFAULT_TARGET[next]);
          }}
        >
          {GOAL_MEASURES.map((x) => (
            <option key={x} value={x}>
              {m.game.measures[x]}
            </option>
          ))}
        </select>
      </label>
      {measure === 'event_count' ? <EventTypeField value={eventType} onChange={setEventType} /> : null}
      <label className="field">
        <span>{g.period}</span>
        <select value={period} onChange={(e) => setPeriod(e.target.value as Goal['period'])}>
          {GOAL_PERIODS.map((p) => (
            <option key={p} value={p}>
              {m.game.periods[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{measure === 'response_time' ? g.targetMinutes : measure === 'revenue' ? `${g.target} (${currency})` : g.target}</span>
        <input className="num-input wide" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
      </label>
      <label className="field grow" title={g.tiersHint}>
        <span>{g.tiers}</span>
        <input value={tiers} onChange={(e) => setTiers(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {submitLabel}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
