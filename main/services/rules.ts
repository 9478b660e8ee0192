import { eq } from 'drizzle-orm';
import type { ParsedInput, Rule } from '../../preload/contract';
import { scoringRules } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { isEventType } from '../engine/event-types';
import { DEFAULT_RULES, type ScoringRule } from '../engine/scoring/rules';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { audit } from './audit/audit';

type RuleRow = typeof scoringRules.$inferSelect;

function toRule(row: RuleRow): ScoringRule {
  if (!isEventType(row.eventType)) throw new Error(`scoring rule ${row.id} has unknown event type ${row.eventType}`);
  return {
    id: row.id,
    eventType: row.eventType,
    points: row.points,
    pointsPerStep: row.pointsPerStep,
    amountStepMinor: row.amountStepMinor,
    enabled: row.enabled,
  };
}

export function seedDefaultRules(ctx: ServiceContext): void {
  const now = ctx.now();
  for (const rule of DEFAULT_RULES) {
    ctx.db.insert(scoringRules).values({ ...rule, updatedAt: now }).onConflictDoNothing().run();
  }
}

/** The rules in force, as the engine wants them. */
export function loadRules(ctx: ServiceContext): ScoringRule[] {
  return ctx.db.select().from(scoringRules).orderBy(scoringRules.id).all().map(toRule);
}

export function listRules(ctx: ServiceContext): Rule[] {
  return loadRules(ctx);
}

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
    const after = updated ?? fail('not_found', `There is no scoring rule with id ${id}.`);
    const { updatedAt: _b, ...was } = before;
    const { updatedAt: _a, ...now } = after;
    audit(ctx, { action: 'rule.update', entity: { type: 'rule', id, label: after.eventType }, before: was, after: now });
    return after;
  });
  ctx.bus.changed('rules', 'audit');
  return toRule(row);
}
