// `npm start`: builds if the sources changed since the last build, then runs Fanfare:
// the Electron app when its binary is installed (and --headless was not given), otherwise
// the same app headless in Node, serving the manager UI to a browser.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { electronSqliteBinding } from './electron-sqlite.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfStale() {
  const stamp = join(root, 'dist/.build-stamp');
  const sources = ['main', 'preload', 'renderer', 'db', 'assets', 'package.json', 'vite.config.ts'].map((p) => join(root, p));
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (sources.some((p) => existsSync(p) && newestMtime(p) > built)) {
    console.log('Building Fanfare (first start or sources changed)...');
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
  }
}

/** The Electron binary, if the optional dependency installed it. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

buildIfStale();
const electron = args.includes('--headless') ? null : electronBinary();
let child;
if (electron) {
  const env = { ...process.env, FANFARE_SQLITE_BINDING: electronSqliteBinding() };
  child = spawn(electron, [join(root, 'dist/main/electron-main.js'), ...args], { stdio: 'inherit', env });
} else {
  if (args.includes('--kiosk') || args.includes('--connect')) console.log('Electron is not installed here: showing the wallboard in the system browser instead.');
  else if (!args.includes('--headless')) console.log('Electron is not installed here: running headless (the manager UI opens in your browser).');
  child = spawn(process.execPath, [join(root, 'dist/main/cli.js'), ...args], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
