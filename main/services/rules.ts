import { eq } from 'drizzle-orm';
import type { ParsedInput, Rule } from '../../preload/contract';
import { scoringRules } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { DEFAULT_RULES } from '../engine/scoring/rules';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { currentRuleVersion, listRuleVersions, loadRuleSet, recordRuleChange, toRule } from './rule-set';
import { audit } from './audit/audit';

export function seedDefaultRules(ctx: ServiceContext): void {
  const now = ctx.now();
  for (const rule of DEFAULT_RULES) {
    ctx.db.insert(scoringRules).values({ ...rule, updatedAt: now }).onConflictDoNothing().run();
  }
}

export function listRules(ctx: ServiceContext): Rule[] {
  return [...loadRuleSet(ctx).rules];
}

/** Changes a rule's points; the change is a new version of the rule set. */
export function updateRule(ctx: ServiceContext, input: ParsedInput<'rules.update'>): Rule {
  const { id, ...patch } = input;
  const row = inTransaction(ctx.db, () => {
    const before = ctx.db.select().from(scoringRules).where(eq(scoringRules.id, id)).get() ?? fail('not_found', `There is no scoring rule with id ${id}.`);
    const updated = ctx.db
      .update(scoringRules)
      .set({ ...patch, updatedAt: ctx.now() })
      .where(eq(scoringRules.id, id))
      .returning()
      .get();
    if (!updated) fail('not_found', `There is no scoring rule with id ${id}.`);
    const values = (r: typeof before) => ({ points: r.points, pointsPerStep: r.pointsPerStep, amountStepMinor: r.amountStepMinor, enabled: r.enabled });
    if (JSON.stringify(values(before)) !== JSON.stringify(values(updated))) {
      recordRuleChange(ctx, { kind: 'rule', eventType: toRule(updated).eventType, before: values(before), after: values(updated) });
    }
    const { updatedAt: _b, ...was } = before;
    const { updatedAt: _a, ...now } = updated;
    audit(ctx, { action: 'rule.update', entity: { type: 'rule', id, label: updated.eventType }, before: was, after: now });
    return updated;
  });
  ctx.bus.changed('rules', 'audit');
  return toRule(row);
}

export function ruleHistory(ctx: ServiceContext, input: ParsedInput<'rules.history'>) {
  return { current: currentRuleVersion(ctx.db), versions: listRuleVersions(ctx.db, input.limit) };
}
