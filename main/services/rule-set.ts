import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { exchangeRates, focusFactors, productGroups, products, ruleVersions, scoringRules } from '../../db/schema';
import { readWorkspace } from '../../db/queries/workspace';
import { prepared } from '../../db/statements';
import { isEventType } from '../engine/event-types';
import type { RuleSet, ScoringRule } from '../engine/scoring/rules';
import type { RuleChange } from '../../preload/contract';
import { audit } from './audit/audit';
import type { ServiceContext } from './context';

type RuleRow = typeof scoringRules.$inferSelect;

export function toRule(row: RuleRow): ScoringRule {
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

export function currentRuleVersion(db: Db): number {
  const raw = prepared(db, 'ruleVersions.current', () => 'SELECT max(id) AS v FROM rule_versions').get() as { v: number | null } | undefined;
  return raw?.v ?? 0;
}

function readRuleSet(db: Db, version: number): RuleSet {
  const workspace = readWorkspace(db);
  if (!workspace) throw new Error('the workspace has not been set up yet');
  return {
    version,
    baseCurrency: workspace.baseCurrency,
    timeZone: workspace.timeZone,
    rules: db.select().from(scoringRules).orderBy(scoringRules.id).all().map(toRule),
    // A rate converts into the base currency it was entered for; after a change of base
    // currency the old rates no longer apply (the manager enters new ones).
    rates: db
      .select()
      .from(exchangeRates)
      .where(eq(exchangeRates.baseCurrency, workspace.baseCurrency))
      .all()
      .map((r) => ({ currency: r.currency, rate: r.rate, validFrom: r.validFrom })),
    products: db
      .select()
      .from(products)
      .orderBy(products.sku)
      .all()
      .map((p) => ({ id: p.id, sku: p.sku, name: p.name, groupId: p.groupId, points: p.points })),
    groups: db
      .select()
      .from(productGroups)
      .orderBy(productGroups.name)
      .all()
      .map((g) => ({ id: g.id, name: g.name, points: g.points })),
    focus: db
      .select()
      .from(focusFactors)
      .orderBy(focusFactors.fromDay, focusFactors.id)
      .all()
      .map((f) => ({
        id: f.id,
        name: f.name,
        factor: f.factor,
        fromDay: f.fromDay,
        toDay: f.toDay,
        eventType: f.eventType !== null && isEventType(f.eventType) ? f.eventType : null,
        productId: f.productId,
        groupId: f.groupId,
        enabled: f.enabled,
      })),
  };
}

const cache = new WeakMap<Db, { key: string; set: RuleSet }>();

/**
 * The rules in force, as the engine wants them. Every rule change records a new version, so
 * the set is read once per version (and per workspace change), not once per event.
 */
export function loadRuleSet(ctx: ServiceContext): RuleSet {
  const version = currentRuleVersion(ctx.db);
  const workspace = readWorkspace(ctx.db);
  const key = `${version}|${workspace?.updatedAt}|${workspace?.baseCurrency}|${workspace?.timeZone}`;
  const hit = cache.get(ctx.db);
  if (hit && hit.key === key) return hit.set;
  const set = readRuleSet(ctx.db, version);
  cache.set(ctx.db, { key, set });
  return set;
}

/**
 * Records a change to the rule set as a new version, with the whole set after the change.
 * Call inside the transaction that made the change.
 */
export function recordRuleChange(ctx: ServiceContext, change: RuleChange): number {
  // Rates, products and focus factors land in the audit log too (points per event type are
  // audited by rules.update itself, with the row before and after).
  if (change.kind !== 'rule') {
    const label = change.kind === 'rate' ? `${change.currency} → ${change.baseCurrency}` : change.kind === 'product' ? change.sku : change.name;
    audit(ctx, { action: `${change.kind}.${change.action === 'added' ? 'create' : change.action === 'changed' ? 'update' : 'remove'}`, entity: { type: change.kind, label }, after: change });
  }
  const next = currentRuleVersion(ctx.db) + 1;
  const snapshot = readRuleSet(ctx.db, next);
  const row = ctx.db
    .insert(ruleVersions)
    .values({ createdAt: ctx.now(), changeJson: JSON.stringify(change), snapshotJson: JSON.stringify(snapshot) })
    .returning({ id: ruleVersions.id })
    .get();
  return row.id;
}

export function listRuleVersions(db: Db, limit: number): { id: number; createdAt: number; change: RuleChange }[] {
  return db
    .select({ id: ruleVersions.id, createdAt: ruleVersions.createdAt, changeJson: ruleVersions.changeJson })
    .from(ruleVersions)
    .orderBy(desc(ruleVersions.id))
    .limit(limit)
    .all()
    .map((r) => ({ id: r.id, createdAt: r.createdAt, change: JSON.parse(r.changeJson) as RuleChange }));
}
