// better-sqlite3 is compiled for Node's ABI (tests and headless mode need that one), so
// Electron gets its own copy compiled for Electron's ABI, kept apart from node_modules and
// handed to the app as FANFARE_SQLITE_BINDING (npm start) or as an extra resource
// (electron-builder). Compiling needs Electron's headers: a download, once.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

export function electronSqliteBinding() {
  const version = require('electron/package.json').version;
  const dir = join(root, 'node_modules/.cache/electron-sqlite', version);
  const binding = join(dir, 'build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`Compiling better-sqlite3 for Electron ${version} (once)...`);
  const source = join(root, 'node_modules/better-sqlite3');
  cpSync(source, dir, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build')) });
  const nodeGyp = process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js');
  execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, npm_config_nodedir: '' },
  });
  return binding;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(electronSqliteBinding());
