import { useState } from 'react';
import { EVENT_TYPES, type AppError, type CelebrationSettings } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { Toggle } from '../../../ui/components/Toggle';
import { useI18n } from '../../../ui/i18n/i18n';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../../ui/money-input';
import { useManager } from '../../store';
import { SoundPicker } from './SoundPicker';

type Rule = CelebrationSettings['rules'][number] & { amountText: string };

function Editor({ initial }: { initial: CelebrationSettings }) {
  const { m } = useI18n();
  const currency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const digits = minorDigits(currency);
  const reps = useQuery('reps.list', {}, ['reps']);
  const [rules, setRules] = useState<Rule[]>(() => initial.rules.map((r) => ({ ...r, amountText: r.minAmountMinor === 0 ? '' : minorToDecimal(r.minAmountMinor, digits) })));
  const [repSounds, setRepSounds] = useState(() => new Map(initial.repSounds.map((r) => [r.repId, r.sound])));
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const edit = (index: number, patch: Partial<Rule>) => {
    setSaved(false);
    setRules(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };

  const save = async () => {
    const parsed = rules.map((r) => ({ ...r, minAmountMinor: r.amountText.trim() === '' ? 0 : decimalToMinor(r.amountText, digits) }));
    const bad = parsed.findIndex((r) => r.minAmountMinor === null);
    if (bad >= 0) return setError({ code: 'invalid_input', message: `${bad + 1}: ${m.wall.celebrationsPanel.amountInvalid}` });
    const result = await call('wallboard.saveCelebrations', {
      rules: parsed.map(({ eventType, minAmountMinor, sound, enabled }) => ({ eventType, minAmountMinor: minAmountMinor ?? 0, sound, enabled })),
      repSounds: [...repSounds].map(([repId, sound]) => ({ repId, sound })),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
  };

  return (
    <>
      <div className="card" aria-label={m.wall.celebrationsPanel.rules}>
        <div className="wall-caption">
          <strong>{m.wall.celebrationsPanel.rules}</strong>
        </div>
        <table className="table celebration-rules">
          <thead>
            <tr>
              <th>{m.wall.celebrationsPanel.event}</th>
              <th>{m.wall.celebrationsPanel.minAmount(currency)}</th>
              <th>{m.wall.celebrationsPanel.sound}</th>
              <th>{m.wall.celebrationsPanel.enabled}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => (
              <tr key={index} data-testid="celebration-rule">
                <td>
                  <select aria-label={m.wall.celebrationsPanel.event} value={rule.eventType} onChange={(e) => edit(index, { eventType: e.target.value as Rule['eventType'] })}>
                    {EVENT_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {m.eventTypes[t]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input className="num-input" inputMode="decimal" aria-label={m.wall.celebrationsPanel.minAmount(currency)} placeholder={m.wall.celebrationsPanel.anyAmount} value={rule.amountText} onChange={(e) => edit(index, { amountText: e.target.value })} />
                </td>
                <td>
                  <SoundPicker label={m.wall.celebrationsPanel.sound} value={rule.sound} onChange={(sound) => edit(index, { sound: sound || 'none' })} />
                </td>
                <td>
                  <Toggle checked={rule.enabled} label={m.wall.celebrationsPanel.enabled} onChange={(enabled) => edit(index, { enabled })} />
                </td>
                <td className="col-actions">
                  <button type="button" className="btn btn-danger-ghost btn-small" onClick={() => setRules(rules.filter((_, i) => i !== index))}>
                    {m.wall.editor.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setRules([...rules, { eventType: 'deal.won', minAmountMinor: 0, amountText: '', sound: 'fanfare', enabled: true }])}>
          + {m.wall.celebrationsPanel.addRule}
        </button>
      </div>
      <div className="card">
        <div className="wall-caption">
          <strong>{m.wall.celebrationsPanel.repSounds}</strong> <span className="muted">{m.wall.celebrationsPanel.repSoundsHint}</span>
        </div>
        <ul className="rep-sounds">
          {(reps.data ?? [])
            .filter((r) => r.active)
            .map((rep) => (
              <li key={rep.id}>
                <span className="rep-name">{rep.name}</span>
                <SoundPicker
                  label={rep.name}
                  allowDefault={m.wall.celebrationsPanel.ruleSound}
                  value={repSounds.get(rep.id) ?? ''}
                  onChange={(sound) => {
                    const next = new Map(repSounds);
                    if (sound === '') next.delete(rep.id);
                    else next.set(rep.id, sound);
                    setRepSounds(next);
                    setSaved(false);
                  }}
                />
              </li>
            ))}
        </ul>
      </div>
      <div className="form-actions">
        <ErrorNotice error={error} />
        <button type="button" className="btn btn-primary" onClick={() => void save()}>
          {saved ? `✓ ${m.wall.celebrationsPanel.saved}` : m.wall.celebrationsPanel.save}
        </button>
      </div>
    </>
  );
}

/** Displays → Celebrations: which events celebrate, with which sound, and reps' own sounds. */
export function CelebrationsPanel() {
  const { m } = useI18n();
  const settings = useQuery('wallboard.getCelebrations', {}, []);
  return (
    <>
      <p className="page-intro">{m.wall.celebrationsPanel.intro}</p>
      <ErrorNotice error={settings.error} />
      {settings.data ? <Editor initial={settings.data} /> : null}
    </>
  );
}
