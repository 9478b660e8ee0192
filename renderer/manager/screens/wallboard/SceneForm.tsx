import { DateTime } from 'luxon';
import { EVENT_TYPES, METRICS, PERIOD_KINDS, ANNOUNCEMENT_TONES, type SceneInput } from '../../../../preload/contract';
import { Toggle } from '../../../ui/components/Toggle';
import { useI18n } from '../../../ui/i18n/i18n';
import { useQuery } from '../../../api/use-query';
import { useManager } from '../../store';

type Props<K extends SceneInput['kind']> = { scene: Extract<SceneInput, { kind: K }>; onChange: (scene: SceneInput) => void };

/** `datetime-local` values read and written in the workspace time zone, stored as ISO instants. */
function toLocalInput(iso: string, zone: string): string {
  const at = DateTime.fromISO(iso, { zone });
  return at.isValid ? at.toFormat("yyyy-LL-dd'T'HH:mm") : '';
}

function fromLocalInput(value: string, zone: string): string {
  return DateTime.fromISO(value, { zone }).toISO() ?? '';
}

function MetricFields({ metric, eventType, onChange }: { metric: string; eventType: string | undefined; onChange: (patch: { metric?: (typeof METRICS)[number]; eventType?: (typeof EVENT_TYPES)[number] }) => void }) {
  const { m } = useI18n();
  const currency = useManager((s) => s.workspace?.baseCurrency ?? '');
  return (
    <>
      <label className="field">
        <span>{m.wall.editor.metric}</span>
        <select value={metric} onChange={(e) => onChange({ metric: e.target.value as (typeof METRICS)[number] })}>
          {METRICS.map((x) => (
            <option key={x} value={x}>
              {m.wall.metrics[x]}
            </option>
          ))}
        </select>
        {metric === 'revenue' ? <small className="muted">{m.wall.editor.revenueHint(currency)}</small> : null}
      </label>
      {metric === 'event_count' ? (
        <label className="field">
          <span>{m.wall.editor.eventType}</span>
          <select value={eventType ?? ''} onChange={(e) => onChange({ eventType: e.target.value as (typeof EVENT_TYPES)[number] })}>
            <option value="" disabled>
              —
            </option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {m.eventTypes[t]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </>
  );
}

function TeamSelect({ value, onChange }: { value: number | undefined; onChange(teamId: number | undefined): void }) {
  const { m } = useI18n();
  const teams = useQuery('teams.list', {}, ['teams']);
  if ((teams.data ?? []).length === 0 && value === undefined) return null;
  return (
    <label className="field">
      <span>{m.wall.editor.team}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">{m.wall.editor.allTeams}</option>
        {(teams.data ?? []).map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function PeriodSelect({ value, onChange }: { value: (typeof PERIOD_KINDS)[number]; onChange(period: (typeof PERIOD_KINDS)[number]): void }) {
  const { m } = useI18n();
  return (
    <label className="field">
      <span>{m.wall.editor.period}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as (typeof PERIOD_KINDS)[number])}>
        {PERIOD_KINDS.map((p) => (
          <option key={p} value={p}>
            {m.leaderboard.periods[p]}
          </option>
        ))}
      </select>
    </label>
  );
}

function LeaderboardForm({ scene, onChange }: Props<'leaderboard'>) {
  const { m } = useI18n();
  const s = scene.settings;
  const set = (patch: Partial<typeof s>) => onChange({ ...scene, settings: { ...s, ...patch } });
  return (
    <>
      <PeriodSelect value={s.period} onChange={(period) => set({ period })} />
      <MetricFields metric={s.metric} eventType={s.eventType} onChange={set} />
      <label className="field">
        <span>{m.wall.editor.limit}</span>
        <input type="number" min={3} max={10} value={s.limit ?? 10} onChange={(e) => set({ limit: Number(e.target.value) })} />
      </label>
      <TeamSelect value={s.teamId} onChange={(teamId) => set({ teamId })} />
      <label className="field">
        <span>{m.wall.editor.title}</span>
        <input value={s.title ?? ''} maxLength={60} placeholder={m.wall.editor.titlePlaceholder} onChange={(e) => set({ title: e.target.value || undefined })} />
      </label>
    </>
  );
}

function ContestForm({ scene, onChange }: Props<'contest'>) {
  const { m } = useI18n();
  const zone = useManager((st) => st.workspace?.timeZone ?? 'UTC');
  const s = scene.settings;
  const set = (patch: Partial<typeof s>) => onChange({ ...scene, settings: { ...s, ...patch } });
  return (
    <>
      <label className="field">
        <span>{m.wall.editor.title}</span>
        <input value={s.title} maxLength={60} required onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="field">
        <span>{m.wall.editor.prize}</span>
        <input value={s.prize ?? ''} maxLength={80} onChange={(e) => set({ prize: e.target.value || undefined })} />
      </label>
      <MetricFields metric={s.metric} eventType={s.eventType} onChange={set} />
      <label className="field">
        <span>{m.wall.editor.startsAt}</span>
        <input type="datetime-local" value={toLocalInput(s.startsAt, zone)} onChange={(e) => set({ startsAt: fromLocalInput(e.target.value, zone) })} />
      </label>
      <label className="field">
        <span>{m.wall.editor.endsAt}</span>
        <input type="datetime-local" value={toLocalInput(s.endsAt, zone)} onChange={(e) => set({ endsAt: fromLocalInput(e.target.value, zone) })} />
      </label>
    </>
  );
}

/** The settings of one scene, by kind. */
export function SceneForm({ scene, onChange }: { scene: SceneInput; onChange: (scene: SceneInput) => void }) {
  const { m } = useI18n();
  switch (scene.kind) {
    case 'leaderboard':
      return <LeaderboardForm scene={scene} onChange={onChange} />;
    case 'contest':
      return <ContestForm scene={scene} onChange={onChange} />;
    case 'teams': {
      const s = scene.settings;
      const set = (patch: Partial<typeof s>) => onChange({ ...scene, settings: { ...s, ...patch } });
      return (
        <>
          <PeriodSelect value={s.period} onChange={(period) => set({ period })} />
          <MetricFields metric={s.metric} eventType={s.eventType} onChange={set} />
          <label className="field">
            <span>{m.wall.editor.title}</span>
            <input value={s.title ?? ''} maxLength={60} placeholder={m.wall.sceneKinds.teams} onChange={(e) => set({ title: e.target.value || undefined })} />
          </label>
        </>
      );
    }
    case 'wins':
      return (
        <>
          <label className="field">
            <span>{m.wall.editor.limit}</span>
            <input type="number" min={3} max={8} value={scene.settings.limit ?? 6} onChange={(e) => onChange({ ...scene, settings: { ...scene.settings, limit: Number(e.target.value) } })} />
          </label>
          <div className="field field-inline">
            <Toggle checked={scene.settings.showCustomer ?? true} label={m.wall.editor.showCustomer} onChange={(v) => onChange({ ...scene, settings: { ...scene.settings, showCustomer: v } })} />
            <span>{m.wall.editor.showCustomer}</span>
          </div>
        </>
      );
    case 'announcement':
      return (
        <>
          <label className="field">
            <span>{m.wall.editor.title}</span>
            <input value={scene.settings.title} maxLength={80} required onChange={(e) => onChange({ ...scene, settings: { ...scene.settings, title: e.target.value } })} />
          </label>
          <label className="field">
            <span>{m.wall.editor.message}</span>
            <textarea rows={3} maxLength={280} value={scene.settings.message ?? ''} onChange={(e) => onChange({ ...scene, settings: { ...scene.settings, message: e.target.value } })} />
          </label>
          <label className="field">
            <span>{m.wall.editor.tone}</span>
            <select value={scene.settings.tone ?? 'info'} onChange={(e) => onChange({ ...scene, settings: { ...scene.settings, tone: e.target.value as (typeof ANNOUNCEMENT_TONES)[number] } })}>
              {ANNOUNCEMENT_TONES.map((t) => (
                <option key={t} value={t}>
                  {m.wall.editor.tones[t]}
                </option>
              ))}
            </select>
          </label>
        </>
      );
  }
}
