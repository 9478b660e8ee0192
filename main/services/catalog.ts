import { asc, eq, sql } from 'drizzle-orm';
import type { ParsedInput, ProductGroupView, ProductView } from '../../preload/contract';
import { focusFactors, productGroups, products } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { recordRuleChange } from './rule-set';

type GroupRow = typeof productGroups.$inferSelect;
type ProductRow = typeof products.$inferSelect;

function groupView(ctx: ServiceContext, row: GroupRow): ProductGroupView {
  const count = ctx.db.select({ n: sql<number>`count(*)` }).from(products).where(eq(products.groupId, row.id)).get()?.n ?? 0;
  return { id: row.id, name: row.name, points: row.points, productCount: count };
}

function productView(row: ProductRow, groups: ReadonlyMap<number, GroupRow>): ProductView {
  const group = row.groupId === null ? undefined : groups.get(row.groupId);
  return { id: row.id, sku: row.sku, name: row.name, groupId: row.groupId, groupName: group?.name ?? null, points: row.points, effectivePoints: row.points ?? group?.points ?? 0 };
}

function groupsById(ctx: ServiceContext): Map<number, GroupRow> {
  return new Map(ctx.db.select().from(productGroups).all().map((g) => [g.id, g]));
}

export function listCatalog(ctx: ServiceContext): { groups: ProductGroupView[]; products: ProductView[] } {
  const groups = groupsById(ctx);
  return {
    groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)).map((g) => groupView(ctx, g)),
    products: ctx.db.select().from(products).orderBy(asc(products.name)).all().map((p) => productView(p, groups)),
  };
}

function unique(error: unknown, message: string, path: string): never {
  if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) fail('conflict', message, { path });
  throw error;
}

export function saveGroup(ctx: ServiceContext, input: ParsedInput<'catalog.saveGroup'>): ProductGroupView {
  const row = inTransaction(ctx.db, () => {
    let saved: GroupRow | undefined;
    try {
      saved =
        input.id === undefined
          ? ctx.db.insert(productGroups).values({ name: input.name, points: input.points, createdAt: ctx.now() }).returning().get()
          : ctx.db.update(productGroups).set({ name: input.name, points: input.points }).where(eq(productGroups.id, input.id)).returning().get();
    } catch (error) {
      unique(error, `There is already a product group named "${input.name}".`, 'name');
    }
    if (!saved) fail('not_found', `There is no product group with id ${input.id}.`);
    recordRuleChange(ctx, { kind: 'group', action: input.id === undefined ? 'added' : 'changed', name: saved.name, points: saved.points });
    return groupView(ctx, saved);
  });
  ctx.bus.changed('rules', 'audit');
  return row;
}

export function removeGroup(ctx: ServiceContext, input: ParsedInput<'catalog.removeGroup'>): { id: number } {
  inTransaction(ctx.db, () => {
    const group = ctx.db.select().from(productGroups).where(eq(productGroups.id, input.id)).get() ?? fail('not_found', `There is no product group with id ${input.id}.`);
    const view = groupView(ctx, group);
    if (view.productCount > 0) fail('conflict', `"${group.name}" still holds ${view.productCount} product(s); move them to another group first.`);
    const focus = ctx.db.select().from(focusFactors).where(eq(focusFactors.groupId, input.id)).get();
    if (focus) fail('conflict', `The focus factor "${focus.name}" applies to "${group.name}"; remove or change it first.`);
    ctx.db.delete(productGroups).where(eq(productGroups.id, input.id)).run();
    recordRuleChange(ctx, { kind: 'group', action: 'removed', name: group.name, points: group.points });
  });
  ctx.bus.changed('rules', 'audit');
  return { id: input.id };
}

export function saveProduct(ctx: ServiceContext, input: ParsedInput<'catalog.saveProduct'>): ProductView {
  const row = inTransaction(ctx.db, () => {
    if (input.groupId !== null && !ctx.db.select().from(productGroups).where(eq(productGroups.id, input.groupId)).get()) {
      fail('not_found', `There is no product group with id ${input.groupId}.`, { path: 'groupId' });
    }
    const values = { sku: input.sku, name: input.name, groupId: input.groupId, points: input.points };
    let saved: ProductRow | undefined;
    try {
      saved =
        input.id === undefined
          ? ctx.db.insert(products).values({ ...values, createdAt: ctx.now() }).returning().get()
          : ctx.db.update(products).set(values).where(eq(products.id, input.id)).returning().get();
    } catch (error) {
      unique(error, `There is already a product with the code "${input.sku}".`, 'sku');
    }
    if (!saved) fail('not_found', `There is no product with id ${input.id}.`);
    recordRuleChange(ctx, { kind: 'product', action: input.id === undefined ? 'added' : 'changed', sku: saved.sku, name: saved.name, points: saved.points });
    return productView(saved, groupsById(ctx));
  });
  ctx.bus.changed('rules', 'audit');
  return row;
}

export function removeProduct(ctx: ServiceContext, input: ParsedInput<'catalog.removeProduct'>): { id: number } {
  inTransaction(ctx.db, () => {
    const product = ctx.db.select().from(products).where(eq(products.id, input.id)).get() ?? fail('not_found', `There is no product with id ${input.id}.`);
    const focus = ctx.db.select().from(focusFactors).where(eq(focusFactors.productId, input.id)).get();
    if (focus) fail('conflict', `The focus factor "${focus.name}" applies to "${product.name}"; remove or change it first.`);
    ctx.db.delete(products).where(eq(products.id, input.id)).run();
    recordRuleChange(ctx, { kind: 'product', action: 'removed', sku: product.sku, name: product.name, points: product.points });
  });
  ctx.bus.changed('rules', 'audit');
  return { id: input.id };
}
