// `npm run bench`: runs every tests/bench/*.bench.mjs in turn and prints their numbers.
// Benchmarks print, they never assert: this machine is shared and noisy.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  execFileSync(process.execPath, ['--expose-gc', join(dir, file)], { stdio: 'inherit' });
}
