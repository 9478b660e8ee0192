import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __FANFARE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['main/**/*.test.ts', 'db/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
