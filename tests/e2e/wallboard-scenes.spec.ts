import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, ROOT, type AppProcess } from './support/app-process';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

async function show(app: AppProcess, displayId: number, scene: object) {
  await app.api('wallboard.savePlaylist', { displayId, scenes: [{ durationSeconds: 60, ...scene }] });
}

/** Lets counts, bars and the scene transition settle before the picture. */
async function settle(tv: Page) {
  await tv.waitForTimeout(1500);
}

test('every scene on the demo team, screenshotted at 1080p, plus the light look and 720p / 4K', async ({ browser }) => {
  test.setTimeout(180_000);
  const app = await launchApp({ demo: true });
  try {
    const display = await app.api('displays.create', { name: 'Office TV' });
    // Demo events arrive every few seconds: keep celebrations out of these pictures.
    await app.api('wallboard.updateDisplay', { displayId: display.id, settings: { celebrations: false } });
    const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await tv.goto(display.url);
    await expect(tv.getByTestId('wall-status')).toHaveText('Live');

    await show(app, display.id, { kind: 'leaderboard', settings: { period: 'week', metric: 'points', limit: 10 } });
    await expect(tv.locator('.wb-row')).toHaveCount(10);
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-leaderboard.png') });

    await show(app, display.id, { kind: 'leaderboard', settings: { period: 'month', metric: 'revenue', limit: 8, title: 'Revenue this month' } });
    await expect(tv.locator('.wb-title')).toHaveText('Revenue this month');
    await expect(tv.locator('.wb-row').first()).toContainText('$');
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-revenue.png') });

    const north = await app.api('teams.create', { name: 'North' });
    const south = await app.api('teams.create', { name: 'South' });
    const reps = await app.api('reps.list');
    for (const [i, rep] of reps.entries()) await app.api('reps.update', { id: rep.id, teamId: i % 2 ? north.id : south.id });
    await show(app, display.id, { kind: 'teams', settings: { period: 'week', metric: 'points' } });
    await expect(tv.locator('.wb-team')).toHaveCount(2);
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-teams.png') });

    await show(app, display.id, { kind: 'wins', settings: { limit: 6, showCustomer: true } });
    await expect(tv.locator('.wb-win')).toHaveCount(6);
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-wins.png') });

    const now = Date.now();
    await show(app, display.id, {
      kind: 'contest',
      settings: { title: 'November sprint', prize: 'Dinner for two', metric: 'deals_won', startsAt: new Date(now - 6 * 86_400_000).toISOString(), endsAt: new Date(now + 2 * 86_400_000 + 5 * 3_600_000).toISOString(), limit: 5 },
    });
    await expect(tv.getByTestId('wall-contest')).toHaveAttribute('data-phase', 'running');
    await expect(tv.locator('.wb-countdown-unit')).toHaveCount(4);
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-contest.png') });

    await show(app, display.id, { kind: 'announcement', settings: { title: 'Team lunch Friday at noon', message: 'Best month of the year: bring your appetite!', tone: 'celebrate' } });
    await expect(tv.getByTestId('wall-announcement')).toContainText('Team lunch Friday at noon');
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-announcement.png') });

    // The look: light theme, other colours and font, names as first name + initial.
    await app.api('wallboard.updateLook', { theme: 'light', primaryColor: '#0f766e', accentColor: '#e11d48', font: 'nunito' });
    await app.api('wallboard.updateDisplay', { displayId: display.id, settings: { privacy: 'first_initial' } });
    await show(app, display.id, { kind: 'leaderboard', settings: { period: 'week', metric: 'points', limit: 10 } });
    await expect(tv.locator('.wb-stage')).toHaveClass(/theme-light/);
    await expect(tv.locator('.wb-name').first()).toHaveText(/^\S+ \S\.$/);
    await settle(tv);
    await tv.screenshot({ path: join(SHOTS, 'wallboard-light.png') });

    await app.api('wallboard.updateLook', { theme: 'dark', primaryColor: '#6f6bff', accentColor: '#f5b400', font: 'inter' });
    for (const [width, height] of [
      [1280, 720],
      [3840, 2160],
    ] as const) {
      await tv.setViewportSize({ width, height });
      await settle(tv);
      // Everything scales with the screen: the board fills it, nothing spills over.
      const box = await tv.locator('.wb-frame').boundingBox();
      expect(box?.width).toBeCloseTo(width, -1);
      const last = await tv.locator('.wb-row').last().boundingBox();
      expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThan(height);
      await tv.screenshot({ path: join(SHOTS, `wallboard-${width}x${height}.png`) });
    }
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('the display editor previews the draft playlist live before it is saved', async ({ page }) => {
  const app = await launchApp({ demo: true });
  try {
    const display = await app.api('displays.create', { name: 'Lobby' });
    await page.goto(app.loginUrl);
    await page.goto(`${app.url}/#/displays/${display.id}`);
    await expect(page.getByTestId('playlist-item')).toHaveCount(3);
    await expect(page.getByTestId('display-viewers')).toHaveText('No TV is showing it now');
    const preview = page.frameLocator('[data-testid="wall-preview"]');
    await expect(preview.locator('.wb-row').first()).toBeVisible();

    await page.getByRole('button', { name: '+ Announcement' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Welcome, visitors!');
    await expect(preview.getByTestId('wall-announcement')).toContainText('Welcome, visitors!');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'manager-display-editor.png') });

    await page.getByRole('button', { name: 'Save playlist' }).click();
    await expect(page.getByText('Playlist saved')).toBeVisible();
    const saved = await app.api('wallboard.getDisplay', { displayId: display.id });
    expect(saved.scenes.map((s: { kind: string }) => s.kind)).toEqual(['leaderboard', 'wins', 'leaderboard', 'announcement']);

    await page.getByRole('link', { name: 'All displays' }).click();
    await page.getByRole('link', { name: 'Celebrations' }).click();
    await expect(page.getByTestId('celebration-rule')).toHaveCount(1);
    await page.screenshot({ path: join(SHOTS, 'manager-celebrations.png') });
    await page.getByRole('link', { name: 'Look' }).click();
    await page.getByRole('button', { name: 'Light' }).click();
    await expect(page.frameLocator('[data-testid="wall-preview"]').locator('.wb-stage')).toHaveClass(/theme-light/);
    await page.screenshot({ path: join(SHOTS, 'manager-look.png') });
  } finally {
    await app.stop();
    app.cleanup();
  }
});
