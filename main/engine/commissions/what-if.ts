// What-if: the commission a hypothetical deal would add at the rep's current attainment.
// It is the difference between the period's earnings with and without the deal, so it
// includes everything the deal moves: its own tier slices, a retroactive tier uplift on
// earlier deals, a SPIF it unlocks, a cap it runs into, a gate it opens.
import { calculateEarnings } from './earnings';
import { fromText, isZero, sub, sum, toMinorUnits, toText, ZERO } from './rational';
import type { ComponentResult, EarningsInput, LineTrace, RepEvent } from './statement-types';

export interface WhatIfLine {
  key: string;
  before: string;
  after: string;
  trace: LineTrace;
}

export interface WhatIf {
  /** Exact commission the deal adds (may be negative, e.g. never; or zero under a gate). */
  added: string;
  addedMinor: number;
  lines: WhatIfLine[];
  before: ComponentResult[];
  after: ComponentResult[];
}

export function whatIf(input: EarningsInput, hypothetical: RepEvent): WhatIf {
  const before = calculateEarnings(input);
  const after = calculateEarnings({ ...input, events: [...input.events, hypothetical] });
  const beforeByKey = new Map(before.lines.map((l) => [l.key, l]));
  const afterByKey = new Map(after.lines.map((l) => [l.key, l]));
  const lines: WhatIfLine[] = [];
  for (const key of new Set([...afterByKey.keys(), ...beforeByKey.keys()])) {
    const was = beforeByKey.get(key);
    const now = afterByKey.get(key);
    const wasAmount = was ? fromText(was.amount) : ZERO;
    const nowAmount = now ? fromText(now.amount) : ZERO;
    const trace = (now ?? was)?.trace;
    if (!trace || (was && isZero(sub(nowAmount, wasAmount)))) continue;
    lines.push({ key, before: toText(wasAmount), after: toText(nowAmount), trace });
  }
  const added = sub(sum(after.lines.map((l) => fromText(l.amount))), sum(before.lines.map((l) => fromText(l.amount))));
  return { added: toText(added), addedMinor: toMinorUnits(added), lines, before: before.components, after: after.components };
}
