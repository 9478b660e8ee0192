import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: process.env.FANFARE_MIGRATIONS_OUT ?? './db/migrations',
});
