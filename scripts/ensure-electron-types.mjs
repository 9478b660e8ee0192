// The Electron binary cannot be installed on every machine (its postinstall downloads it,
// and npm then drops the optional package). The main-process code is still typechecked
// against Electron's real typings: when node_modules/electron is absent, this fetches the
// pinned package's tarball from the npm registry (or npm's cache) and keeps electron.d.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const installed = join(root, 'node_modules/electron/electron.d.ts');
const cacheDir = join(root, 'node_modules/.cache/electron-types');
const cached = join(cacheDir, 'electron.d.ts');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).optionalDependencies.electron;

if (existsSync(installed)) process.exit(0);
if (existsSync(cached) && readFileSync(cached, 'utf8').startsWith(`// Type definitions for Electron ${version}\n`)) process.exit(0);

mkdirSync(cacheDir, { recursive: true });
const work = join(tmpdir(), `fanfare-electron-types-${process.pid}`);
mkdirSync(work, { recursive: true });
try {
  const tarball = execFileSync('npm', ['pack', `electron@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', join(work, tarball), '-C', cacheDir, '--strip-components=1', 'package/electron.d.ts']);
  console.log(`electron typings ${version} unpacked to ${cacheDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
