import { useState } from 'react';
import type { AppError, Rep, Source } from '../../../preload/contract';
import { call } from '../../api/client';
import { CopyButton } from '../../ui/components/CopyButton';
import { ErrorNotice } from '../../ui/components/ErrorNotice';
import { Toggle } from '../../ui/components/Toggle';
import { useI18n } from '../../ui/i18n/i18n';
import { useNow } from '../../ui/use-now';
import { DeliveryLog } from './DeliveryLog';
import { HourBars } from './HourBars';
import { SourceIdentities } from './SourceIdentities';
import { draftOf, hasSettings, settingsInput, SourceSettingsFields, type SettingsDraft } from './SourceSettingsFields';
import { SourceTest } from './SourceTest';

function Secret({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { m } = useI18n();
  const [reveal, setReveal] = useState(false);
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <code data-testid={testId}>{reveal ? value : '•'.repeat(24)}</code>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setReveal(!reveal)}>
          {reveal ? m.sources.hide : m.sources.reveal}
        </button>
        <CopyButton text={value} />
      </dd>
    </>
  );
}

/** The settings a manager copies into the vendor (or pasted from it), as they stand. */
function SettingsView({ source }: { source: Source }) {
  const { m } = useI18n();
  const s = m.sourceSetup.settings;
  const { settings } = source;
  return (
    <>
      {source.kind === 'pipedrive' ? (
        <>
          <dt>{s.username}</dt>
          <dd>
            <code data-testid="username">{settings.username}</code>
            <CopyButton text={settings.username ?? ''} />
          </dd>
          <Secret label={s.password} value={settings.password ?? ''} testId="secret" />
        </>
      ) : (
        <Secret label={s.secret[source.kind]} value={source.secret} testId="secret" />
      )}
      {settings.previousSecret ? <Secret label={s.previousSecret} value={settings.previousSecret} /> : null}
      {source.kind === 'hubspot' ? (
        <>
          <Secret label={s.accessToken} value={settings.accessToken ?? ''} />
          <dt>{s.publicUrl}</dt>
          <dd>
            <code>{settings.publicUrl ?? source.webhookUrl}</code>
          </dd>
          <dt>{s.wonStages}</dt>
          <dd>{(settings.wonStages ?? []).map((stage) => <code key={stage}>{stage}</code>)}</dd>
        </>
      ) : null}
    </>
  );
}

export function SourceCard({ source, reps }: { source: Source; reps: Rep[] }) {
  const { m, f } = useI18n();
  const now = useNow(15_000);
  const [editing, setEditing] = useState<SettingsDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const stats = m.sourceSetup.stats;

  const update = async (input: { enabled?: boolean; settings?: ReturnType<typeof settingsInput> }) => {
    const result = await call('sources.update', { id: source.id, ...input });
    setError(result.ok ? null : result.error);
    return result.ok;
  };
  const saveSettings = async () => {
    if (!editing) return;
    if (await update({ settings: settingsInput(source.kind, editing, true) })) {
      setEditing(null);
      setSaved(true);
    }
  };

  return (
    <article className={`card source-card ${source.enabled ? '' : 'is-off'}`} data-testid={`source-${source.id}`}>
      <header className="source-head">
        <div>
          <h2>
            {source.name} <span className={`kind-badge kind-${source.kind}`}>{m.sourceSetup.kindNames[source.kind]}</span>
          </h2>
          <div className="muted small">
            {m.sources.lastHour(source.deliveriesLastHour)} · {m.sources.lastDelivery(source.lastDeliveryAt === null ? m.common.never : f.relative(source.lastDeliveryAt, now))}
          </div>
        </div>
        <label className="toggle-label">
          <Toggle checked={source.enabled} onChange={(enabled) => void update({ enabled })} label={m.sourceSetup.enabled} />
          {source.enabled ? m.sourceSetup.enabled : m.sourceSetup.disabled}
        </label>
      </header>
      <div className="source-stats">
        <HourBars counts={source.deliveriesByHour} now={now} />
        <div className="source-flags">
          {source.heldCount > 0 ? <span className="pill pill-amber">{stats.held(source.heldCount)}</span> : null}
          {source.unmappedCount > 0 ? (
            <a className="pill pill-amber" href="#/unmapped">
              {stats.unmapped(source.unmappedCount)}
            </a>
          ) : null}
        </div>
      </div>
      {source.lastError ? (
        <div className="notice notice-error last-error" data-testid="last-error">
          <strong>{stats.lastError(f.relative(source.lastError.at, now))}</strong>
          <span>
            HTTP {source.lastError.httpStatus}: {source.lastError.reason}
          </span>
        </div>
      ) : null}
      <dl className="kv">
        <dt>{m.sources.webhookUrl}</dt>
        <dd>
          <code data-testid="webhook-url">{source.webhookUrl}</code>
          <CopyButton text={source.webhookUrl} />
        </dd>
        <SettingsView source={source} />
      </dl>
      <details className="setup-steps">
        <summary>{m.sourceSetup.howTo}</summary>
        <ol>
          {m.sourceSetup.setup[source.kind].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      {hasSettings(source.kind) ? (
        editing ? (
          <div className="edit-settings">
            <SourceSettingsFields kind={source.kind} draft={editing} onChange={setEditing} />
            <div className="form-actions">
              <button type="button" className="btn btn-primary btn-small" onClick={() => void saveSettings()}>
                {m.common.save}
              </button>
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(null)}>
                {m.common.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => (setEditing(draftOf(source.settings, source.secret)), setSaved(false))}>
              {m.sourceSetup.settings.edit}
            </button>
            {saved ? <span className="pill pill-green">{m.sourceSetup.settings.saved}</span> : null}
          </div>
        )
      ) : null}
      <ErrorNotice error={error} />
      <SourceTest source={source} reps={reps} />
      <DeliveryLog sourceId={source.id} />
      <SourceIdentities source={source} reps={reps} />
    </article>
  );
}
