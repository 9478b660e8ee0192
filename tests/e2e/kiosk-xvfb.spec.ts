import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, ROOT } from './support/app-process';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const hasXvfb = ['/usr/bin/Xvfb', '/usr/bin/import'].every((p) => existsSync(p));

function waitExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** Mean brightness (0..1) of a region of the X root window, read as raw RGB. */
function brightness(display: string, region: string): number {
  const raw = execFileSync('/usr/bin/import', ['-display', display, '-window', 'root', '-crop', region, '-depth', '8', 'rgb:-'], { maxBuffer: 64 * 1024 * 1024 });
  let sum = 0;
  for (const byte of raw) sum += byte;
  return sum / raw.length / 255;
}

test('`npm start -- --kiosk --connect <link>` shows the board full screen in the system Chromium under X', async () => {
  test.skip(!hasXvfb, 'needs Xvfb and ImageMagick (installed by .ci/run)');
  test.setTimeout(120_000);
  const app = await launchApp();
  const tvData = mkdtempSync(join(tmpdir(), 'fanfare-tv-'));
  const display = `:${90 + (process.pid % 9)}`;
  const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  let kiosk: ChildProcess | null = null;
  try {
    await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    await app.postGeneric(source.id, source.secret, { id: 'q1', type: 'quote.sent', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' } });
    const link = await app.api('displays.create', { name: 'Xvfb TV' });

    // The TV machine: the headless CLI, as `npm start -- --kiosk --connect` runs it there.
    let output = '';
    kiosk = spawn(process.execPath, [join(ROOT, 'dist/main/cli.js'), '--kiosk', '--connect', link.url, '--data-dir', tvData], {
      env: { ...process.env, DISPLAY: display, FANFARE_BROWSER: '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    kiosk.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    kiosk.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    // Connected when the app counts a TV on this display.
    await expect.poll(async () => (await app.api('wallboard.getDisplay', { displayId: link.id })).viewers, { timeout: 60_000, intervals: [1000] }).toBe(1);
    expect(output).toContain('full screen in /usr/bin/chromium');
    // The page has painted its board (the dark background reaches the top-left corner).
    await expect.poll(() => brightness(display, '40x40+0+0'), { timeout: 30_000, intervals: [1000] }).toBeGreaterThan(0.02);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    execFileSync('/usr/bin/import', ['-display', display, '-window', 'root', join(SHOTS, 'kiosk-xvfb-root.png')]);

    // Full screen, no browser chrome: the board's dark blue background covers every corner of
    // the 1920x1080 screen (an uncovered X root is pure black, an error page white), and the
    // light text of the board (title, names) is there.
    for (const corner of ['8x8+0+0', '8x8+1912+0', '8x8+0+1072', '8x8+1912+1072']) {
      const value = brightness(display, corner);
      expect(value, corner).toBeGreaterThan(0.01);
      expect(value, corner).toBeLessThan(0.2);
    }
    expect(brightness(display, '700x120+60+60')).toBeGreaterThan(0.06);
  } finally {
    if (kiosk && kiosk.exitCode === null) {
      kiosk.kill('SIGTERM');
      await waitExit(kiosk);
    }
    xvfb.kill('SIGTERM');
    await waitExit(xvfb);
    await app.stop();
    app.cleanup();
    rmSync(tvData, { recursive: true, force: true });
  }
});
