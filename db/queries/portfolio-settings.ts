import type { Db } from '../open';
import { columnsOf, prepared } from '../statements';
import { portfolioSettings } from '../schema';

/**
 * The portfolio settings row, if it was created (services/portfolio/settings.ts creates it
 * with the defaults). Read once per group-committed batch of webhooks: a cached statement,
 * where drizzle's builder would build and prepare the SQL each time.
 */
export function findPortfolioSettings(db: Db): typeof portfolioSettings.$inferSelect | undefined {
  const c = columnsOf(portfolioSettings);
  const raw = prepared(db, 'portfolioSettings.read', () => `SELECT ${c.select} FROM portfolio_settings WHERE id = 1`).get();
  return raw ? c.map(raw as Record<string, unknown>) : undefined;
}
