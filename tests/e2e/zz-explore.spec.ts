import { test } from '@playwright/test';
import { launchApp } from './support/app-process';

test('explore', async ({ page }) => {
  test.setTimeout(180_000);
  const app = await launchApp({ demo: true });
  try {
    await app.api('workspace.update', { locale: 'pt-BR', timeZone: 'America/Sao_Paulo', baseCurrency: 'BRL' });
    const reps = await app.api('reps.list');
    const south = await app.api('groupings.create', { kind: 'territory', name: 'Sul', regions: ['RS', 'SC', 'PR'] });
    await app.api('reps.bulkUpdate', { repIds: reps.slice(0, 5).map((r: any) => r.id), addGroupingIds: [south.id] });
    const source = await app.api('sources.create', { kind: 'generic', name: 'Site' });
    await app.postGeneric(source.id, source.secret, Array.from({ length: 5 }, (_, i) => ({ id: `l${i}`, type: 'appointment.booked', occurredAt: new Date().toISOString(), customer: { id: `L${i}`, name: `Lead ${i}`, region: 'RS' } })));
    const all = await app.api('portfolio.customers', { owner: { kind: 'rep', repId: reps[0].id } });
    await app.api('portfolio.transfer', { customerIds: [all.customers[0].id], toRepId: reps[1].id, effective: { kind: 'day', day: '2026-12-01' }, reason: 'Férias' });
    await page.goto(app.loginUrl);
    await page.goto(`${app.url}/#/portfolio?rep=${reps[0].id}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/pt-portfolio.png` });
    await page.getByRole('button', { name: /Distribuir 5 sem dono/ }).click();
    await page.getByRole('button', { name: 'Prévia' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/pt-distribute.png` });
    const link = await app.api('repLinks.create', { repId: reps[0].id });
    await page.goto(link.url);
    await page.waitForTimeout(1500);
    await page.getByTestId('rep-portfolio').scrollIntoViewIfNeeded();
    await page.getByTestId('rep-portfolio').locator('.rep-customer').first().click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/pt-rep.png` });
  } finally {
    await app.stop();
    app.cleanup();
  }
});
