// The badge catalogue as the manager sees and tunes it, and a rep's badge cabinet: earned
// badges with their date, locked ones with how far the rep is ("7 of 10 deals").
import type { Badge, CabinetBadge, ParsedInput } from '../../../preload/contract';
import { awardsOfRep, findBadgeRow, holderCounts, listBadgeRows, updateBadgeRow, type BadgeRow } from '../../../db/queries/badges';
import { findRep } from '../../../db/queries/reps';
import { inTransaction } from '../../../db/transaction';
import { badgeRuleSchema, judgeBadge, type BadgeCategory, type BadgeId, type BadgeRule } from '../../engine/gamification/badges';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { getCalendar } from '../workspace';
import { measureBadge } from './badge-measures';
import { getGameSettings, restDaysOf } from './settings';

function ruleOf(row: BadgeRow): BadgeRule {
  return badgeRuleSchema.parse(JSON.parse(row.ruleJson));
}

function toView(row: BadgeRow, holders: number): Badge {
  return { id: row.id as BadgeId, category: row.category as BadgeCategory, icon: row.icon, rule: ruleOf(row), enabled: row.enabled, holders };
}

export function listBadges(ctx: ServiceContext): Badge[] {
  const holders = holderCounts(ctx.db);
  return listBadgeRows(ctx.db).map((row) => toView(row, holders.get(row.id) ?? 0));
}

/**
 * Tunes a badge's rule (its kind stays: a milestone stays a milestone) or switches it on or
 * off. Badges already earned are kept; the new rule applies from the next event.
 */
export function updateBadge(ctx: ServiceContext, input: ParsedInput<'badges.update'>): Badge {
  const row = inTransaction(ctx.db, () => {
    const before = findBadgeRow(ctx.db, input.id) ?? fail('not_found', `There is no badge "${input.id}".`);
    if (input.rule && input.rule.kind !== ruleOf(before).kind) {
      fail('invalid_input', `The ${input.id} badge is unlocked by a "${ruleOf(before).kind}" rule; tune its numbers, the kind of rule stays.`, { path: 'rule.kind' });
    }
    return updateBadgeRow(ctx.db, input.id, {
      ...(input.rule ? { ruleJson: JSON.stringify(input.rule) } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      updatedAt: ctx.now(),
    });
  });
  ctx.bus.changed('badges');
  return toView(row ?? fail('not_found', `There is no badge "${input.id}".`), holderCounts(ctx.db).get(input.id) ?? 0);
}

/** Every badge for one rep: earned (with the date) or locked (with progress, measured now). */
export function badgeCabinet(ctx: ServiceContext, repId: number): CabinetBadge[] {
  if (!findRep(ctx.db, repId)) fail('not_found', `There is no rep with id ${repId}.`);
  const setup = { calendar: getCalendar(ctx), restDays: restDaysOf(getGameSettings(ctx)) };
  const awards = new Map(awardsOfRep(ctx.db, repId).map((a) => [a.badgeId, a]));
  const now = ctx.now();
  const memo = new Map();
  return listBadgeRows(ctx.db)
    .filter((row) => row.enabled || awards.get(row.id)?.withdrawnAt === null)
    .map((row) => {
      const rule = ruleOf(row);
      const award = awards.get(row.id);
      const held = award !== undefined && award.withdrawnAt === null;
      const progress = judgeBadge(rule, measureBadge(ctx, setup, rule, repId, now, true, memo));
      return {
        id: row.id as BadgeId,
        category: row.category as BadgeCategory,
        icon: row.icon,
        rule,
        enabled: row.enabled,
        earnedAt: held ? award.earnedAt : null,
        withdrawnAt: award?.withdrawnAt ?? null,
        // An earned badge shows as complete, whatever today's measure says.
        progress: held ? { ...progress, done: true } : progress,
      };
    });
}
