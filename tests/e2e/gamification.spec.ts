import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { launchApp, ROOT, type AppProcess } from './support/app-process';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

async function signIn(page: Page, app: AppProcess) {
  await page.goto(app.loginUrl);
  await expect(page.getByTestId('connection')).toHaveText('Live');
}

test('a rep link shows only their own goals, badges and notifications, live, with their row highlighted', async ({ page, browser }) => {
  const app = await launchApp();
  try {
    const ana = await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    await app.api('reps.create', { name: 'Bruno Lima', email: 'bruno@example.com' });
    await app.api('reps.create', { name: 'Carla Mendes', email: 'carla@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    await app.api('workspace.update', { locale: 'en', baseCurrency: 'BRL' });
    const send = (events: object[]) => app.postGeneric(source.id, source.secret, events);
    await send([
      { id: 'a1', type: 'deal.won', occurredAt: at(90), rep: { email: 'ana@example.com' }, amount: { value: '4800.00', currency: 'BRL' }, customer: { name: 'Acme' } },
      { id: 'a2', type: 'quote.sent', occurredAt: at(80), rep: { email: 'ana@example.com' }, customer: { name: 'Blue Harbor' } },
      { id: 'a3', type: 'reply.sent', occurredAt: at(70), rep: { email: 'ana@example.com' }, responseSeconds: 240 },
      { id: 'b1', type: 'deal.won', occurredAt: at(60), rep: { email: 'bruno@example.com' }, amount: { value: '9100.00', currency: 'BRL' }, customer: { name: 'Bruno Secret Client' } },
      { id: 'c1', type: 'quote.sent', occurredAt: at(50), rep: { email: 'carla@example.com' } },
    ]);
    const link = await app.api('repLinks.create', { repId: ana.id });

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(link.url);
    await expect(page.getByRole('heading', { name: 'Hi, Ana' })).toBeVisible();
    // Her row, and only hers, is highlighted; Bruno leads.
    await expect(page.locator('.rep-board li[aria-current="true"]')).toContainText('Ana Souza');
    await expect(page.locator('.rep-board li.is-me')).toHaveCount(1);
    await expect(page.getByTestId('widget')).toContainText('First Sale');
    await page.screenshot({ path: join(SHOTS, 'rep-board.png') });

    // Goals: the three defaults appeared on first open; a quote moves the weekly quote goal live.
    await page.getByRole('tab', { name: 'Goals' }).click();
    const goals = page.getByTestId('rep-goals');
    await expect(goals.locator('.goal-card')).toHaveCount(3);
    await expect(goals).toContainText('Quotes sent per week');
    await expect(goals).toContainText('1 of 10');
    await send([{ id: 'a4', type: 'quote.sent', occurredAt: at(5), rep: { email: 'ana@example.com' } }]);
    await expect(goals).toContainText('2 of 10');
    // Pause the active-days goal: it stays, marked paused.
    const activeDays = goals.locator('.goal-card', { hasText: 'Active days per week' });
    await activeDays.getByRole('switch').click();
    await expect(activeDays).toHaveClass(/is-paused/);
    await page.screenshot({ path: join(SHOTS, 'rep-goals.png') });

    // Badges: First Sale and Lightning in colour; 10 Deals locked at 1 of 10.
    await page.getByRole('tab', { name: 'Badges' }).click();
    await expect(page.getByTestId('badge-first_sale')).toHaveClass(/is-earned/);
    await expect(page.getByTestId('badge-deals_10')).toHaveClass(/is-locked/);
    await expect(page.getByTestId('badge-deals_10')).toContainText('1 of 10 deals');
    await page.screenshot({ path: join(SHOTS, 'rep-badges.png') });

    // Her notifications are hers only; nothing of Bruno's private data anywhere.
    await page.getByTestId('rep-bell').click();
    await expect(page.getByTestId('notifications')).toContainText('You earned the First Sale badge');
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByTestId('rep-history')).toContainText('Deal won · Acme');
    await expect(page.locator('body')).not.toContainText('Bruno Secret Client');

    // The manager turns on first-name-and-initial names with a top 2: Ana sees the public board that way.
    await app.api('game.updateSettings', { namePrivacy: 'first_initial', publicTopN: 2 });
    await page.getByRole('tab', { name: 'Leaderboard' }).click();
    await expect(page.locator('.rep-board li').first()).toContainText('Bruno L.');
    await expect(page.locator('.rep-board')).not.toContainText('Carla');
    await expect(page.locator('.rep-board li.is-me')).toContainText('Ana Souza');
    const tv = await browser.newPage();
    const display = await app.api('displays.create', { name: 'TV' });
    await tv.goto(display.url);
    await expect(tv.locator('.wb-row').first()).toContainText('Bruno L.');
    await expect(tv.locator('.wb-row')).toHaveCount(2);
  } finally {
    await app.stop();
    app.cleanup();
  }
});

test('the manager ranks by any metric and team, sets goals, tunes badges and gives kudos that reach the wallboard', async ({ page, browser }) => {
  const app = await launchApp({ demo: true });
  try {
    await app.api('workspace.update', { locale: 'en' });
    const reps: { id: number; name: string }[] = await app.api('reps.list');
    const inside = await app.api('teams.create', { name: 'Inside sales' });
    const field = await app.api('teams.create', { name: 'Field' });
    for (const [i, rep] of reps.entries()) await app.api('reps.update', { id: rep.id, teamId: i % 2 === 0 ? inside.id : field.id });
    await app.api('goals.create', { scope: 'team', teamId: inside.id, measure: 'revenue', period: 'month', target: 25_000_000, tiers: [100, 120, 150] });
    for (const rep of reps.slice(0, 4)) await app.api('goals.create', { scope: 'rep', repId: rep.id, measure: 'deals_won', period: 'week', target: 4, tiers: [100, 150] });

    await page.setViewportSize({ width: 1920, height: 1080 });
    await signIn(page, app);

    // Leaderboard: revenue, sortable, filtered by team, or teams against each other.
    await expect(page.getByTestId('leaderboard').locator('tbody tr')).toHaveCount(reps.length);
    await page.getByTestId('metric').selectOption('revenue');
    await expect(page.getByTestId('leaderboard').locator('thead')).toContainText('Revenue');
    await page.getByTestId('team-filter').selectOption({ label: 'Field' });
    await expect(page.getByTestId('leaderboard').locator('tbody tr')).toHaveCount(reps.filter((_, i) => i % 2 === 1).length);
    await page.getByRole('button', { name: 'Rep', exact: true }).click();
    const names = await page.getByTestId('leaderboard').locator('tbody .rep-name').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.getByTestId('team-filter').selectOption({ label: 'All teams' });
    await page.getByTestId('metric').selectOption('points');
    await page.screenshot({ path: join(SHOTS, 'manager-leaderboard-metrics.png') });
    await page.getByTestId('group-by').selectOption('team');
    await expect(page.getByTestId('leaderboard').locator('tbody tr')).toHaveCount(2);

    // Kudos from the dashboard reaches the office TV's moments.
    const display = await app.api('displays.create', { name: 'TV' });
    const tv = await browser.newPage();
    await tv.goto(display.url);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByTestId('widget')).toBeVisible();
    await page.getByTestId('kudos-rep').selectOption({ label: reps[0]?.name ?? '' });
    await page.getByTestId('kudos-message').fill('Saved the Acme renewal');
    await page.getByRole('button', { name: 'Send kudos' }).click();
    await expect(page.getByTestId('moments')).toContainText('kudos: Saved the Acme renewal');
    await expect(tv.getByTestId('wall-moments')).toContainText('Saved the Acme renewal');
    await expect(page.getByTestId('points-chart')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'manager-dashboard.png') });

    // Goals: the team goal and personal goals with tiers; a new goal from the form.
    await page.getByRole('link', { name: 'Goals' }).click();
    await expect(page.locator('.goal-card')).toHaveCount(5);
    await page.getByTestId('goal-owner').selectOption({ label: reps[5]?.name ?? '' });
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect(page.locator('.goal-card')).toHaveCount(6);
    // A territory goal: the picker lists groups by kind and name, and the card names the group.
    const south = await app.api('groupings.create', { kind: 'territory', name: 'South' });
    for (const rep of reps.slice(0, 3)) await app.api('reps.setGroupings', { id: rep.id, groupingIds: [south.id] });
    await page.getByTestId('goal-scope').selectOption('grouping');
    await page.getByTestId('goal-owner').selectOption({ label: 'Territory: South' });
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect(page.getByTestId('grouping-goals').locator('.goal-card')).toHaveCount(1);
    await expect(page.getByTestId('grouping-goals')).toContainText('Territory: South');
    await page.screenshot({ path: join(SHOTS, 'manager-goals.png'), fullPage: true });

    // Badges: tune 10 Deals down to 2; reps who already have 2 earn it with their next deal.
    await page.getByRole('link', { name: 'Badges' }).click();
    const tenDeals = page.getByTestId('edit-deals_10');
    await tenDeals.getByRole('textbox').fill('2');
    await tenDeals.getByRole('button', { name: 'Save' }).click();
    await expect(tenDeals).toContainText('Win 2 deals');
    await page.screenshot({ path: join(SHOTS, 'manager-badges.png') });
  } finally {
    await app.stop();
    app.cleanup();
  }
});
