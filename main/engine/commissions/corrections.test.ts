// Worked examples for corrections of a locked period. October was locked with one deal
// (Acme 20,000.00 at 5% = 1,000.00). Afterwards a deal won on 30 October arrives late
// (Beta 5,000.00) and Acme's split is corrected to 50%.
import { describe, expect, it } from 'vitest';
import { correctionLines } from './corrections';
import { calculateEarnings } from './earnings';
import type { RepEvent } from './statement-types';
import { amounts, assignment, component, deal, month, plan, tiers } from './test-plans';

const OCTOBER = month('2026-10-01', '2026-10-31', 9);
const PLAN = plan({ components: [component({ table: { tiers: tiers(['0', '5']) } })] });
const earn = (events: RepEvent[]) => calculateEarnings({ plan: PLAN, assignment: assignment(), period: OCTOBER, events, reversals: [] }).lines;

const ACME = deal('Acme', '2026-10-10', '20000.00', { id: 1 });
const FROZEN = earn([ACME]);

describe('corrections of a locked period', () => {
  it('turns a late deal into a correction line in the next open period: 5,000 x 5% = +250.00', () => {
    const recomputed = earn([ACME, deal('Beta', '2026-10-30', '5000.00', { id: 2 })]);
    const lines = correctionLines({ ...OCTOBER, frozen: FROZEN, recomputed }, []);
    expect(amounts({ lines })).toEqual({ 'fix:2026-10-01:c:revenue:2:t1': '250.00' });
    expect(lines[0]?.trace).toMatchObject({ kind: 'correction', periodFirstDay: '2026-10-01', was: '0', now: '25000', of: { kind: 'commission', event: { customer: 'Beta' } } });
  });

  it('corrects a changed split by the difference: 1,000.00 was paid, 50% makes it 500.00, so -500.00', () => {
    const half = { percent: '50', role: 'Account executive', overlay: false, split: true };
    const recomputed = earn([{ ...ACME, share: half }]);
    const lines = correctionLines({ ...OCTOBER, frozen: FROZEN, recomputed }, []);
    expect(amounts({ lines })).toEqual({ 'fix:2026-10-01:c:revenue:1:t1': '-500.00' });
  });

  it('never corrects twice: a correction already carried by a later locked statement counts as paid', () => {
    const recomputed = earn([ACME, deal('Beta', '2026-10-30', '5000.00', { id: 2 })]);
    const first = correctionLines({ ...OCTOBER, frozen: FROZEN, recomputed }, []);
    // November was locked with that +250.00 in it; December recomputes October again.
    expect(correctionLines({ ...OCTOBER, frozen: FROZEN, recomputed }, first)).toEqual([]);
    // Corrections for another period do not count against October's.
    const other = first.map((l) => ({ ...l, key: l.key.replace('2026-10-01', '2026-09-01'), trace: { ...l.trace, periodFirstDay: '2026-09-01' } as typeof l.trace }));
    expect(correctionLines({ ...OCTOBER, frozen: FROZEN, recomputed }, other)).toHaveLength(1);
  });

  it('has nothing to correct when nothing changed', () => {
    expect(correctionLines({ ...OCTOBER, frozen: FROZEN, recomputed: earn([ACME]) }, [])).toEqual([]);
  });
});
