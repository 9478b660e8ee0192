// `npm start -- --kiosk --connect <display link>` on a TV machine without the Electron app:
// shows the wallboard full screen in the system's Chromium (or Chrome / Edge / Brave) in
// kiosk mode, waits for Fanfare to answer first, and brings the browser back if it crashes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'brave-browser'];
const FIXED_PATHS: Record<string, string[]> = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** The first Chromium-family browser found: FANFARE_BROWSER, then PATH, then the usual install paths. */
export function findKioskBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, exists: (path: string) => boolean = existsSync): string | null {
  if (env.FANFARE_BROWSER) return exists(env.FANFARE_BROWSER) ? env.FANFARE_BROWSER : null;
  const suffix = platform === 'win32' ? '.exe' : '';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name + suffix);
      if (exists(candidate)) return candidate;
    }
  }
  return (FIXED_PATHS[platform] ?? []).find((p) => exists(p)) ?? null;
}

/**
 * Full screen with no browser UI, sound allowed without a click (an unattended TV), no
 * first-run or "restore pages?" prompts, and its own profile so it never disturbs, or is
 * disturbed by, someone's everyday browser.
 */
export function kioskBrowserArgs(url: string, profileDir: string, runningAsRoot: boolean, screen: { width: number; height: number } | null = null): string[] {
  return [
    '--kiosk',
    // Kiosk mode asks the window manager for full screen; a bare X server (a TV box with no
    // desktop) has none, so the window is also placed over the whole screen. Chromium makes
    // the window a pixel short of the size given, hence the extra pixel.
    ...(screen ? ['--window-position=0,0', `--window-size=${screen.width + 1},${screen.height + 1}`] : []),
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--autoplay-policy=no-user-gesture-required',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--noerrdialogs',
    '--disable-translate',
    '--password-store=basic',
    '--check-for-update-interval=31536000',
    // Chromium refuses to start as root without this (common on single-purpose TV boxes).
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ];
}

/** The X screen's size (Linux), from xdpyinfo or xrandr when either is installed; else null. */
export function xScreenSize(env: NodeJS.ProcessEnv): { width: number; height: number } | null {
  if (process.platform !== 'linux' || !env.DISPLAY) return null;
  const probes: [string, string[], RegExp][] = [
    ['xdpyinfo', [], /dimensions:\s+(\d+)x(\d+) pixels/],
    ['xrandr', ['--current'], /current (\d+) x (\d+)/],
  ];
  for (const [command, args, pattern] of probes) {
    try {
      const match = pattern.exec(execFileSync(command, args, { env, encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] }));
      if (match) return { width: Number(match[1]), height: Number(match[2]) };
    } catch {
      // Not installed, or no X server: kiosk mode alone will have to do.
    }
  }
  return null;
}

/** Resolves once `<display link>/status` answers, so the TV never shows a browser error page. */
export async function waitForServer(url: string, log: (line: string) => void, signal: { stopped: boolean }): Promise<'active' | 'revoked' | 'unknown' | 'stopped'> {
  let delay = 1000;
  let told = false;
  while (!signal.stopped) {
    try {
      const response = await fetch(`${url.replace(/\/$/, '')}/status`, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { status?: string };
      if (body.status === 'active' || body.status === 'revoked' || body.status === 'unknown') return body.status;
    } catch {
      // Not reachable yet: the Fanfare PC may still be booting.
    }
    if (!told) {
      log(`Waiting for Fanfare at ${new URL(url).origin} (retrying until it answers)...`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 15_000);
  }
  return 'stopped';
}

export interface KioskOptions {
  url: string;
  browser: string;
  profileDir: string;
  log: (line: string) => void;
}

/**
 * Runs the browser until it is closed on purpose (exit code 0) or the process is stopped;
 * a crash brings it back after a short pause, so the TV recovers by itself.
 */
export function runKioskBrowser({ url, browser, profileDir, log }: KioskOptions): { stop(): void; done: Promise<number> } {
  mkdirSync(profileDir, { recursive: true });
  const signal = { stopped: false };
  let child: ChildProcess | null = null;
  const done = (async () => {
    let crashes = 0;
    for (;;) {
      const status = await waitForServer(url, log, signal);
      if (status === 'stopped') return 0;
      if (status !== 'active') log(status === 'revoked' ? 'This display link was revoked; the TV will say so. Ask the manager for a new link.' : 'Fanfare does not know this display link; the TV will say so. Check the address.');
      const started = Date.now();
      child = spawn(browser, kioskBrowserArgs(url, profileDir, process.getuid?.() === 0, xScreenSize(process.env)), { stdio: 'ignore' });
      const code = await new Promise<number>((resolve) => {
        child?.once('exit', (exit, sig) => resolve(exit ?? (sig ? 1 : 0)));
        child?.once('error', () => resolve(127));
      });
      child = null;
      if (signal.stopped || code === 0) return 0;
      if (code === 127) {
        log(`Could not start ${browser}.`);
        return 1;
      }
      crashes = Date.now() - started > 60_000 ? 1 : crashes + 1;
      const pause = Math.min(2000 * crashes, 30_000);
      log(`The browser stopped (exit ${code}); starting it again in ${pause / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  })();
  return {
    stop() {
      signal.stopped = true;
      child?.kill('SIGTERM');
    },
    done,
  };
}
