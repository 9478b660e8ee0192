export interface FieldChange {
  field: string;
  /** JSON text of the value, or null when the field did not exist on that side. */
  before: string | null;
  after: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/**
 * The fields that differ between two audit snapshots, one level deep (nested objects and
 * arrays compare as a whole). A created entity lists its fields with no "before"; a deleted
 * one with no "after"; a snapshot that is not an object is one change named "value".
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return text(before) === text(after) ? [] : [{ field: 'value', before: text(before), after: text(after) }];
  }
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .map((field) => ({ field, before: text(a[field]), after: text(b[field]) }))
    .filter((c) => c.before !== c.after);
}
