import type { z } from 'zod';
import { numberToDecimalText, parseMajorAmount, type Money } from '../engine/money';
import type { FieldProblem } from './incoming-event';

/** `data.object.amount`, `[0].eventId`: where a problem is in the body. */
export function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), prefix);
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Zod's issues as field problems, with "is required" for a field that is not there at all. */
export function problemsOf(error: z.ZodError, value: unknown, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
    return { path: pathOf(prefix, issue.path), message: missing ? 'is required' : issue.message };
  });
}

/** Validates `value` against `schema`, or lists every problem with its path. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): { ok: true; value: T } | { ok: false; problems: FieldProblem[] } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsOf(result.error, value, prefix) };
}

/** A JSON number of major units (Asaas' 1890.5, Pipedrive's 12500) as exact minor units, never through a float multiply. */
export function majorNumberToMoney(value: number, currency: string, path: string): { ok: true; money: Money } | { ok: false; problem: FieldProblem } {
  const parsed = parseMajorAmount(numberToDecimalText(value), currency);
  if (!parsed.ok) return { ok: false, problem: { path, message: parsed.problem } };
  if (parsed.money.minor < 0) return { ok: false, problem: { path, message: 'must not be negative' } };
  return parsed;
}

export const invalid = (problems: FieldProblem[]) => ({ ok: false as const, status: 'invalid_input' as const, problems });
