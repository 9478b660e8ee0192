// `npm run dist`: installers for this OS with electron-builder (electron-builder.yml).
// Needs the Electron binary and its headers, i.e. a machine with internet access.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { electronSqliteBinding } from './electron-sqlite.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
electronSqliteBinding();
const electronVersion = require('electron/package.json').version;
execFileSync(join(root, 'node_modules/.bin/electron-builder'), process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, FANFARE_ELECTRON_VERSION: electronVersion },
});
