import type { ReactNode } from 'react';

/** A labelled text input. */
export function Field({
  label,
  value,
  onChange,
  placeholder,
  type = 'text',
  grow,
  numeric,
  hint,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'date';
  grow?: boolean;
  numeric?: boolean;
  hint?: ReactNode;
  testId?: string;
}) {
  return (
    <label className={`field ${grow ? 'grow' : ''}`}>
      <span>{label}</span>
      <input
        type={type}
        value={value}
        placeholder={placeholder}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'cm-num' : undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? <small className="muted">{hint}</small> : null}
    </label>
  );
}

/** A labelled select over a fixed set of named options. */
export function Choice<T extends string>({ label, value, options, onChange, grow }: { label: string; value: T; options: Record<T, string>; onChange: (value: T) => void; grow?: boolean }) {
  return (
    <label className={`field ${grow ? 'grow' : ''}`}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {(Object.keys(options) as T[]).map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Replaces item `index` of a list with a patched copy. */
export function patchAt<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}
