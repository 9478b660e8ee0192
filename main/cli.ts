// Headless entry point (`node dist/main/cli.js`): the whole app without Electron, serving
// the manager UI to a browser. npm start runs this when the Electron binary is absent.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';
import { parseArgs, usage } from './args';
import { defaultDataDir } from './data-dir';
import { findKioskBrowser, runKioskBrowser } from './kiosk-browser';
import { VERSION } from './version';

/** A TV machine without Electron: the display link in the system's Chromium, full screen. */
function runKiosk(url: string, dataDir: string): void {
  const browser = findKioskBrowser(process.env, process.platform);
  if (!browser && process.env.FANFARE_BROWSER) {
    console.error(`fanfare: FANFARE_BROWSER is set to "${process.env.FANFARE_BROWSER}", but there is no such program. Point it at the browser's program file, or unset it to use the system Chromium.`);
    process.exit(2);
  }
  if (!browser) {
    console.error(
      'fanfare: --kiosk needs a browser to show the wallboard, and none was found (looked for chromium, chromium-browser, google-chrome, microsoft-edge, brave-browser).\n' +
        'Install one (Debian/Ubuntu: sudo apt install chromium), or point FANFARE_BROWSER at its program file, then run this again.',
    );
    process.exit(2);
  }
  console.log(`Showing the wallboard at ${url} full screen in ${browser}.`);
  console.log('Leave it with Alt+F4 on the TV, or Ctrl+C here.');
  const kiosk = runKioskBrowser({ url, browser, profileDir: join(dataDir, 'kiosk-browser'), log: (line) => console.log(line) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => kiosk.stop());
  void kiosk.done.then((code) => process.exit(code));
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(`fanfare: ${parsed.error}\n\n${usage()}`);
    process.exit(2);
  }
  const args = parsed.value;
  if (args.help) {
    console.log(usage());
    return;
  }
  if (args.kiosk && args.connect) return runKiosk(args.connect, args.dataDir ?? defaultDataDir());
  const started = Date.now();
  const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dataDir = args.dataDir ?? (args.demo ? join(defaultDataDir(), 'demo') : defaultDataDir());
  const csvWorkerFile = join(appRoot, 'dist', 'main', 'csv-reader.cjs');
  const app = await startApp({ dataDir, port: args.port, host: args.host, demo: args.demo, appRoot, version: VERSION, electron: false, verbose: false, csvWorkerFile });

  console.log(`Fanfare ${VERSION} is running at ${app.baseUrl}/ (started in ${Date.now() - started} ms)`);
  console.log(`Data folder: ${app.dataDir.root}`);
  console.log(`Open the manager in your browser (one-time login link):\n  ${app.loginUrl()}`);
  if (args.demo) console.log('Demo mode: a demo team and live demo events are being generated.');
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests in progress and closing the database...`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('fanfare: shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error('fanfare: that port is already in use; pick another with --port N (or --port 0 for any free port).');
  else console.error('fanfare: could not start:', error);
  process.exit(1);
});
