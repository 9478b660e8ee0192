// What gamification does when an event is scored, in the same transaction: update the day
// aggregates, then check level-ups, badges and goals for the rep whose numbers moved.
import type { EventRow } from '../../../db/queries/events';
import type { GameSettings } from '../../../preload/contract';
import type { Calendar } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { awardBadges, enabledBadges, withdrawBadges, type LiveBadge } from './badge-check';
import { checkGoals } from './goal-check';
import { recordEventMetrics } from './aggregates';
import { recordLevelUps } from './levels';
import { getGameSettings, restDaysOf } from './settings';

interface GameSetup {
  settings: GameSettings;
  badges: LiveBadge[];
}

/** Loaded once per scoring setup (one per transaction), not once per event of a batch. */
const loaded = new WeakMap<object, GameSetup>();

function gameSetup(ctx: ServiceContext, key: object): GameSetup {
  let setup = loaded.get(key);
  if (!setup) {
    setup = { settings: getGameSettings(ctx), badges: enabledBadges(ctx) };
    loaded.set(key, setup);
  }
  return setup;
}

/**
 * Call right after the event's points were written (scoring.ts). `setup` is the scoring
 * setup of the transaction: its calendar, and the key the game setup is cached under.
 */
export function onEventScored(ctx: ServiceContext, setup: { calendar: Calendar & { baseCurrency: string } }, event: EventRow): void {
  const moved = recordEventMetrics(ctx, event, setup.calendar);
  if (!moved) return;
  const game = gameSetup(ctx, setup);
  const measure = { calendar: setup.calendar, restDays: restDaysOf(game.settings) };
  recordLevelUps(ctx, moved.repId, game.settings.levelBaseXp, event.occurredAt);
  if (moved.original) {
    if (game.settings.refundBadges === 'withdraw') withdrawBadges(ctx, measure, game.badges, moved.repId, event);
  } else {
    awardBadges(ctx, measure, game.badges, moved.repId, event);
  }
  checkGoals(ctx, setup.calendar, moved.repId, event);
}
