// Corrections of locked periods. A locked statement never changes; when what it was computed
// from changes afterwards (a deal delivered late, a split corrected, a refund that reaches
// back), the period is recomputed from its frozen plan and assignment with today's data, and
// each line whose amount moved becomes a correction line in the next open period: the line
// as it now reads, what it was, what it is. Corrections already carried by later locked
// statements are counted as paid, so nothing is corrected twice.
import { fromText, isZero, sub, toText, add, ZERO, type Rational } from './rational';
import type { BaseTrace, LineSection, StatementLine } from './statement-types';

const CORRECTABLE: ReadonlySet<LineSection> = new Set(['commission', 'spif', 'clawback']);

export interface LockedPeriod {
  firstDay: string;
  lastDay: string;
  /** The lines as frozen at lock time. */
  frozen: readonly StatementLine[];
  /** The same period computed again now, from its frozen plan and assignment. */
  recomputed: readonly StatementLine[];
}

function amountsByKey(lines: readonly StatementLine[]): Map<string, { amount: Rational; trace: BaseTrace }> {
  const map = new Map<string, { amount: Rational; trace: BaseTrace }>();
  for (const line of lines) {
    if (!CORRECTABLE.has(line.section) || line.trace.kind === 'correction') continue;
    const current = map.get(line.key);
    map.set(line.key, { amount: add(current?.amount ?? ZERO, fromText(line.amount)), trace: line.trace });
  }
  return map;
}

/**
 * Correction lines for one locked period. `alreadyCorrected` are the correction lines of the
 * statements locked after it (any period), of which only those for this period count.
 */
export function correctionLines(period: LockedPeriod, alreadyCorrected: readonly StatementLine[]): StatementLine[] {
  const was = amountsByKey(period.frozen);
  const now = amountsByKey(period.recomputed);
  const carried = new Map<string, Rational>();
  for (const line of alreadyCorrected) {
    if (line.trace.kind !== 'correction' || line.trace.periodFirstDay !== period.firstDay) continue;
    const key = line.key.slice(`fix:${period.firstDay}:`.length);
    carried.set(key, add(carried.get(key) ?? ZERO, fromText(line.amount)));
  }
  const keys = [...new Set([...now.keys(), ...was.keys(), ...carried.keys()])];
  const lines: StatementLine[] = [];
  for (const key of keys) {
    const before = add(was.get(key)?.amount ?? ZERO, carried.get(key) ?? ZERO);
    const after = now.get(key)?.amount ?? ZERO;
    const delta = sub(after, before);
    if (isZero(delta)) continue;
    const trace = now.get(key)?.trace ?? was.get(key)?.trace;
    if (!trace) continue;
    lines.push({
      key: `fix:${period.firstDay}:${key}`,
      section: 'correction',
      amount: toText(delta),
      trace: { kind: 'correction', periodFirstDay: period.firstDay, periodLastDay: period.lastDay, of: trace, was: toText(before), now: toText(after) },
    });
  }
  return lines;
}
