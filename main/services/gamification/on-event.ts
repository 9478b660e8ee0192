// What gamification does when an event is scored, in the same transaction: update the day
// aggregates, then check level-ups, badges and goals for the rep whose numbers moved.
import type { EventRow } from '../../../db/queries/events';
import { gameFingerprint } from '../../../db/queries/game';
import type { GameSettings } from '../../../preload/contract';
import type { Calendar } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { awardBadges, enabledBadges, withdrawBadges, type LiveBadge } from './badge-check';
import { checkGoals } from './goal-check';
import { recordEventMetrics } from './aggregates';
import { recordLevelUps } from './levels';
import { RepFacts } from './rep-facts';
import { getGameSettings, restDaysOf } from './settings';

interface GameSetup {
  settings: GameSettings;
  badges: LiveBadge[];
}

/**
 * Parsed once and reused while the configuration is unchanged (checked with one cheap
 * query per transaction), so a webhook does not re-read and re-validate every badge rule.
 */
const cached = new WeakMap<object, { fingerprint: string; setup: GameSetup }>();
const perTransaction = new WeakMap<object, GameSetup>();

function gameSetup(ctx: ServiceContext, key: object): GameSetup {
  const known = perTransaction.get(key);
  if (known) return known;
  const fingerprint = gameFingerprint(ctx.db);
  let entry = cached.get(ctx.db.$client);
  if (!entry || entry.fingerprint !== fingerprint) {
    entry = { fingerprint, setup: { settings: getGameSettings(ctx), badges: enabledBadges(ctx) } };
    cached.set(ctx.db.$client, entry);
  }
  perTransaction.set(key, entry.setup);
  return entry.setup;
}

/**
 * Call right after the event's points were written (scoring.ts). `setup` is the scoring
 * setup of the transaction: its calendar, and the key the game setup is cached under.
 */
export function onEventScored(ctx: ServiceContext, setup: { calendar: Calendar & { baseCurrency: string } }, event: EventRow, facts = new RepFacts(ctx.db)): void {
  const moved = recordEventMetrics(ctx, event, setup.calendar);
  if (!moved) return;
  const game = gameSetup(ctx, setup);
  const measure = { calendar: setup.calendar, restDays: restDaysOf(game.settings) };
  recordLevelUps(ctx, moved.repId, game.settings.levelBaseXp, event.occurredAt, facts);
  if (moved.original) {
    if (game.settings.refundBadges === 'withdraw' && withdrawBadges(ctx, measure, game.badges, moved.repId, event).length > 0) facts.forgetBadges(moved.repId);
  } else {
    awardBadges(ctx, measure, game.badges, moved.repId, event, moved.newActiveDay, facts);
  }
  checkGoals(ctx, setup.calendar, moved.repId, event, facts);
}
