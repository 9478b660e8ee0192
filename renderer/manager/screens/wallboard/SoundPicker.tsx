import { SOUND_IDS, type SoundId } from '../../../../preload/contract';
import { useI18n } from '../../../ui/i18n/i18n';
import { playSound } from '../../../wallboard/celebration/sound';

/** A sound select with a button to hear it. */
export function SoundPicker({ value, onChange, label, allowDefault }: { value: SoundId | ''; onChange(sound: SoundId | ''): void; label: string; allowDefault?: string }) {
  const { m } = useI18n();
  return (
    <span className="sound-picker">
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as SoundId | '')}>
        {allowDefault ? <option value="">{allowDefault}</option> : null}
        {SOUND_IDS.map((s) => (
          <option key={s} value={s}>
            {m.wall.sounds[s]}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-ghost btn-small" disabled={value === '' || value === 'none'} onClick={() => void playSound(value || null, 0.8)} aria-label={m.wall.celebrationsPanel.listen} title={m.wall.celebrationsPanel.listen}>
        ▶
      </button>
    </span>
  );
}
