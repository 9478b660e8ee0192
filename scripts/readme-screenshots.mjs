// Refreshes the README pictures (docs/*.png): the built app in --demo mode, photographed at
// 1920x1080 in Debian's Chromium. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'fanfare-shots-'));
const app = spawn(process.execPath, [join(root, 'dist/main/cli.js'), '--headless', '--port', '0', '--data-dir', dataDir, '--demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
const output = await new Promise((resolve) => {
  let text = '';
  app.stdout.on('data', (chunk) => {
    text += chunk;
    if (/login\?code=\S+/.test(text)) resolve(text);
  });
});
const base = /running at (http:\/\/\S+?)\/ /.exec(output)[1];
const login = /(http:\/\/\S+\/login\?code=\S+)/.exec(output)[1];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(login);
  await page.waitForSelector('[data-testid="leaderboard"]');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(root, 'docs/manager-leaderboard.png') });
  const display = await page.evaluate(async () => (await (await fetch('/api/displays.create', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Office TV"}' })).json()).value);
  const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await tv.goto(display.url);
  await tv.waitForSelector('.wb-row');
  await tv.waitForTimeout(1500);
  await tv.screenshot({ path: join(root, 'docs/wallboard.png') });
  console.log(`screenshots of ${base} saved in docs/`);
} finally {
  await browser.close();
  app.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
