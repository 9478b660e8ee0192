// End to end through the services: events delivered by webhook, the realistic plan (5% to
// half the quota of 100,000.00, 8% to the quota, 12% beyond; SPIF "Cloud push" 500.00 per
// cloud deal in November; clawback within 90 days), statements, locking and corrections.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commissionWorld, won, type CommissionWorld } from '../../../tests/support/commissions';
import { AppFailure } from '../errors';
import { addAdjustment } from './adjustments';
import { exportPayoutsCsv, statementPdf } from './documents';
import { listPeriods, lockPeriod, periodStatements, repStatement } from './statements';

let w: CommissionWorld;
const ANA = 'ana@example.com';

function statement(firstDay: string, repId = w.ana) {
  return repStatement(w.ctx, { planId: w.planId, repId, firstDay });
}
const descriptions = (firstDay: string) => statement(firstDay).lines.map((l) => l.description);

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
  w.deliver([
    won('acme', ANA, '2026-10-10', '60000.00'),
    won('beta', ANA, '2026-11-05', '30000.00'),
    won('gamma', ANA, '2026-11-12', '40000.00', { product: 'cloud' }),
    { id: 'acme-reopened', type: 'deal.reopened', occurredAt: '2026-11-20T09:00:00-03:00', rep: { email: ANA }, reverses: 'acme', amount: { value: '15000.00', currency: 'BRL' } },
  ]);
});
afterEach(() => w.ctx.dispose());

describe('a statement traces every line to its event, rule and rate', () => {
  it('October: Acme 60,000 crosses half the quota: 50,000 x 5% + 10,000 x 8% = 3,300.00', () => {
    expect(descriptions('2026-10-01')).toEqual([
      'Revenue · Deal Acme (Oct 10, 2026): 50,000.00 of 60,000.00 × 5% (tier 1 of 3) = 2,500.00',
      'Revenue · Deal Acme (Oct 10, 2026): 10,000.00 of 60,000.00 × 8% (tier 2 of 3) = 800.00',
    ]);
    expect(statement('2026-10-01').totals.payoutMinor).toBe(330000);
  });

  it('November: two deals, the SPIF, and the clawback of a quarter of Acme at the rate it was paid', () => {
    expect(descriptions('2026-11-01')).toEqual([
      'Revenue · Deal Beta (Nov 5, 2026): 30,000.00 × 5% (tier 1 of 3) = 1,500.00',
      'Revenue · Deal Gamma (Nov 12, 2026): 20,000.00 of 40,000.00 × 5% (tier 1 of 3) = 1,000.00',
      'Revenue · Deal Gamma (Nov 12, 2026): 20,000.00 of 40,000.00 × 8% (tier 2 of 3) = 1,600.00',
      'SPIF Cloud push: Deal Gamma (Nov 12, 2026)',
      // 15,000 of 60,000 reopened 41 days after the sale: 3,300.00 paid x 25% = 825.00
      'Clawback Deal Acme (Oct 10, 2026): 25% taken back 41 days after the sale (window 90 days), of 3,300.00 paid',
    ]);
    const nov = statement('2026-11-01');
    expect(nov.lines.map((l) => l.amountMinor)).toEqual([150000, 100000, 160000, 50000, -82500]);
    // 1,500 + 2,600 + 500 - 825 = 3,775.00
    expect(nov.totals.payoutMinor).toBe(377500);
    expect(nov.components[0]).toMatchObject({ credited: '7000000', quota: '10000000', attainmentPercent: '70' });
  });

  it('lists the plan\'s periods, newest first, with what each pays', () => {
    expect(listPeriods(w.ctx, { planId: w.planId })).toMatchObject([
      { firstDay: '2026-11-01', status: 'open', current: true, reps: 2, payoutMinor: 377500 },
      { firstDay: '2026-10-01', status: 'open', current: false, reps: 2, payoutMinor: 330000 },
    ]);
  });
});

describe('locking a period', () => {
  it('refuses a period that is not over, and says when it can be locked', () => {
    const blockers = periodStatements(w.ctx, { planId: w.planId, firstDay: '2026-11-01' }).lockBlockers;
    expect(blockers).toEqual(['November 2026 is not over yet (it ends on 2026-11-30); lock it once it is.']);
    expect(failure(() => lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-11-01' })).code).toBe('conflict');
  });

  it('freezes October; a deal won in October but delivered late becomes a correction in November', () => {
    lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-10-01' });
    w.deliver([won('delta', ANA, '2026-10-28', '10000.00')]);
    // October stays as it was locked.
    expect(statement('2026-10-01')).toMatchObject({ period: { status: 'locked' }, totals: { payoutMinor: 330000 } });
    // Recomputed, Delta fills 60,000 -> 70,000 at 8% = 800.00, carried into November.
    const correction = statement('2026-11-01').lines.find((l) => l.section === 'correction');
    expect(correction).toMatchObject({ amountMinor: 80000, description: 'Correction for October 2026: Revenue · Deal Delta (Oct 28, 2026): 10,000.00 × 8% (tier 2 of 3) = 800.00 (was 0.00, now 800.00)' });
    expect(statement('2026-11-01').totals.payoutMinor).toBe(377500 + 80000);
  });

  it('never corrects twice: once November is locked with the correction, December has none', () => {
    lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-10-01' });
    w.deliver([won('delta', ANA, '2026-10-28', '10000.00')]);
    w.ctx.setNow('2026-12-02T12:00:00Z');
    const locked = lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-11-01' });
    expect(locked).toMatchObject({ status: 'locked', reps: 2, payoutMinor: 457500, lockedPeriods: ['2026-11-01'] });
    expect(statement('2026-12-01').lines).toEqual([]);
  });

  it('locks earlier open periods with it, in order', () => {
    w.ctx.setNow('2026-12-02T12:00:00Z');
    expect(periodStatements(w.ctx, { planId: w.planId, firstDay: '2026-11-01' }).locksAlso).toEqual(['2026-10-01']);
    expect(lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-11-01' }).lockedPeriods).toEqual(['2026-10-01', '2026-11-01']);
    expect(statement('2026-10-01').period.status).toBe('locked');
  });

  it('sends adjustments for a locked period to the next open one', () => {
    lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-10-01' });
    const error = failure(() => addAdjustment(w.ctx, { planId: w.planId, repId: w.ana, firstDay: '2026-10-01', amountMinor: 10000, reason: 'Missed bonus' }));
    expect(error.message).toBe('October 2026 is locked and its statements never change; use November 2026, the next open period.');
    addAdjustment(w.ctx, { planId: w.planId, repId: w.ana, firstDay: '2026-11-01', amountMinor: -5000, reason: 'Phone bill over the limit' });
    expect(statement('2026-11-01').lines.at(-1)).toMatchObject({ section: 'adjustment', amountMinor: -5000, description: 'Adjustment: Phone bill over the limit' });
  });

  it('carries a negative balance into the next statement', () => {
    w.deliver([{ id: 'beta-reopened', type: 'deal.reopened', occurredAt: '2026-11-22T09:00:00-03:00', rep: { email: ANA }, reverses: 'beta' }]);
    w.deliver([{ id: 'gamma-reopened', type: 'deal.reopened', occurredAt: '2026-11-22T09:05:00-03:00', rep: { email: ANA }, reverses: 'gamma' }]);
    // November: 3,775.00 - 1,500.00 - 2,600.00 = -325.00 (the SPIF stays: it was earned).
    expect(statement('2026-11-01').totals).toMatchObject({ payoutMinor: 0, carryOutMinor: -32500 });
    w.ctx.setNow('2026-12-10T12:00:00Z');
    expect(statement('2026-12-01').lines).toMatchObject([{ section: 'carry', amountMinor: -32500, description: 'Balance carried from November 2026' }]);
  });
});

describe('payroll and printable statements', () => {
  it('exports a locked period as CSV, one row per rep, and refuses an open one', () => {
    expect(failure(() => exportPayoutsCsv(w.ctx, { planId: w.planId, firstDay: '2026-10-01' })).message).toMatch(/lock October 2026 first/);
    lockPeriod(w.ctx, { planId: w.planId, firstDay: '2026-10-01' });
    const { filename, csv } = exportPayoutsCsv(w.ctx, { planId: w.planId, firstDay: '2026-10-01' });
    expect(filename).toBe('fanfare-payouts-account-executives-2026-10-01.csv');
    expect(csv.replace('\uFEFF', '').split('\r\n')).toEqual([
      'rep_id,rep_name,rep_email,plan,period_start,period_end,currency,commission,spifs,clawbacks,corrections,adjustments,carried_in,draw_top_up,draw_recovered,payout,carried_forward,draw_outstanding',
      `${w.ana},Ana Souza,ana@example.com,Account executives,2026-10-01,2026-10-31,BRL,3300.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,3300.00,0.00,0.00`,
      `${w.bruno},Bruno Lima,bruno@example.com,Account executives,2026-10-01,2026-10-31,BRL,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00`,
      '',
    ]);
  });

  it('renders a PDF statement with every line', async () => {
    const { filename, base64 } = await statementPdf(w.ctx, { planId: w.planId, repId: w.ana, firstDay: '2026-11-01' });
    expect(filename).toBe('statement-ana-souza-account-executives-2026-11-01.pdf');
    const pdf = Buffer.from(base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(w.ctx.dir, 'statement.pdf');
    writeFileSync(file, pdf);
    // Where poppler is installed, check the text really is in the document.
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Commission statement');
      expect(text).toContain('Ana Souza');
      expect(text).toContain('Clawback Deal Acme');
      expect(text).toContain('R$3,775.00');
    }
  });
});
