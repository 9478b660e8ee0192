import { useState } from 'react';
import type { AppError, Badge, BadgeRuleView } from '../../../preload/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { Toggle } from '../../ui/components/Toggle';
import { BadgeMedal } from '../../ui/game/BadgeIcon';
import { badgeRuleText } from '../../ui/game/words';
import { useI18n } from '../../ui/i18n/i18n';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money-input';

type Field = 'count' | 'amountMinor' | 'withinSeconds' | 'maxSeconds' | 'minReplies' | 'days';
const FIELDS: Field[] = ['count', 'amountMinor', 'withinSeconds', 'maxSeconds', 'minReplies', 'days'];
const LABEL: Record<Field, 'count' | 'amount' | 'within' | 'maxSeconds' | 'minReplies' | 'days'> = {
  count: 'count',
  amountMinor: 'amount',
  withinSeconds: 'within',
  maxSeconds: 'maxSeconds',
  minReplies: 'minReplies',
  days: 'days',
};

function fieldsOf(rule: BadgeRuleView): Field[] {
  return FIELDS.filter((f) => f in rule);
}

/** One badge: its medallion, name, what unlocks it (tunable numbers) and its switch. */
export function BadgeEditorRow({ badge, currency }: { badge: Badge; currency: string }) {
  const { m, f } = useI18n();
  const digits = minorDigits(currency);
  const fields = fieldsOf(badge.rule);
  const initial = () => Object.fromEntries(fields.map((k) => [k, k === 'amountMinor' ? minorToDecimal((badge.rule as unknown as Record<Field, number>)[k], digits) : String((badge.rule as unknown as Record<Field, number>)[k])]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const dirty = fields.some((k) => values[k] !== initial()[k]);

  const save = async (patch: { enabled?: boolean } = {}) => {
    const rule: Record<string, unknown> = { ...badge.rule };
    for (const k of fields) {
      const text = values[k] ?? '';
      const value = k === 'amountMinor' ? decimalToMinor(text, digits) : /^\d+$/.test(text.trim()) ? Number(text) : null;
      if (value === null) return setError({ code: 'invalid_input', message: `${m.game.ruleFields[LABEL[k]]}: "${text}"` });
      rule[k] = value;
    }
    const result = await call('badges.update', { id: badge.id, ...(dirty ? { rule: rule as BadgeRuleView } : {}), ...patch });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    }
  };

  return (
    <li className={`badge-editor ${badge.enabled ? '' : 'is-off'}`} data-testid={`edit-${badge.id}`}>
      <BadgeMedal icon={badge.icon} category={badge.category} locked={!badge.enabled} size={48} />
      <div className="badge-editor-main">
        <div className="badge-name">{m.game.badgeNames[badge.id]}</div>
        <div className="muted small">{badgeRuleText(badge.rule, { m, f, currency })}</div>
        <div className="muted small">{m.game.badges.holders(badge.holders)}</div>
      </div>
      <form
        className="badge-editor-fields"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {fields.map((k) => (
          <label key={k} className="field">
            <span>{k === 'amountMinor' ? `${m.game.ruleFields.amount} (${currency})` : m.game.ruleFields[LABEL[k]]}</span>
            <input className="num-input wide" inputMode="decimal" value={values[k] ?? ''} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />
          </label>
        ))}
        <button type="submit" className="btn btn-primary btn-small" disabled={!dirty}>
          {saved ? `✓ ${m.common.saved}` : m.common.save}
        </button>
      </form>
      <Toggle checked={badge.enabled} onChange={(enabled) => void save({ enabled })} label={m.game.badges.enabled} />
      <ErrorNotice error={error} />
    </li>
  );
}
