import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signHubSpotV3 } from '../../main/ingest/hubspot/signature';
import { basicAuthorization } from '../../main/ingest/pipedrive/adapter';
import { FIXTURES, startHubSpotStandIn } from '../support/vendors';
import { launchApp, ROOT, type AppProcess } from './support/app-process';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const fixture = (path: string) => readFileSync(join(FIXTURES, path));

async function signIn(page: Page, app: AppProcess): Promise<void> {
  await page.goto(app.loginUrl);
  await expect(page.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
}

async function post(app: AppProcess, path: string, body: Buffer | string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await response.arrayBuffer();
  return response.status;
}

test('a Pipedrive source set up in the UI: a won deal waits in Unmapped until its owner is mapped in one click', async ({ page }) => {
  const app = await launchApp();
  try {
    await app.api('workspace.update', { baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo' });
    await app.api('reps.create', { name: 'Rafael Costa' });
    await signIn(page, app);

    await page.getByRole('link', { name: 'Sources' }).click();
    // The leaderboard's board settings have a field labelled with "Name" too: fill the form only once Sources is up.
    await expect(page.getByRole('button', { name: 'New source' })).toBeVisible();
    await page.getByLabel('Name').first().fill('Pipedrive');
    await page.getByLabel('Kind').selectOption({ label: 'Pipedrive' });
    await expect(page.getByText('Deals marked won or reopened.')).toBeVisible();
    await page.getByLabel('Username').fill('fanfare-pipedrive');
    await page.getByLabel('Password').fill('pd-7Jq2xR9vLw4mTz8N');
    await page.getByRole('button', { name: 'New source' }).click();
    const card = page.locator('.source-card').first();
    const url = (await card.getByTestId('webhook-url').textContent()) ?? '';
    expect(url).toMatch(/\/hooks\/pipedrive\/pipedrive-/);

    // Pipedrive delivers the won deal (and a forged copy, refused).
    const path = new URL(url).pathname;
    expect(await post(app, path, fixture('pipedrive/deal.change.won.json'), { authorization: basicAuthorization('fanfare-pipedrive', 'pd-7Jq2xR9vLw4mTz8N') })).toBe(200);
    expect(await post(app, path, fixture('pipedrive/deal.change.won.json'), { authorization: basicAuthorization('fanfare-pipedrive', 'guess') })).toBe(401);
    await expect(card.getByText('1 event waits for a rep')).toBeVisible();
    await expect(card.getByTestId('last-error')).toContainText('HTTP 401: the HTTP Basic credentials do not match');
    await expect(card.getByTestId('deliveries').locator('tr[data-outcome="held"]')).toContainText('1 waiting for a rep');
    await page.screenshot({ path: join(SHOTS, 'sources-pipedrive.png'), fullPage: true });

    await expect(page.getByTestId('nav-badge-unmapped')).toHaveText('1');
    await page.getByRole('link', { name: 'Unmapped 1' }).click();
    const row = page.getByTestId('unmapped-21954378');
    await expect(row).toContainText('Pipedrive user');
    await expect(row).toContainText('R$12,500.00');
    await row.getByRole('combobox').selectOption({ label: 'Rafael Costa' });
    await page.screenshot({ path: join(SHOTS, 'unmapped.png') });
    await row.getByRole('button', { name: 'Map' }).click();
    await expect(page.getByTestId('mapped-notice')).toHaveText('1 event scored for Rafael Costa');
    await expect(page.getByText('Nothing waits: every event has its rep.')).toBeVisible();
    await expect(page.getByTestId('nav-badge-unmapped')).toHaveCount(0);

    await page.getByRole('link', { name: 'Activity' }).click();
    const won = page.getByTestId('activity').locator('tr', { hasText: 'Deal won' });
    await expect(won).toContainText('Rafael Costa');
    await expect(won).toContainText('+175');
    await expect(won).toContainText('+50 for the event · +125 for the amount (1 per R$100.00)');

    // The mapping is listed on the source, where the manager can change or remove it.
    await page.getByRole('link', { name: 'Sources' }).click();
    await card.getByText('Identities').click();
    await expect(card.locator('.source-identities')).toContainText('21954378');
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('a HubSpot won deal is held while HubSpot cannot be reached, and scores when the manager replays it', async ({ page }) => {
  const token = 'pat-na1-e2e-token';
  const hubspot = await startHubSpotStandIn(token);
  const app = await launchApp();
  try {
    await app.api('workspace.update', { baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo' });
    await app.api('reps.create', { name: 'Carla Mendes', email: 'carla.mendes@example.com' });
    const source = await app.api('sources.create', { kind: 'hubspot', name: 'HubSpot', settings: { secret: 'e2e-client-secret', accessToken: token, apiBaseUrl: hubspot.url } });
    hubspot.setFailing(true);
    const [won] = JSON.parse(fixture('hubspot/webhook.deal-won-and-created.json').toString('utf8'));
    const body = JSON.stringify([{ ...won, occurredAt: Date.now() - 2000 }]);
    const timestamp = String(Date.now());
    expect(
      await post(app, `/hooks/hubspot/${source.id}`, body, { 'x-hubspot-signature-v3': signHubSpotV3('e2e-client-secret', 'POST', source.webhookUrl, body, timestamp), 'x-hubspot-request-timestamp': timestamp }),
    ).toBe(200);

    await signIn(page, app);
    await page.getByRole('link', { name: 'Sources' }).click();
    const held = page.getByTestId('deliveries').locator('tr[data-outcome="held"]');
    await expect(held).toContainText('HubSpot answered 503 reading deal 38611952014');
    await expect(page.getByText('1 held for replay')).toBeVisible();
    hubspot.setFailing(false);
    await held.getByRole('button', { name: 'Replay' }).click();
    await expect(page.getByText('Replayed: 1 element scored')).toBeVisible();
    await expect(held).toContainText('replayed ✓');
    await expect(held.getByRole('button', { name: 'Replay' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page.locator('tr[data-rep="Carla Mendes"] [data-testid="points"]')).toHaveText('235');
  } finally {
    await app.stop();
    app.cleanup();
    await hubspot.close();
  }
});

test('rules: an exchange rate, then a recompute previewed per rep and confirmed; a manual award with its reason', async ({ page }) => {
  const app = await launchApp();
  try {
    await app.api('workspace.update', { baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo' });
    await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'Shop' });
    await app.postGeneric(source.id, source.secret, { id: 'usd-1', type: 'payment.confirmed', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' }, amount: { value: '250.00', currency: 'USD' } });
    await signIn(page, app);
    await expect(page.locator('tr[data-rep="Ana Souza"] [data-testid="points"]')).toHaveText('20');

    await page.getByRole('link', { name: 'Scoring rules' }).click();
    await page.getByRole('tab', { name: 'Exchange rates' }).click();
    await page.getByLabel('Currency').fill('USD');
    await page.getByLabel('BRL per unit').fill('5');
    await page.getByRole('button', { name: 'Set rate' }).click();
    await expect(page.getByTestId('rates')).toContainText('1 USD = 5 BRL');

    await page.getByRole('tab', { name: 'Recompute' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    const plan = page.getByTestId('recompute-plan');
    await expect(plan).toContainText('Events checked: 1 · points that would change: 1');
    await expect(plan.locator('tr[data-rep="Ana Souza"]')).toContainText('20');
    await expect(plan.locator('tr[data-rep="Ana Souza"]')).toContainText('32');
    await expect(plan.locator('tr[data-rep="Ana Souza"]')).toContainText('+12');
    await page.screenshot({ path: join(SHOTS, 'recompute.png') });
    await page.getByRole('button', { name: 'Apply changes' }).click();
    await expect(page.getByText('Done. Adjustment rows written: 1.')).toBeVisible();

    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByTestId('rule-history')).toContainText('Exchange rate added: 1 USD = 5 BRL from any day');

    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByTestId('activity')).toContainText('Recomputed under Rules version 1: 20 → 32');
    await page.locator('.award-card summary').click();
    const award = page.getByRole('form', { name: 'Give points' });
    await award.getByLabel('Rep').selectOption({ label: 'Ana Souza' });
    await award.getByLabel('Points').fill('30');
    await award.getByLabel('Reason').fill('Great demo for Padaria Estrela');
    await award.getByRole('button', { name: 'Give points' }).click();
    await expect(page.getByText('30 points for Ana Souza')).toBeVisible();
    await expect(page.getByTestId('activity')).toContainText('Manual award: Great demo for Padaria Estrela');
    await page.screenshot({ path: join(SHOTS, 'activity.png') });
    // The rep's history, from the Reps screen.
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByTestId('rep-1').getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('combobox', { name: 'Rep' })).toHaveValue('1');
    await expect(page.getByTestId('activity').locator('tbody tr')).toHaveCount(2);
    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page.locator('tr[data-rep="Ana Souza"] [data-testid="points"]')).toHaveText('62');
  } finally {
    await app.stop();
    app.cleanup();
  }
});
