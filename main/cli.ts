// Headless entry point (`node dist/main/cli.js`): the whole app without Electron, serving
// the manager UI to a browser. npm start runs this when the Electron binary is absent.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';
import { parseArgs, usage } from './args';
import { defaultDataDir } from './data-dir';
import { VERSION } from './version';

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
  if (args.kiosk) {
    console.error('fanfare: --kiosk needs the Electron app (not installed on this machine). On a TV, open the display link in a browser in full screen instead, e.g. chromium --kiosk <display link>.');
    process.exit(2);
  }
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
