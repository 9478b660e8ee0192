import { eq } from 'drizzle-orm';
import type { ParsedInput, PortfolioSettings, RepScope } from '../../../preload/contract';
import { portfolioSettings } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { requireScope } from '../organisation/scopes';

export type PortfolioSettingsRow = typeof portfolioSettings.$inferSelect;

const DEFAULTS = { creditTo: 'owner', claimOnFirstEvent: true, autoStrategy: 'off', poolKind: 'all', poolId: null } as const;

/** The settings row; created with the defaults the first time it is needed. */
export function loadPortfolioSettings(ctx: ServiceContext): PortfolioSettingsRow {
  const row = ctx.db.select().from(portfolioSettings).where(eq(portfolioSettings.id, 1)).get();
  if (row) return row;
  return ctx.db
    .insert(portfolioSettings)
    .values({ id: 1, ...DEFAULTS, updatedAt: ctx.now() })
    .onConflictDoNothing()
    .returning()
    .get() ?? (ctx.db.select().from(portfolioSettings).where(eq(portfolioSettings.id, 1)).get() as PortfolioSettingsRow);
}

export function poolOf(row: PortfolioSettingsRow): RepScope {
  if (row.poolKind === 'team' && row.poolId !== null) return { kind: 'team', id: row.poolId };
  if (row.poolKind === 'grouping' && row.poolId !== null) return { kind: 'grouping', id: row.poolId };
  return { kind: 'all' };
}

function toView(row: PortfolioSettingsRow): PortfolioSettings {
  return { creditTo: row.creditTo, claimOnFirstEvent: row.claimOnFirstEvent, autoStrategy: row.autoStrategy, pool: poolOf(row) };
}

export function getPortfolioSettings(ctx: ServiceContext): PortfolioSettings {
  return toView(inTransaction(ctx.db, () => loadPortfolioSettings(ctx)));
}

/** Changes apply to events received from now on; events already scored keep their rep. */
export function updatePortfolioSettings(ctx: ServiceContext, input: ParsedInput<'portfolio.updateSettings'>): PortfolioSettings {
  const view = inTransaction(ctx.db, () => {
    const before = toView(loadPortfolioSettings(ctx));
    if (input.pool) requireScope(ctx, input.pool);
    const pool = input.pool ?? before.pool;
    const row = ctx.db
      .update(portfolioSettings)
      .set({
        ...(input.creditTo !== undefined ? { creditTo: input.creditTo } : {}),
        ...(input.claimOnFirstEvent !== undefined ? { claimOnFirstEvent: input.claimOnFirstEvent } : {}),
        ...(input.autoStrategy !== undefined ? { autoStrategy: input.autoStrategy } : {}),
        poolKind: pool.kind,
        poolId: pool.kind === 'all' ? null : pool.id,
        updatedAt: ctx.now(),
      })
      .where(eq(portfolioSettings.id, 1))
      .returning()
      .get() as PortfolioSettingsRow;
    const after = toView(row);
    audit(ctx, { action: 'portfolio.settings', entity: { type: 'settings', id: 'portfolio', label: 'Portfolio and distribution' }, before, after });
    return after;
  });
  ctx.bus.changed('customers', 'audit');
  return view;
}
