import type { Rep } from '../../../preload/contract';

/** A choice of rep; `empty` is the label of the "no rep" option (left out when null). */
export function RepSelect({
  reps,
  value,
  onChange,
  empty,
  label,
  required,
  disabled,
}: {
  reps: readonly Rep[];
  value: number | '';
  onChange: (value: number | '') => void;
  empty: string | null;
  label?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))} aria-label={label} required={required} disabled={disabled}>
      {empty !== null ? <option value="">{empty}</option> : null}
      {reps.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </select>
  );
}
