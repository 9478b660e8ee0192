import { useState } from 'react';
import type { AppError, Grouping, PortfolioSettings, Team } from '../../../../preload/contract';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/use-query';
import { ErrorNotice } from '../../../ui/components/ErrorNotice';
import { Toggle } from '../../../ui/components/Toggle';
import { useI18n } from '../../../ui/i18n/i18n';
import { ScopeSelect } from './ScopeSelect';

/** Who events about a customer score for, whether first events claim customers, and automatic distribution. */
export function SettingsCard({ teams, groupings }: { teams: Team[]; groupings: Grouping[] }) {
  const { m } = useI18n();
  const s = m.org.settings;
  const settings = useQuery('portfolio.getSettings', {}, ['customers']);
  const [error, setError] = useState<AppError | null>(null);
  const update = async (patch: Partial<PortfolioSettings>) => {
    const result = await call('portfolio.updateSettings', patch);
    setError(result.ok ? null : result.error);
  };
  const data = settings.data;
  if (!data) return null;
  return (
    <section className="card stack" aria-label={s.title}>
      <h2>{s.title}</h2>
      <fieldset className="choice-list">
        <legend>{s.creditTo}</legend>
        {(['owner', 'named'] as const).map((policy) => (
          <label key={policy} className="check-label">
            <input type="radio" name="creditTo" checked={data.creditTo === policy} onChange={() => void update({ creditTo: policy })} />
            <span>
              <strong>{policy === 'owner' ? s.creditOwner : s.creditNamed}</strong>
              <span className="muted small block">{policy === 'owner' ? s.creditOwnerHint : s.creditNamedHint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="toggle-row">
        <Toggle checked={data.claimOnFirstEvent} onChange={(on) => void update({ claimOnFirstEvent: on })} label={s.claim} />
        <span className="toggle-label">{s.claim}</span>
      </div>
      <div className="form-row">
        <label className="field grow">
          <span>{s.auto}</span>
          <select value={data.autoStrategy} onChange={(e) => void update({ autoStrategy: e.target.value as PortfolioSettings['autoStrategy'] })}>
            <option value="off">{s.autoOff}</option>
            <option value="round_robin">{m.org.distribution.strategies.round_robin}</option>
            <option value="capacity">{m.org.distribution.strategies.capacity}</option>
            <option value="territory">{m.org.distribution.strategies.territory}</option>
          </select>
        </label>
        {data.autoStrategy !== 'off' ? (
          <label className="field grow">
            <span>{m.org.distribution.pool}</span>
            <ScopeSelect value={data.pool} teams={teams} groupings={groupings} onChange={(pool) => void update({ pool })} />
          </label>
        ) : null}
      </div>
      <p className="muted small">{s.appliesNote}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
