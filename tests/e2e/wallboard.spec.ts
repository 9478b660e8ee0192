import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, ROOT, type AppProcess } from './support/app-process';

// Functions passed to page.evaluate run in the browser; the Node-side typecheck has no DOM.
declare const window: any;
declare const document: any;
declare const MutationObserver: any;

const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const won = (id: string, email: string, value: string) => ({
  id,
  type: 'deal.won',
  occurredAt: new Date().toISOString(),
  rep: { email },
  amount: { value, currency: 'USD' },
  customer: { id: `c-${id}`, name: `Customer ${id}` },
});

async function setup(app: AppProcess) {
  await app.api('workspace.update', { baseCurrency: 'USD' });
  await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
  const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
  const display = await app.api('displays.create', { name: 'Office TV' });
  return { source, display };
}

/** Records, in the page, every celebration id in the order it first appears on screen. */
async function recordCelebrations(tv: Page): Promise<void> {
  await tv.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-celebration]')) {
        const id = el.getAttribute('data-celebration') ?? '';
        if (!seen.includes(id)) seen.push(id);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

test('the playlist rotates in its order, each scene for its own time', async ({ page }) => {
  const app = await launchApp();
  try {
    const { display } = await setup(app);
    const scenes = await app.api('wallboard.savePlaylist', {
      displayId: display.id,
      scenes: [
        { kind: 'announcement', durationSeconds: 5, settings: { title: 'First', message: '', tone: 'info' } },
        { kind: 'leaderboard', durationSeconds: 5, settings: { period: 'week', metric: 'points', limit: 5 } },
        { kind: 'wins', durationSeconds: 5, settings: { limit: 4, showCustomer: true } },
      ],
    });
    const ids = scenes.map((s: { id: number }) => String(s.id));
    await page.goto(display.url);
    await page.evaluate(() => {
      const order: string[] = [];
      (window as unknown as { order: string[] }).order = order;
      const stage = () => document.querySelector('.wb-stage');
      const note = () => {
        const id = stage()?.getAttribute('data-scene-id') ?? '';
        if (id && order.at(-1) !== id) order.push(id);
      };
      note();
      new MutationObserver(note).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-scene-id'], childList: true });
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { order: string[] }).order.length), { timeout: 40_000 }).toBeGreaterThanOrEqual(4);
    const order = await page.evaluate(() => (window as unknown as { order: string[] }).order);
    expect(order.slice(0, 4)).toEqual([ids[0], ids[1], ids[2], ids[0]]);
    await expect(page.getByTestId('wall-status')).toHaveText('Live');
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('a won deal interrupts the board with a celebration, and five at once all play in order', async ({ browser }) => {
  const app = await launchApp();
  try {
    const { source, display } = await setup(app);
    const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await tv.goto(display.url);
    await expect(tv.getByTestId('wall-status')).toHaveText('Live');
    await recordCelebrations(tv);

    expect((await app.postGeneric(source.id, source.secret, won('one', 'ana@example.com', '12500.00'))).status).toBe(200);
    const overlay = tv.getByTestId('wall-celebration');
    await expect(overlay).toContainText('Ana Souza');
    await expect(overlay).toContainText('$12,500');
    await expect(overlay).toContainText('+175 pts');
    await expect(overlay).toHaveAttribute('data-sound', 'fanfare');
    await expect(tv.locator('canvas.wb-confetti')).toHaveCount(1);
    await tv.waitForTimeout(1200); // the card has sprung in: the picture shows it whole
    await tv.screenshot({ path: join(SHOTS, 'wallboard-celebration.png') });
    await expect(overlay).toHaveCount(0, { timeout: 15_000 });

    // Five wins in one delivery: queued, each shown in turn, none lost.
    const five = ['q1', 'q2', 'q3', 'q4', 'q5'].map((id, i) => won(id, i % 2 ? 'bruno@example.com' : 'ana@example.com', `${1000 * (i + 1)}.00`));
    expect((await app.postGeneric(source.id, source.secret, five)).status).toBe(200);
    await expect(tv.getByTestId('wall-celebration-waiting')).toHaveText('+4 more');
    await expect.poll(() => tv.evaluate(() => (window as unknown as { seen: string[] }).seen.length), { timeout: 60_000 }).toBe(6);
    const seen = await tv.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const numbers = seen.map((id) => Number(id.replace('event:', '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await expect(overlay).toHaveCount(0, { timeout: 15_000 });
    // The wins feed lists them all.
    await app.api('wallboard.savePlaylist', { displayId: display.id, scenes: [{ kind: 'wins', durationSeconds: 30, settings: { limit: 8, showCustomer: true } }] });
    await expect(tv.locator('.wb-win')).toHaveCount(6);
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('with reduced motion the celebration shows without confetti', async ({ browser }) => {
  const app = await launchApp();
  try {
    const { source, display } = await setup(app);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const tv = await context.newPage();
    await tv.goto(display.url);
    await expect(tv.getByTestId('wall-status')).toHaveText('Live');
    await app.postGeneric(source.id, source.secret, won('calm', 'ana@example.com', '900.00'));
    await expect(tv.getByTestId('wall-celebration')).toContainText('Ana Souza');
    await expect(tv.locator('canvas.wb-confetti')).toHaveCount(0);
    await context.close();
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('a display token reaches only its board: not the admin API, not a rep link', async ({ page }) => {
  const app = await launchApp();
  try {
    const { display } = await setup(app);
    await page.goto(display.url);
    await expect(page.getByTestId('wall-status')).toHaveText('Live');
    const answers = await page.evaluate(async (token) => {
      const post = (name: string, headers: Record<string, string> = {}) =>
        fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' }).then((r) => r.status);
      return { plain: await post('reps.list'), bearer: await post('reps.list', { authorization: `Bearer ${token}` }), events: await fetch('/api/events').then((r) => r.status) };
    }, display.token);
    expect(answers).toEqual({ plain: 401, bearer: 401, events: 401 });
    const rep = await page.goto(`${app.url}/me/${display.token}`);
    expect(rep?.status()).toBe(404);
    await expect(page.locator('body')).not.toContainText('Ana Souza');
  } finally {
    await app.stop();
    app.cleanup();
  }
});
