import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { launchApp, ROOT, type AppProcess } from './support/app-process';

const shot = (page: Page, name: string) => page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', `${name}.png`) });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** 30 reps: North 01-15 and South 01-15, e-mails north01@example.com ... */
async function thirtyReps(app: AppProcess): Promise<{ id: number; name: string }[]> {
  const reps = [];
  for (const side of ['North', 'South']) {
    for (let i = 1; i <= 15; i += 1) {
      const n = String(i).padStart(2, '0');
      reps.push(await app.api('reps.create', { name: `${side} ${n}`, email: `${side.toLowerCase()}${n}@example.com` }));
    }
  }
  return reps;
}

// Long walks through several screens: the machine running them may be busy.
test.describe.configure({ timeout: 180_000 });

test('a manager organises 30 reps into teams and territories, transfers customers, and each rep sees only their own portfolio', async ({ page }) => {
  const app = await launchApp();
  try {
    const reps = await thirtyReps(app);
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    const customer = (id: string, name: string, email: string, when: number, type = 'deal.won') => ({
      id: `${id}-${when}`,
      type,
      occurredAt: daysAgo(when),
      rep: { email },
      customer: { id, name },
      ...(type === 'deal.won' ? { amount: { value: '1000.00', currency: 'USD' } } : {}),
    });
    await app.postGeneric(source.id, source.secret, [
      customer('acme', 'Acme', 'north01@example.com', 5),
      customer('acme', 'Acme', 'north01@example.com', 1, 'quote.sent'),
      customer('globex', 'Globex', 'north01@example.com', 4),
      customer('initech', 'Initech', 'north01@example.com', 3),
      customer('umbrella', 'Umbrella', 'north02@example.com', 3),
    ]);

    await page.goto(app.loginUrl);
    // Teams and territories, on the Teams & groups screen.
    await page.getByRole('link', { name: 'Teams & groups' }).click();
    for (const [card, name] of [['card-team', 'Inside sales'], ['card-team', 'Field sales'], ['card-territory', 'North'], ['card-territory', 'South']] as const) {
      await page.getByTestId(card).getByRole('textbox', { name: 'Name' }).fill(name);
      await page.getByTestId(card).getByRole('button', { name: 'Add' }).click();
      await expect(page.getByTestId(`group-${name}`)).toBeVisible();
    }

    // Fifteen reps at a time: find, select all shown, set team, add to territory.
    await page.getByRole('link', { name: 'Reps', exact: true }).click();
    for (const [side, team] of [['North', 'Inside sales'], ['South', 'Field sales']] as const) {
      await page.getByRole('searchbox', { name: 'Find a rep' }).fill(side);
      await page.getByLabel('Select all shown').check();
      const bar = page.getByTestId('bulk-bar');
      await expect(bar).toContainText('15 reps selected');
      await bar.getByRole('combobox', { name: 'Team' }).selectOption({ label: team });
      await bar.getByRole('button', { name: 'Set team' }).click();
      await bar.getByRole('combobox', { name: 'Groups' }).selectOption({ label: side });
      await bar.getByRole('button', { name: 'Add to' }).click();
      await expect(bar).toContainText(`Add to ${side} ✓`);
      await bar.getByRole('button', { name: 'Clear' }).click();
    }
    await page.getByRole('searchbox', { name: 'Find a rep' }).fill('');
    await expect(page.getByTestId(`rep-${reps[29]?.id}`).locator('.chip')).toHaveText(['South']);
    await shot(page, 'reps-organised');
    await page.getByRole('link', { name: 'Teams & groups' }).click();
    await expect(page.getByTestId('group-North')).toContainText('15 reps');
    await expect(page.getByTestId('group-Inside sales')).toContainText('15 reps');

    // The transfer: two of North 01's customers go to North 02 from yesterday.
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByTestId(`owner-${reps[0]?.id}`).click();
    const table = page.getByTestId('customer-table');
    await expect(table.locator('tbody tr')).toHaveCount(3);
    await table.getByRole('checkbox', { name: 'Select Acme' }).check();
    await table.getByRole('checkbox', { name: 'Select Globex' }).check();
    await page.getByTestId('customer-bulk-bar').getByRole('button', { name: 'Transfer…' }).click();
    const dialog = page.getByTestId('transfer-dialog');
    await dialog.getByRole('combobox', { name: 'To' }).selectOption({ label: 'North 02' });
    const yesterday = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }).format(Date.now() - 86_400_000));
    await dialog.getByRole('textbox', { name: 'A day' }).fill(yesterday);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('North 02 takes the key accounts');
    // Acme's quote of yesterday moves with it (10 points); the older deals stay with North 01.
    await expect(dialog.getByTestId('transfer-preview')).toContainText('2 customers change hands; 1 event already received moves with 10 points.');
    await expect(dialog.getByTestId('transfer-balance').locator('tr[data-rep="North 01"]')).toContainText('3−21');
    await shot(page, 'portfolio-transfer');
    await dialog.getByRole('button', { name: 'Confirm transfer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Transferred 2 customers.' })).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('change-list')).toContainText('Transferred: 2 customers → North 02');
    await page.getByTestId(`owner-${reps[1]?.id}`).click();
    await expect(table.locator('tbody tr')).toHaveCount(3);
    await shot(page, 'portfolio-after-transfer');

    // The audit log has it, with who and what.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByTestId('audit-table').locator('tbody tr').first()).toContainText('portfolio.transfer');
    await expect(page.getByTestId('audit-table').locator('tbody tr').first()).toContainText('Manager (browser)');

    // Each rep's link shows their own customers only.
    const north01 = await app.api('repLinks.create', { repId: reps[0]?.id });
    const me = await page.context().newPage();
    await me.setViewportSize({ width: 1920, height: 1080 });
    await me.goto(north01.url);
    await me.getByRole('tab', { name: 'Customers' }).click();
    const mine = me.getByTestId('rep-portfolio');
    await expect(mine.locator('.rep-customer-name')).toHaveText(['Initech']);
    await expect(me.locator('body')).not.toContainText('Acme');
    await expect(me.locator('body')).not.toContainText('Umbrella');
    await mine.scrollIntoViewIfNeeded();
    await shot(me, 'rep-portfolio');
    await me.getByRole('tab', { name: 'History' }).click();
    await expect(me.getByTestId('rep-history')).toContainText('a customer now in another portfolio');
    await expect(me.locator('body')).not.toContainText('Acme');
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('a leaving rep hands over, new leads are distributed with the balance shown first, and a PIN locks settings', async ({ page }) => {
  const app = await launchApp();
  try {
    const ana = await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
    await app.api('reps.create', { name: 'Carla Dias', email: 'carla@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'Website' });
    await app.postGeneric(source.id, source.secret, [
      { id: 'a1', type: 'quote.sent', occurredAt: daysAgo(2), rep: { email: 'ana@example.com' }, customer: { id: 'c1', name: 'Acme' } },
      { id: 'a2', type: 'quote.sent', occurredAt: daysAgo(2), rep: { email: 'ana@example.com' }, customer: { id: 'c2', name: 'Globex' } },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `lead-${i}`, type: 'appointment.booked', occurredAt: daysAgo(0), customer: { id: `l${i}`, name: `Lead ${i + 1}` } })),
    ]);

    await page.goto(app.loginUrl);
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByTestId(`rep-${ana.id}`).getByRole('button', { name: 'Edit' }).click();
    await page.getByTestId('rep-editor').getByRole('button', { name: 'Leaves the company…' }).click();
    const leave = page.getByTestId('leave-dialog');
    await leave.getByRole('combobox', { name: 'Their customers go to' }).selectOption({ label: 'Bruno Lima' });
    await leave.getByRole('textbox', { name: 'Reason (for the audit log)' }).fill('Moved abroad');
    await leave.getByRole('button', { name: 'Confirm' }).click();
    await expect(leave.getByRole('status')).toHaveText('Done: 2 customers handed over.');
    await leave.getByRole('button', { name: 'Close' }).first().click();
    await page.getByTestId('rep-editor').getByRole('button', { name: 'Close' }).last().click();
    await expect(page.getByTestId(`rep-${ana.id}`)).toHaveCount(0);

    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('button', { name: 'Distribute 6 unowned…' }).click();
    const dialog = page.getByTestId('distribute-dialog');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const balance = dialog.getByTestId('distribution-balance');
    // Ana works until the end of today, so her customers reach Bruno tomorrow: today he has none yet.
    await expect(balance.locator('tr[data-rep="Bruno Lima"]')).toContainText('0+33');
    await expect(balance.locator('tr[data-rep="Carla Dias"]')).toContainText('0+33');
    await shot(page, 'portfolio-distribute');
    await dialog.getByRole('button', { name: 'Assign 6 customers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Assigned 6 customers.' })).toBeVisible();
    await expect(page.getByTestId('owner-unowned')).toContainText('0');

    // A PIN: set on the Workspace screen, then another browser must unlock before changing anything.
    await page.getByRole('link', { name: 'Workspace' }).click();
    await page.getByTestId('pin-card').getByLabel('New PIN (4 to 8 digits)').fill('2468');
    await page.getByTestId('pin-card').getByRole('button', { name: 'Set PIN' }).click();
    await expect(page.getByTestId('lock-button')).toHaveText('Settings unlocked');
    const other = await page.context().browser()?.newContext({ viewport: { width: 1920, height: 1080 } });
    const second = await other?.newPage();
    if (!second) throw new Error('no second browser');
    await second.goto(app.url);
    await second.getByLabel('Admin token').fill(app.adminToken);
    await second.getByRole('button', { name: 'Sign in' }).click();
    await expect(second.getByTestId('lock-button')).toHaveText('Settings locked');
    await second.getByRole('link', { name: 'Teams & groups' }).click();
    await second.getByTestId('card-team').getByRole('textbox', { name: 'Name' }).fill('Inside sales');
    await second.getByTestId('card-team').getByRole('button', { name: 'Add' }).click();
    const unlock = second.getByTestId('unlock-dialog');
    await expect(unlock).toBeVisible();
    await shot(second, 'manager-pin');
    await unlock.getByLabel('PIN').fill('2468');
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(second.getByTestId('lock-button')).toHaveText('Settings unlocked');
    await second.getByTestId('card-team').getByRole('button', { name: 'Add' }).click();
    await expect(second.getByTestId('group-Inside sales')).toBeVisible();
    await other?.close();
  } finally {
    await app.stop();
    app.cleanup();
  }
});
