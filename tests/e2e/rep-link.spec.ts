import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { launchApp, ROOT } from './support/app-process';

test("a rep's private link opens their own performance page, live, with their row highlighted", async ({ page }) => {
  const app = await launchApp();
  try {
    await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    const team = await app.api('teams.create', { name: 'Inside sales' });
    await app.api('reps.update', { id: 1, teamId: team.id });

    // The manager creates the link on the Reps screen.
    await page.goto(app.loginUrl);
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByTestId('rep-1').getByRole('button', { name: 'Create private link' }).click();
    const url = (await page.getByTestId('rep-1').getByTestId('rep-link').textContent()) ?? '';
    expect(url).toContain('/me/');

    const me = await page.context().newPage();
    await me.setViewportSize({ width: 1920, height: 1080 });
    await me.goto(url);
    await expect(me.getByRole('heading', { name: 'Hi, Ana' })).toBeVisible();
    await expect(me.getByText('Inside sales')).toBeVisible();
    const mine = me.locator('.rep-board li[aria-current="true"]');
    await expect(mine).toContainText('Ana Souza');
    await expect(me.locator('.rep-board li.is-me')).toHaveCount(1);

    await app.postGeneric(source.id, source.secret, { id: 'q1', type: 'quote.sent', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' }, customer: { name: 'Acme' } });
    await expect(mine).toContainText('10');
    await expect(me.getByTestId('my-rank')).toContainText('You are #1 of 2');
    await me.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'rep-performance.png') });
    await me.getByRole('tab', { name: 'History' }).click();
    await expect(me.getByTestId('rep-history')).toContainText('Quote sent · Acme');

    // Revoking the link closes the page for good.
    await page.getByTestId('rep-1').getByRole('button', { name: 'Revoke link' }).click();
    await me.reload();
    await expect(me.getByRole('heading', { name: 'This link was revoked' })).toBeVisible();
  } finally {
    await app.stop();
    app.cleanup();
  }
});
