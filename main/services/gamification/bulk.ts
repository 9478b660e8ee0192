// What gamification does after events were written or withdrawn in bulk (a CSV import, its
// undo): the per-event path (on-event.ts) is skipped there for speed. An import keeps the
// aggregates itself as it writes; an undo rebuilds them from the log once. Then levels,
// badges and goals are judged once per rep and event type, at the newest such event of the batch.
import { latestEventsOfBatch } from '../../../db/queries/imports';
import { batchReach } from '../../../db/queries/rebuild';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { getCalendar } from '../workspace';
import { rebuildMonths } from './aggregates';
import { awardBadges, enabledBadges } from './badge-check';
import { checkGoals } from './goal-check';
import { recordLevelUps } from './levels';
import { getGameSettings, restDaysOf } from './settings';

export function catchUpAfterBatch(ctx: ServiceContext, batchId: number): void {
  inTransaction(ctx.db, () => {
    // The import wrote the day totals and metrics as it stored the rows (see BulkScoring).
    const calendar = getCalendar(ctx);
    const settings = getGameSettings(ctx);
    const badges = enabledBadges(ctx);
    const measure = { calendar, restDays: restDaysOf(settings) };
    const levelled = new Set<number>();
    for (const event of latestEventsOfBatch(ctx.db, batchId)) {
      if (event.repId === null) continue;
      if (!levelled.has(event.repId)) {
        levelled.add(event.repId);
        recordLevelUps(ctx, event.repId, settings.levelBaseXp, event.occurredAt);
      }
      awardBadges(ctx, measure, badges, event.repId, event, true);
      checkGoals(ctx, calendar, event.repId, event);
    }
  });
  ctx.bus.changed('goals', 'badges', 'notifications', 'game');
}

/**
 * After an undo: the withdrawn events leave the aggregates (levels and earned badges stay).
 * Only the months the batch reached are rebuilt: an undo costs what the batch holds, not
 * what the whole log holds.
 */
export function rebuildAfterUndo(ctx: ServiceContext, batchId: number): void {
  inTransaction(ctx.db, () => {
    const reach = batchReach(ctx.db, batchId);
    if (reach) rebuildMonths(ctx, getCalendar(ctx), reach);
  });
  ctx.bus.changed('goals', 'badges', 'game');
}
