// Fails when db/schema.ts and the checked-in migrations disagree: drizzle-kit generates
// into a scratch copy of db/migrations, and any new migration file means drift.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'node_modules/.bin/drizzle-kit');
// drizzle-kit only accepts an `out` folder relative to the project.
const scratchRel = `node_modules/.cache/db-check-${process.pid}`;
const scratch = join(root, scratchRel);

function check() {
  execFileSync(bin, ['check'], { cwd: root, stdio: 'inherit' });
  mkdirSync(scratch, { recursive: true });
  cpSync(join(root, 'db/migrations'), scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  // drizzle-kit exits 0 even when it fails, so its output is read as well.
  const out = execFileSync(bin, ['generate', '--name', 'drift'], {
    cwd: root,
    env: { ...process.env, FANFARE_MIGRATIONS_OUT: `./${scratchRel}` },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (/error/i.test(out)) return `drizzle-kit could not compare schema.ts with db/migrations:\n${out}`;
  const added = readdirSync(scratch).filter((f) => !before.has(f));
  if (added.length > 0) {
    return `db/schema.ts has changes that no migration holds (drizzle-kit would add ${added.join(', ')}).\n` +
      'Run `npm run db:generate -- --name <what-changed>` and commit the new migration.';
  }
  return null;
}

try {
  const problem = check();
  if (problem) {
    console.error(`db:check failed: ${problem}`);
    process.exitCode = 1;
  } else {
    console.log('db:check ok: schema.ts and db/migrations agree.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
