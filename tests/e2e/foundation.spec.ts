import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, launchApp, ROOT, type AppProcess } from './support/app-process';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

async function signIn(page: Page, app: AppProcess): Promise<void> {
  await page.goto(app.loginUrl);
  await expect(page.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
}

test('a signed webhook event reaches the manager leaderboard and the TV wallboard live', async ({ page, browser }) => {
  const app = await launchApp();
  try {
    await signIn(page, app);

    // Workspace: São Paulo time, reais.
    await page.getByRole('link', { name: 'Workspace' }).click();
    await page.getByLabel('Time zone').fill('America/Sao_Paulo');
    await page.getByLabel('Base currency').fill('BRL');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: /Saved/ })).toBeVisible();

    // A rep, created in the UI.
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByLabel('Name').fill('Ana Souza');
    await page.getByLabel('E-mail').fill('ana@example.com');
    await page.getByRole('button', { name: 'Add rep' }).click();
    await expect(page.locator('.rep-list')).toContainText('ana@example.com');

    // A generic source: its URL and secret as the manager would copy them.
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.getByLabel('Name').fill('Our CRM');
    await page.getByRole('button', { name: 'New source' }).click();
    const card = page.locator('.source-card').first();
    const webhookUrl = (await card.getByTestId('webhook-url').textContent()) ?? '';
    await card.getByRole('button', { name: 'Show' }).click();
    const secret = (await card.getByTestId('secret').textContent()) ?? '';
    expect(webhookUrl).toMatch(/\/hooks\/generic\/generic-/);
    expect(secret).toMatch(/^fsk_/);

    // A display link, opened on the "TV".
    await page.getByRole('link', { name: 'Displays' }).click();
    await page.getByLabel('Name').fill('Office TV');
    await page.getByRole('button', { name: 'New display link' }).click();
    const displayUrl = (await page.getByTestId('display-url').first().textContent()) ?? '';
    const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await tv.goto(displayUrl);
    await expect(tv.getByTestId('wall-status')).toHaveText('Live');
    await expect(tv.locator('.wb-row[data-rep="Ana Souza"]')).toContainText('0');

    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page.locator('tr[data-rep="Ana Souza"]')).toBeVisible();

    // The CRM delivers a signed deal.won of R$ 1,250.00: 50 + 12 points.
    const sourceId = webhookUrl.split('/').pop() ?? '';
    const sentAt = Date.now();
    const answer = await app.postGeneric(sourceId, secret, {
      id: 'crm-123-won',
      type: 'deal.won',
      occurredAt: new Date().toISOString(),
      rep: { email: 'ana@example.com' },
      amount: { value: '1250.00', currency: 'BRL' },
      customer: { id: 'c-9', name: 'Acme' },
    });
    expect(answer).toEqual({ status: 200, json: { ok: true, id: 'crm-123-won', status: 'accepted', duplicate: false } });

    await expect(page.locator('tr[data-rep="Ana Souza"] [data-testid="points"]')).toHaveText('62');
    await expect(tv.locator('.wb-row[data-rep="Ana Souza"] [data-testid="wall-points"]')).toHaveText('62');
    console.log(`webhook sent -> manager and wallboard both show the points: ${Date.now() - sentAt} ms (incl. Playwright polling)`);

    await page.screenshot({ path: join(SHOTS, 'manager-leaderboard.png') });
    await tv.waitForTimeout(1200); // let the count-up and flash settle for the picture
    await tv.screenshot({ path: join(SHOTS, 'wallboard.png') });

    // The delivery is in the source's log.
    await page.getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByTestId('deliveries').first()).toContainText('Accepted');

    // The "why" of the points is on the Activity screen.
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByTestId('activity')).toContainText('+50 for the event · +12 for the amount (1 per R$100.00)');
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('the Sources screen sends a real signed test event that scores live', async ({ page }) => {
  const app = await launchApp();
  try {
    await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
    await app.api('sources.create', { kind: 'generic', name: 'Zapier' });
    await signIn(page, app);
    await expect(page.locator('tr[data-rep="Bruno Lima"] [data-testid="points"]')).toHaveText('0');
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect(page.getByText('Delivered: HTTP 200')).toBeVisible();
    await expect(page.getByTestId('deliveries')).toContainText('Accepted');
    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page.locator('tr[data-rep="Bruno Lima"] [data-testid="points"]')).toHaveText('5');
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('the wallboard keeps its board through a server restart and resumes live by itself', async ({ browser }) => {
  const port = await freePort();
  let app = await launchApp({ port });
  const dataDir = app.dataDir;
  try {
    await app.api('reps.create', { name: 'Carla Mendes', email: 'carla@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    const display = await app.api('displays.create', { name: 'TV' });
    const event = (id: string) => ({ id, type: 'quote.sent', occurredAt: new Date().toISOString(), rep: { email: 'carla@example.com' } });
    await app.postGeneric(source.id, source.secret, event('q1'));

    const tv = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await tv.goto(display.url);
    await expect(tv.locator('.wb-row[data-rep="Carla Mendes"] [data-testid="wall-points"]')).toHaveText('10');

    await app.stop();
    await expect(tv.getByTestId('wall-status')).toHaveText('Reconnecting…');
    // No blank screen: the last board stays up while the server is away.
    await expect(tv.locator('.wb-row[data-rep="Carla Mendes"] [data-testid="wall-points"]')).toHaveText('10');

    app = await launchApp({ port, dataDir });
    await expect(tv.getByTestId('wall-status')).toHaveText('Live', { timeout: 30_000 });
    await app.postGeneric(source.id, source.secret, event('q2'));
    await expect(tv.locator('.wb-row[data-rep="Carla Mendes"] [data-testid="wall-points"]')).toHaveText('20');
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('a revoked display link shows a friendly disconnected page', async ({ browser }) => {
  const app = await launchApp();
  try {
    const display = await app.api('displays.create', { name: 'Lobby' });
    const tv = await browser.newPage();
    await tv.goto(display.url);
    await expect(tv.getByTestId('wall-status')).toHaveText('Live');
    await app.api('displays.revoke', { id: display.id });
    await expect(tv.getByRole('heading', { name: 'This display was disconnected' })).toBeVisible();
    const again = await browser.newPage();
    const response = await again.goto(display.url);
    expect(response?.status()).toBe(410);
    await expect(again.getByRole('heading', { name: 'This display was disconnected' })).toBeVisible();
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('the whole UI follows the workspace language: Brazilian Portuguese with reais and São Paulo time', async ({ page, browser }) => {
  const app = await launchApp();
  try {
    await app.api('workspace.update', { locale: 'pt-BR', baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo', name: 'Equipe Norte' });
    await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    await app.postGeneric(source.id, source.secret, { id: 'w1', type: 'deal.won', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' }, amount: { value: '1234.56', currency: 'BRL' } });
    await page.goto(app.loginUrl);
    await expect(page.getByRole('heading', { name: 'Ranking' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Esta semana' })).toBeVisible();
    await page.getByRole('link', { name: 'Atividade' }).click();
    await expect(page.getByTestId('activity')).toContainText('Negócio ganho');
    await expect(page.getByTestId('activity')).toContainText('R$ 1.234,56');
    const display = await app.api('displays.create', { name: 'TV' });
    const tv = await browser.newPage();
    await tv.goto(display.url);
    await expect(tv.getByTestId('wall-status')).toHaveText('Ao vivo');
    await expect(tv.locator('.wb-eyebrow')).toContainText('Esta semana');
  } finally {
    await app.stop();
    app.cleanup();
  }
});
