// The import wizard as a manager uses it: real vendor exports, picked and dropped, checked,
// adjusted, imported, then undone.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, ROOT, type AppProcess } from './support/app-process';
import { CSV_FIXTURES_DIR } from '../support/fixtures';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const FIXTURES = CSV_FIXTURES_DIR;
const OCTOBER = '2025-10-15T12:00:00-03:00';

const REPS = ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Ferreira', 'Elena Rossi', 'Farid Haddad', 'Grace Kim', 'Hiro Tanaka'];

async function prepare(page: Page, app: AppProcess): Promise<void> {
  await app.api('workspace.update', { timeZone: 'America/Sao_Paulo', baseCurrency: 'BRL', locale: 'en' });
  for (const name of REPS) await app.api('reps.create', { name, email: `${name.split(' ')[0]?.toLowerCase()}@example.com` });
  await page.goto(app.loginUrl);
  await expect(page.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import CSV' })).toBeVisible();
}

async function octoberPoints(app: AppProcess): Promise<Record<string, number>> {
  const board = await app.api('leaderboard.get', { period: 'month', at: OCTOBER });
  return Object.fromEntries((board.rows as { name: string; points: number }[]).map((r) => [r.name, r.points]));
}

test('a HubSpot export walks through the wizard into the leaderboard, and Undo takes it back', async ({ page }) => {
  const app = await launchApp();
  try {
    await prepare(page, app);

    // 1. Pick the file: it uploads, is recognised and previewed.
    await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'hubspot_deals.csv'));
    await expect(page.getByTestId('file-summary')).toContainText('Recognised: HubSpot deals');
    await expect(page.getByTestId('preview').locator('thead')).toContainText('Record ID');
    await expect(page.getByRole('radio', { name: 'Deals won' })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByLabel('Won date', { exact: true })).toHaveValue('3');
    await page.screenshot({ path: join(SHOTS, 'import-columns.png'), fullPage: true });

    // 2. Check it: the report before anything is written.
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByTestId('tile-new')).toContainText('12');
    await expect(page.getByTestId('tile-skipped')).toContainText('18');
    await expect(page.getByTestId('tile-unmapped')).toContainText('1');
    await expect(page.getByTestId('totals').locator('tr[data-currency="BRL"]')).toContainText('R$69,250.50');
    await expect(page.getByTestId('owners').locator('tr[data-owner="Ana Souza"]')).toContainText('suggested: same name');
    expect(await octoberPoints(app)).toMatchObject({ 'Bruno Lima': 0 });

    // 3. The status filter: counting "Contract Sent" as won adds its two deals; back to Skip.
    const contractSent = page.getByLabel('Import as: Contract Sent');
    await contractSent.selectOption('won');
    await expect(page.getByTestId('tile-new')).toContainText('14');
    await contractSent.selectOption('skip');
    await expect(page.getByTestId('tile-new')).toContainText('12');
    await expect(page.getByRole('button', { name: 'Import 12 events' })).toBeEnabled();
    await page.screenshot({ path: join(SHOTS, 'import-review.png'), fullPage: true });

    // 4. Import.
    await page.getByRole('button', { name: 'Import 12 events' }).click();
    await expect(page.getByTestId('import-done')).toContainText('12 events were added');
    await expect(page.getByTestId('batches').locator('li').first()).toContainText('Imported');
    await page.screenshot({ path: join(SHOTS, 'import-done.png'), fullPage: true });
    expect(await octoberPoints(app)).toMatchObject({ 'Bruno Lima': 410, 'Ana Souza': 224, 'Hiro Tanaka': 198 });

    // The deal without an owner waits in Activity for a rep.
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByTestId('unmapped-banner')).toContainText('1 event waits for a rep');

    // 5. Undo: the leaderboard is back to zero.
    await page.getByRole('link', { name: 'Import CSV' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('batches').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('batches').locator('li').first()).toContainText('Undone');
    expect(Object.values(await octoberPoints(app)).every((points) => points === 0)).toBe(true);
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('a dropped messy sheet lists each bad row with what is wrong', async ({ page }) => {
  const app = await launchApp();
  try {
    await prepare(page, app);
    const bytes = [...readFileSync(join(FIXTURES, 'messy_payments.csv'))];
    // Drop it on the drop zone as a file dragged from the desktop.
    const transfer = await page.evaluateHandle((content) => {
      // Runs in the page (the DOM's DataTransfer, not a Node type).
      const data = new (globalThis as any).DataTransfer();
      data.items.add(new File([new Uint8Array(content)], 'messy_payments.csv', { type: 'text/csv' }));
      return data;
    }, bytes);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByTestId('file-summary')).toContainText('Not a known export');
    await expect(page.getByRole('radio', { name: 'Payments' })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('button', { name: 'Check the file' }).click();

    await expect(page.getByTestId('tile-errors')).toContainText('5');
    const problems = page.getByTestId('problems');
    await expect(problems.locator('tr[data-row="5"]')).toContainText('empty: a value is needed here');
    await expect(problems.locator('tr[data-row="7"]')).toContainText('TBD');
    await expect(problems.locator('tr[data-row="10"]')).toContainText('no such day: that month has 28 days');
    await expect(problems.locator('tr[data-row="12"]')).toContainText('not an ISO currency code');
    await expect(problems.locator('tr[data-row="13"]')).toContainText('the same ID as row 8');
    await expect(problems.locator('tr[data-row="13"]')).toContainText('line 15');
    await expect(page.getByTestId('tile-new')).toContainText('13');
    await page.screenshot({ path: join(SHOTS, 'import-errors.png'), fullPage: true });

    await page.getByRole('button', { name: 'Import 13 events' }).click();
    await expect(page.getByTestId('import-done')).toBeVisible();

    // The same file again: everything is already there.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'messy_payments.csv'));
    await expect(page.getByTestId('file-summary')).toContainText('Using the mapping you saved');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByTestId('tile-duplicates')).toContainText('13');
    await expect(page.getByTestId('tile-new')).toContainText('0');
    await expect(page.getByRole('button', { name: 'Import 0 events' })).toBeDisabled();
  } finally {
    await app.stop();
    app.cleanup();
  }
});
