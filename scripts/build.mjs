// Builds what `npm start` runs: the renderer pages (Vite) into dist/renderer, the Node and
// Electron main processes and the preloads (esbuild) into dist/main and dist/preload.
import { build as esbuild } from 'esbuild';
import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');
const started = Date.now();

await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
copyFileSync(join(root, 'assets/icon.svg'), join(root, 'dist/renderer/favicon.svg'));

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Dependencies stay in node_modules (better-sqlite3 is native; electron is the runtime).
  packages: 'external',
  define: { __FANFARE_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};
await esbuild({ ...node, entryPoints: { cli: join(root, 'main/cli.ts'), 'electron-main': join(root, 'main/electron/main.ts') }, outdir: join(root, 'dist/main'), format: 'esm' });
// The CSV reader worker is self-contained (its few pure-JS dependencies bundled in), so the
// packaged app can run it unpacked from the asar archive.
// CommonJS, because esbuild cannot turn the CommonJS dependencies' require('stream') into ESM.
await esbuild({ ...node, packages: undefined, entryPoints: { 'csv-reader': join(root, 'main/workers/csv-reader.ts') }, outdir: join(root, 'dist/main'), format: 'cjs', outExtension: { '.js': '.cjs' } });
// Sandboxed preloads must be single CommonJS files that require nothing but 'electron'.
await esbuild({
  ...node,
  packages: undefined,
  external: ['electron'],
  entryPoints: { manager: join(root, 'preload/manager.ts'), kiosk: join(root, 'preload/kiosk.ts') },
  outdir: join(root, 'dist/preload'),
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
});

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/.build-stamp'), `${new Date().toISOString()} ${version}\n`);
if (!quiet) console.log(`built Fanfare ${version} in ${Date.now() - started} ms`);
