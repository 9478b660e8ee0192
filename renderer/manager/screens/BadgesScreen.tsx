import { useState } from 'react';
import { BADGE_CATEGORIES, type GameSettings } from '../../../preload/contract';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { PageHeader } from '../../ui/components/PageHeader';
import { BadgeCabinet } from '../../ui/game/BadgeCabinet';
import { useI18n } from '../../ui/i18n/i18n';
import { useManager } from '../store';
import { BadgeEditorRow } from './BadgeEditor';
import { useGameSettings } from './BoardSettings';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function GameSettingsCard() {
  const { m, f } = useI18n();
  const s = m.game.settings;
  const { settings, save, error, saved } = useGameSettings();
  const [base, setBase] = useState<string | null>(null);
  if (!settings) return <ErrorNotice error={error} />;
  const xp = (level: number) => f.number(settings.levelBaseXp * (level - 1) ** 2);
  const toggleRest = (day: number) => {
    const next = settings.restDays.includes(day) ? settings.restDays.filter((d) => d !== day) : [...settings.restDays, day];
    void save({ restDays: next });
  };
  return (
    <div className="card" data-testid="game-settings">
      <h2>
        {s.gameTitle} {saved ? <span className="pill pill-green">✓ {s.saved}</span> : null}
      </h2>
      <div className="settings-grid">
        <fieldset className="field">
          <legend>{s.refund}</legend>
          {(['withdraw', 'keep'] as const).map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="refund" checked={settings.refundBadges === p} onChange={() => void save({ refundBadges: p })} />
              {s.refunds[p]}
            </label>
          ))}
          <span className="muted small">{s.refundNote}</span>
        </fieldset>
        <div className="settings-stack">
          <label className="field">
            <span>{s.levelBase}</span>
            <input
              className="num-input wide"
              inputMode="numeric"
              value={base ?? String(settings.levelBaseXp)}
              onChange={(e) => setBase(e.target.value)}
              onBlur={() => {
                if (base !== null && /^\d+$/.test(base) && Number(base) > 0) void save({ levelBaseXp: Number(base) });
                setBase(null);
              }}
            />
            <span className="muted small">{s.levelCurve(xp(2), xp(5), xp(10))}</span>
          </label>
          <div className="field">
            <span>{s.restDays}</span>
            <div className="day-chips">
              {WEEKDAYS.map((d) => (
                <button key={d} type="button" className={`chip ${settings.restDays.includes(d) ? 'is-on' : ''}`} aria-pressed={settings.restDays.includes(d)} onClick={() => toggleRest(d)}>
                  {f.weekday(d)}
                </button>
              ))}
            </div>
          </div>
          <label className="field">
            <span>{s.desktop}</span>
            <select value={settings.desktopNotify} onChange={(e) => void save({ desktopNotify: e.target.value as GameSettings['desktopNotify'] })}>
              {(['goals', 'all', 'off'] as const).map((d) => (
                <option key={d} value={d}>
                  {s.desktopModes[d]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}

function Cabinet({ currency }: { currency: string }) {
  const { m } = useI18n();
  const reps = useQuery('reps.list', {}, ['reps']);
  const [repId, setRepId] = useState<number | null>(null);
  const chosen = repId ?? reps.data?.find((r) => r.active)?.id ?? null;
  const cabinet = useQuery('badges.ofRep', { repId: chosen ?? 0 }, ['badges', 'ledger', 'events', 'game']);
  if (chosen === null) return null;
  return (
    <div className="card">
      <div className="card-head">
        <h2>{m.game.badges.cabinetOf}</h2>
        <select value={chosen} onChange={(e) => setRepId(Number(e.target.value))} data-testid="cabinet-rep">
          {(reps.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {cabinet.data ? <BadgeCabinet badges={cabinet.data} currency={currency} /> : null}
    </div>
  );
}

export function BadgesScreen() {
  const { m } = useI18n();
  const currency = useManager((s) => s.workspace?.baseCurrency ?? 'USD');
  const badges = useQuery('badges.list', {}, ['badges', 'ledger', 'events']);
  return (
    <section className="screen">
      <PageHeader title={m.game.badges.title} intro={m.game.badges.intro} />
      <ErrorNotice error={badges.error} onRetry={badges.refresh} />
      {BADGE_CATEGORIES.map((category) => (
        <div key={category} className="card">
          <h2>{m.game.categories[category]}</h2>
          <ul className="badge-editor-list">
            {(badges.data ?? [])
              .filter((b) => b.category === category)
              .map((badge) => (
                <BadgeEditorRow key={`${badge.id}-${JSON.stringify(badge.rule)}-${currency}`} badge={badge} currency={currency} />
              ))}
          </ul>
        </div>
      ))}
      <GameSettingsCard />
      <Cabinet currency={currency} />
    </section>
  );
}
