import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, ROOT, type AppProcess } from './support/app-process';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const ZONE = 'America/Sao_Paulo';

/** Today and the previous month in São Paulo, as the app counts periods. */
function calendar() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year = 0, month = 0] = today.split('-').map(Number);
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  const lastMonth = `${prev.y}-${String(prev.m).padStart(2, '0')}`;
  const lastMonthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${lastMonth}-15T12:00:00Z`));
  const day = (iso: string) => new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${iso}T12:00:00Z`));
  return { today, lastMonth, lastMonthName, acmeDay: day(`${lastMonth}-10`) };
}

async function setUp(app: AppProcess) {
  await app.api('workspace.update', { timeZone: ZONE, baseCurrency: 'BRL', locale: 'en', name: 'Fanfare Sales' });
  const ana = await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  const bruno = await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
  const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
  return { ana, bruno, source };
}

async function openNav(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Fanfare' }).getByRole('link', { name, exact: true }).click();
}

test('a manager builds a plan, runs and locks a period, and a rep traces and disputes a line', async ({ page, browser }) => {
  const app = await launchApp();
  const cal = calendar();
  try {
    const { ana, bruno, source } = await setUp(app);
    await page.goto(app.loginUrl);

    // 1. The plan, from the example: tiers on attainment with an accelerator, a SPIF, a clawback.
    await openNav(page, 'Commission plans');
    await page.getByRole('button', { name: '+ New plan' }).click();
    await expect(page.getByTestId('plan-name')).toHaveValue('Account executives');
    await expect(page.getByTestId('tier')).toHaveCount(3);
    await page.screenshot({ path: join(SHOTS, 'commission-plan-editor.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.locator('.cm-summary')).toContainText('Refunds and cancellations within 90 days are clawed back');
    await expect(page.locator('.cm-tier-chips').first()).toContainText('100% → 12%');

    // 2. Ana on the plan from the first day of last month, quota 100,000.00 a month.
    await page.getByRole('button', { name: '+ Add a rep to the plan' }).click();
    const form = page.getByRole('form', { name: 'Add a rep to the plan' });
    await form.getByLabel('Rep').selectOption({ label: 'Ana Souza' });
    await form.getByLabel('On the plan from').fill(`${cal.lastMonth}-01`);
    await form.getByLabel(/Quota: Revenue/).fill('100000');
    await form.getByRole('button', { name: 'Save terms' }).click();
    await expect(page.getByTestId('assignments').locator('[data-rep="Ana Souza"]')).toContainText('Revenue: R$100,000.00');
    const plan = (await app.api('commissions.listPlans'))[0];
    await app.api('commissions.saveAssignment', {
      planId: plan.id,
      repId: bruno.id,
      terms: { startDay: `${cal.lastMonth}-01`, endDay: null, quotas: [{ componentId: 'revenue', quota: '10000000' }], targetIncentiveMinor: null, ramp: [], leaves: [], draw: null },
    });
    await page.screenshot({ path: join(SHOTS, 'commission-plans.png'), fullPage: true });

    // 3. Deals arrive by webhook: Acme last month, Beta (cloud) this month.
    await app.postGeneric(source.id, source.secret, [
      { id: 'acme', type: 'deal.won', occurredAt: `${cal.lastMonth}-10T14:00:00-03:00`, rep: { email: 'ana@example.com' }, amount: { value: '60000.00', currency: 'BRL' }, customer: { name: 'Acme' } },
      { id: 'beta', type: 'deal.won', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' }, amount: { value: '30000.00', currency: 'BRL' }, product: 'cloud', customer: { name: 'Beta' } },
    ]);

    // 4. Last month's statement, traced line by line, then locked and exported for payroll.
    await openNav(page, 'Statements');
    await page.getByLabel('Period').selectOption({ index: 1 });
    await expect(page.locator('.cm-period-name')).toHaveText(cal.lastMonthName);
    await page.getByTestId('period-statements').locator('[data-rep="Ana Souza"]').click();
    const statement = page.getByTestId('statement');
    await expect(statement).toContainText(`Revenue · Deal Acme (${cal.acmeDay}): 50,000.00 of 60,000.00 × 5% (tier 1 of 3) = 2,500.00`);
    await expect(statement).toContainText(`Revenue · Deal Acme (${cal.acmeDay}): 10,000.00 of 60,000.00 × 8% (tier 2 of 3) = 800.00`);
    await expect(statement.getByTestId('payout')).toHaveText('R$3,300.00');
    await page.screenshot({ path: join(SHOTS, 'commission-statement.png'), fullPage: true });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Lock period' }).click();
    await expect(statement).toContainText('Locked on');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export payroll CSV' }).click();
    const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(csv).toContain(`${ana.id},Ana Souza,ana@example.com,Account executives,${cal.lastMonth}-01`);
    expect(csv).toMatch(/,3300\.00,0\.00,0\.00\r\n/);

    // 5. Ana opens her private link, sees this month's statement and flags the SPIF line.
    const link = await app.api('repLinks.create', { repId: ana.id });
    const me = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await me.goto(link.url);
    await me.getByRole('tab', { name: 'Your commission' }).click();
    const mine = me.getByTestId('rep-commission');
    await expect(mine.getByTestId('statement')).toContainText('SPIF New product push: Deal Beta');
    await expect(mine.getByTestId('payout')).toHaveText('R$2,000.00'); // 30,000 x 5% = 1,500.00 + SPIF 500.00
    const spifLine = mine.locator('li[data-line^="spif:"]');
    await spifLine.getByRole('button', { name: 'Flag' }).click();
    await spifLine.getByRole('textbox', { name: 'What looks wrong with this line?' }).fill('Beta bought two cloud seats: the SPIF should pay twice');
    await spifLine.getByRole('button', { name: 'Send to my manager' }).click();
    await expect(spifLine).toContainText('Disputed');
    await me.screenshot({ path: join(SHOTS, 'rep-statement.png'), fullPage: true });

    // 6. The manager answers from the disputes queue with an adjustment; the rep sees it live.
    await openNav(page, 'Disputes');
    const dispute = page.getByTestId('dispute').filter({ hasText: 'Ana Souza' });
    await expect(dispute).toContainText('two cloud seats');
    await dispute.getByRole('button', { name: 'Resolve with an adjustment' }).click();
    await expect(dispute.getByLabel('Adjustment amount (BRL)')).toHaveValue('500.00');
    await dispute.getByLabel('Answer to the rep').fill('Confirmed with billing: second seat paid');
    await page.screenshot({ path: join(SHOTS, 'commission-disputes.png'), fullPage: true });
    await dispute.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText('No open disputes.')).toBeVisible();
    await expect(mine.getByTestId('statement')).toContainText('Adjustment for dispute #1: Confirmed with billing: second seat paid');
    await expect(mine.getByTestId('payout')).toHaveText('R$2,500.00');
    await expect(me.getByTestId('my-disputes')).toContainText('Adjusted');

    // 7. This month, Beta is split 50/50 with Bruno; then a what-if for Ana.
    await openNav(page, 'Statements');
    await expect(page.getByLabel('Period')).toHaveValue(`${cal.today.slice(0, 7)}-01`);
    await page.getByRole('tab', { name: 'Deals and splits' }).click();
    const beta = page.getByTestId('deals').locator('[data-deal="Beta"]');
    await beta.getByRole('button', { name: 'Split' }).click();
    const split = beta.getByTestId('split-editor');
    await split.getByLabel('Share %').fill('50');
    await split.getByRole('button', { name: '+ Add a person' }).click();
    await split.getByLabel('Rep').nth(1).selectOption({ label: 'Bruno Lima' });
    await split.getByLabel('Share %').nth(1).fill('50');
    await split.getByRole('button', { name: 'Save split' }).click();
    await expect(beta).toContainText('Ana Souza 50% · Bruno Lima 50%');
    await page.getByRole('tab', { name: 'Statement' }).click();
    // Each: 15,000 x 5% = 750.00 + half the 500.00 SPIF; Ana keeps her 500.00 adjustment.
    await expect(page.getByTestId('period-statements').locator('[data-rep="Bruno Lima"]')).toContainText('R$1,000.00');
    await expect(page.getByTestId('period-statements').locator('[data-rep="Ana Souza"]')).toContainText('R$1,500.00');
    await page.getByRole('tab', { name: 'What if…' }).click();
    const whatIf = page.getByTestId('what-if');
    await whatIf.getByLabel('Rep').selectOption({ label: 'Ana Souza' });
    await whatIf.getByLabel('Deal amount').fill('40000');
    await whatIf.getByRole('button', { name: 'Calculate' }).click();
    // 15,000 -> 55,000: 35,000 x 5% + 5,000 x 8% = 1,750 + 400, plus the 500.00 SPIF
    await expect(whatIf.getByTestId('what-if-answer')).toContainText('This deal would add R$2,650.00');
    await page.screenshot({ path: join(SHOTS, 'commission-what-if.png'), fullPage: true });
  } finally {
    await app.stop();
    app.cleanup();
  }
});
