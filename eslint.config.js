import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Tests read loosely-typed JSON answers on purpose.
    files: ['tests/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches the app only through preload/contract (types) and its transport.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the app through renderer/api (window.fanfare or HTTP), never Electron.' },
            { name: 'better-sqlite3', message: 'The renderer never touches the database.' },
            { name: 'drizzle-orm', message: 'The renderer never touches the database.' },
          ],
          patterns: [
            { group: nodeBuiltins, message: 'Node built-ins are not available in the renderer.' },
            { group: ['**/db', '**/db/**', 'drizzle-orm/*'], message: 'The renderer never imports db/: go through preload/contract.' },
            { group: ['**/main/**'], message: 'The renderer depends on preload/contract only, not on main/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/engine/**/*.ts'],
    ignores: ['main/engine/**/*.test.ts'],
    rules: {
      // The engine is pure: no I/O, no database, no clock.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'main/engine is pure: no I/O.' },
            { group: ['**/db/**', '**/services/**', '**/server/**', '**/ingest/**', '**/electron/**', 'better-sqlite3', 'drizzle-orm', 'electron'], message: 'main/engine imports nothing of ours but its own folder.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'main/engine has no clock: take the time as an argument.' }],
    },
  },
);
