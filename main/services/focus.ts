import { asc, eq } from 'drizzle-orm';
import type { FocusFactorView, ParsedInput } from '../../preload/contract';
import { focusFactors, productGroups, products } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { canonicalDecimal, compareRatio, parseDecimal, ratioOf } from '../engine/decimal';
import { isEventType } from '../engine/event-types';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { recordRuleChange } from './rule-set';

type FocusRow = typeof focusFactors.$inferSelect;

function toView(row: FocusRow): FocusFactorView {
  return {
    id: row.id,
    name: row.name,
    factor: row.factor,
    fromDay: row.fromDay,
    toDay: row.toDay,
    eventType: row.eventType !== null && isEventType(row.eventType) ? row.eventType : null,
    productId: row.productId,
    groupId: row.groupId,
    enabled: row.enabled,
  };
}

export function listFocus(ctx: ServiceContext): FocusFactorView[] {
  return ctx.db.select().from(focusFactors).orderBy(asc(focusFactors.fromDay), asc(focusFactors.id)).all().map(toView);
}

/** Creates or changes a focus factor ("x2 on Product X in December"): a new version of the rules. */
export function saveFocus(ctx: ServiceContext, input: ParsedInput<'focus.save'>): FocusFactorView {
  const factor = parseDecimal(input.factor);
  if (!factor || factor.num === 0n || compareRatio(factor, ratioOf(100)) > 0) {
    fail('invalid_input', `The factor "${input.factor}" must be more than 0 and at most 100 (2 doubles the points, 0.5 halves them).`, { path: 'factor' });
  }
  if (input.toDay < input.fromDay) fail('invalid_input', `The last day (${input.toDay}) is before the first day (${input.fromDay}).`, { path: 'toDay' });
  if (input.productId !== null && input.groupId !== null) {
    fail('invalid_input', 'A focus factor applies to one product or to one product group, not both.', { path: 'groupId' });
  }
  const row = inTransaction(ctx.db, () => {
    if (input.productId !== null && !ctx.db.select().from(products).where(eq(products.id, input.productId)).get()) {
      fail('not_found', `There is no product with id ${input.productId}.`, { path: 'productId' });
    }
    if (input.groupId !== null && !ctx.db.select().from(productGroups).where(eq(productGroups.id, input.groupId)).get()) {
      fail('not_found', `There is no product group with id ${input.groupId}.`, { path: 'groupId' });
    }
    const values = {
      name: input.name,
      factor: canonicalDecimal(input.factor),
      fromDay: input.fromDay,
      toDay: input.toDay,
      eventType: input.eventType,
      productId: input.productId,
      groupId: input.groupId,
      enabled: input.enabled,
    };
    const saved =
      input.id === undefined
        ? ctx.db.insert(focusFactors).values({ ...values, createdAt: ctx.now() }).returning().get()
        : ctx.db.update(focusFactors).set(values).where(eq(focusFactors.id, input.id)).returning().get();
    if (!saved) fail('not_found', `There is no focus factor with id ${input.id}.`);
    recordRuleChange(ctx, { kind: 'focus', action: input.id === undefined ? 'added' : 'changed', name: saved.name, factor: saved.factor, fromDay: saved.fromDay, toDay: saved.toDay });
    return toView(saved);
  });
  ctx.bus.changed('rules', 'audit');
  return row;
}

export function removeFocus(ctx: ServiceContext, input: ParsedInput<'focus.remove'>): { id: number } {
  inTransaction(ctx.db, () => {
    const row = ctx.db.delete(focusFactors).where(eq(focusFactors.id, input.id)).returning().get() ?? fail('not_found', `There is no focus factor with id ${input.id}.`);
    recordRuleChange(ctx, { kind: 'focus', action: 'removed', name: row.name, factor: row.factor, fromDay: row.fromDay, toDay: row.toDay });
  });
  ctx.bus.changed('rules', 'audit');
  return { id: input.id };
}
