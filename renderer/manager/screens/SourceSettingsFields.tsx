import type { SourceKind, SourceSettingsInput, SourceSettingsView } from '../../../preload/contract';
import { useI18n } from '../../ui/i18n/i18n';

/** The settings form's text values (won stages as comma-separated text). */
export type SettingsDraft = Partial<Record<'secret' | 'previousSecret' | 'username' | 'password' | 'accessToken' | 'apiBaseUrl' | 'publicUrl' | 'wonStages', string>>;

type Field = keyof SettingsDraft;

/** Which fields each kind shows, and which of them Fanfare can generate when left empty. */
const FIELDS: Record<SourceKind, { field: Field; generated?: boolean; secret?: boolean }[]> = {
  generic: [],
  stripe: [{ field: 'secret', secret: true }, { field: 'previousSecret', secret: true }],
  hubspot: [{ field: 'secret', secret: true }, { field: 'accessToken', secret: true }, { field: 'publicUrl' }, { field: 'wonStages' }, { field: 'apiBaseUrl' }],
  pipedrive: [{ field: 'username', generated: true }, { field: 'password', generated: true, secret: true }],
  calendly: [{ field: 'secret', secret: true }],
  calcom: [{ field: 'secret', generated: true, secret: true }],
  asaas: [{ field: 'secret', generated: true, secret: true }],
};

export function hasSettings(kind: SourceKind): boolean {
  return FIELDS[kind].length > 0;
}

/** The draft for editing a source's current settings. */
export function draftOf(settings: SourceSettingsView, secret: string): SettingsDraft {
  return {
    secret,
    previousSecret: settings.previousSecret ?? '',
    username: settings.username ?? '',
    password: settings.password ?? '',
    accessToken: settings.accessToken ?? '',
    apiBaseUrl: settings.apiBaseUrl ?? '',
    publicUrl: settings.publicUrl ?? '',
    wonStages: (settings.wonStages ?? []).join(', '),
  };
}

/** What the procedures take: only this kind's fields, empty ones left out (or cleared, when editing). */
export function settingsInput(kind: SourceKind, draft: SettingsDraft, editing: boolean): SourceSettingsInput {
  const out: SourceSettingsInput = {};
  for (const { field } of FIELDS[kind]) {
    const value = (draft[field] ?? '').trim();
    if (field === 'wonStages') {
      const stages = value.split(',').map((s) => s.trim()).filter(Boolean);
      if (stages.length > 0) out.wonStages = stages;
    } else if (field === 'previousSecret' || field === 'publicUrl') {
      if (value) out[field] = value;
      else if (editing) out[field] = null;
    } else if (value) out[field] = value;
  }
  return out;
}

export function SourceSettingsFields({ kind, draft, onChange }: { kind: SourceKind; draft: SettingsDraft; onChange: (draft: SettingsDraft) => void }) {
  const { m } = useI18n();
  const s = m.sourceSetup.settings;
  const label = (field: Field): string => (field === 'secret' ? s.secret[kind] : s[field]);
  const hint = (field: Field, generated: boolean | undefined): string | null =>
    field === 'publicUrl' ? s.publicUrlHint : field === 'wonStages' ? s.wonStagesHint : generated ? s.generatedHint : null;
  return (
    <div className="settings-grid">
      {FIELDS[kind].map(({ field, generated, secret }) => (
        <label key={field} className="field">
          <span>{label(field)}</span>
          <input
            name={field}
            value={draft[field] ?? ''}
            onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
            autoComplete="off"
            spellCheck={false}
            className={secret ? 'mono' : ''}
            placeholder={field === 'wonStages' ? 'closedwon' : field === 'apiBaseUrl' ? 'https://api.hubapi.com' : ''}
          />
          {hint(field, generated) ? <small className="muted">{hint(field, generated)}</small> : null}
        </label>
      ))}
    </div>
  );
}
