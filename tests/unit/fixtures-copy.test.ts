import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENDOR_FIXTURES } from '../support/fixtures';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'vendors');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('vendored fixtures', () => {
  it.runIf(existsSync(SHARED))('are byte-for-byte the shared originals', () => {
    const shared = files(SHARED).map((f) => relative(SHARED, f)).sort();
    expect(files(VENDOR_FIXTURES).map((f) => relative(VENDOR_FIXTURES, f)).sort()).toEqual(shared);
    for (const name of shared) expect(readFileSync(join(VENDOR_FIXTURES, name)).equals(readFileSync(join(SHARED, name))), name).toBe(true);
  });

  it('hold every file the tests read', () => {
    expect(files(VENDOR_FIXTURES).length).toBeGreaterThan(20);
  });
});
