// Disputes, split credit and what-if through the services, on the realistic plan (5% to
// half the quota of 100,000.00, 8% to the quota, 12% beyond; SPIF 500.00 per cloud deal).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commissionWorld, won, type CommissionWorld } from '../../../tests/support/commissions';
import { AppFailure } from '../errors';
import { saveSplit } from './deals';
import { flagLine, listDisputes, resolveDispute } from './disputes';
import { lockPeriod, repStatement } from './statements';
import { whatIfDeal } from './what-if';

let w: CommissionWorld;
const ANA = 'ana@example.com';
const statement = (firstDay: string, repId = w.ana) => repStatement(w.ctx, { planId: w.planId, repId, firstDay });

function failure(work: () => unknown): AppFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

beforeEach(() => {
  w = commissionWorld();
  w.deliver([won('acme', ANA, '2026-10-10', '60000.00'), won('beta', ANA, '2026-11-05', '30000.00'), won('gamma', ANA, '2026-11-12', '40000.00', { product: 'cloud' })]);
});
afterEach(() => w.ctx.dispose());

describe('disputes', () => {
  it('a rep flags a line, the manager sees it in the queue and resolves it with an adjustment', () => {
    const line = statement('2026-11-01').lines.find((l) => l.section === 'spif');
    const dispute = flagLine(w.ctx, w.ana, { planId: w.planId, firstDay: '2026-11-01', lineKey: line!.key, comment: 'Gamma was two cloud seats, the SPIF should pay twice' });
    expect(listDisputes(w.ctx, { status: 'open' })).toMatchObject([
      { id: dispute.id, repName: 'Ana Souza', planName: 'Account executives', status: 'open', line: { amountMinor: 50000, description: 'SPIF Cloud push: Deal Gamma (Nov 12, 2026)' } },
    ]);
    expect(statement('2026-11-01').lines.find((l) => l.key === line!.key)?.dispute).toEqual({ id: dispute.id, status: 'open' });
    expect(failure(() => flagLine(w.ctx, w.ana, { planId: w.planId, firstDay: '2026-11-01', lineKey: line!.key, comment: 'again' })).code).toBe('conflict');

    const resolved = resolveDispute(w.ctx, { id: dispute.id, action: 'adjust', amountMinor: 50000, note: 'Second cloud seat confirmed' });
    expect(resolved).toMatchObject({ status: 'adjusted', adjustment: { amountMinor: 50000, periodFirstDay: '2026-11-01' } });
    expect(statement('2026-11-01').lines.at(-1)).toMatchObject({ section: 'adjustment', amountMinor: 50000, description: `Adjustment for dispute #${dispute.id}: Second cloud seat confirmed` });
    expect(listDisputes(w.ctx, { status: 'open' })).toEqual([]);
    expect(failure(() => resolveDispute(w.ctx, { id: dispute.id, action: 'reject', note: 'no' })).message).toBe(`Dispute #${dispute.id} was already resolved with an adjustment.`);
  });

  it('resolves a dispute on a locked period into the next open one', () => {
    lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-10-01' });
    const line = statement('2026-10-01').lines[0]!;
    const dispute = flagLine(w.ctx, w.ana, { planId: w.planId, firstDay: '2026-10-01', lineKey: line.key, comment: 'Acme was 65,000' });
    const resolved = resolveDispute(w.ctx, { id: dispute.id, action: 'adjust', amountMinor: 40000, note: 'Acme amendment of 5,000 at 8%' });
    expect(resolved.adjustment?.periodFirstDay).toBe('2026-11-01');
    expect(statement('2026-10-01').totals.payoutMinor).toBe(330000);
  });

  it('a rejection keeps the pay and records the answer', () => {
    const line = statement('2026-11-01').lines[0]!;
    const dispute = flagLine(w.ctx, w.ana, { planId: w.planId, firstDay: '2026-11-01', lineKey: line.key, comment: 'Should be 8%' });
    expect(resolveDispute(w.ctx, { id: dispute.id, action: 'reject', note: 'Beta is in tier 1: the first 50,000 pay 5%' })).toMatchObject({ status: 'rejected', adjustment: null });
    expect(statement('2026-11-01').totals.payoutMinor).toBe(150000 + 260000 + 50000);
  });

  it('needs a comment and a line that is on the statement', () => {
    expect(failure(() => flagLine(w.ctx, w.ana, { planId: w.planId, firstDay: '2026-11-01', lineKey: 'c:revenue:1:t1', comment: '  ' })).code).toBe('invalid_input');
    expect(failure(() => flagLine(w.ctx, w.ana, { planId: w.planId, firstDay: '2026-11-01', lineKey: 'nope', comment: 'why?' })).code).toBe('not_found');
  });
});

describe('split credit entered by the manager', () => {
  it('moves credit between reps: Gamma 60% Ana / 40% Bruno', () => {
    const gamma = statement('2026-11-01').lines.find((l) => l.trace.kind === 'commission' && l.trace.event.customer === 'Gamma')!;
    const eventId = gamma.trace.kind === 'commission' ? gamma.trace.event.eventId : 0;
    saveSplit(w.ctx, { eventId, shares: [{ repId: w.ana, percent: '60', role: 'Account executive', overlay: false }, { repId: w.bruno, percent: '40', role: 'Account executive', overlay: false }] });
    // Bruno: 40% of 40,000 = 16,000 x 5% = 800.00, and 40% of the 500.00 SPIF = 200.00
    const bruno = statement('2026-11-01', w.bruno);
    expect(bruno.lines.map((l) => l.amountMinor)).toEqual([80000, 20000]);
    expect(bruno.lines[0]?.description).toBe('Revenue · Deal Gamma (Nov 12, 2026): 40,000.00 × 40% split as Account executive = 16,000.00 × 5% (tier 1 of 3) = 800.00');
    // Ana: 30,000 + 24,000 = 54,000: 50,000 x 5% + 4,000 x 8% = 2,820.00, SPIF 300.00
    expect(statement('2026-11-01').totals.payoutMinor).toBe(282000 + 30000);
  });

  it('rejects direct shares over 100% and changes nothing', () => {
    const error = failure(() => saveSplit(w.ctx, { eventId: 1, shares: [{ repId: w.ana, percent: '60', role: 'AE', overlay: false }, { repId: w.bruno, percent: '50', role: 'AE', overlay: false }] }));
    expect(error.message).toBe('The split has a problem: shares: the direct shares add up to 110%, more than 100%: lower them, or mark the extra people as overlay (credited on top).');
    expect(statement('2026-10-01').totals.payoutMinor).toBe(330000);
  });
});

describe('what-if', () => {
  it('shows what a 40,000.00 deal today would add at Ana\'s current 70% attainment: 30,000 x 8% + 10,000 x 12% = 3,600.00', () => {
    const answer = whatIfDeal(w.ctx, { planId: w.planId, repId: w.ana, amount: '40000.00', currency: 'BRL', customer: 'Delta' });
    expect(answer.addedMinor).toBe(360000);
    expect(answer.lines.map((l) => l.description)).toEqual([
      'Revenue · Deal Delta (Nov 24, 2026): 30,000.00 of 40,000.00 × 8% (tier 2 of 3) = 2,400.00',
      'Revenue · Deal Delta (Nov 24, 2026): 10,000.00 of 40,000.00 × 12% (tier 3 of 3) = 1,200.00',
    ]);
    expect(answer.after[0]?.attainmentPercent).toBe('110');
  });

  it('converts with the plan\'s rate and refuses a currency it has none for', () => {
    expect(whatIfDeal(w.ctx, { planId: w.planId, repId: w.ana, amount: '1000.00', currency: 'USD' }).addedMinor).toBe(40000); // 5,000 BRL x 8%
    expect(failure(() => whatIfDeal(w.ctx, { planId: w.planId, repId: w.ana, amount: '1000.00', currency: 'EUR' })).message).toMatch(/states no EUR rate/);
  });
});
