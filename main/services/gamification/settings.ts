import type { GameSettings, ParsedInput } from '../../../preload/contract';
import { insertBadgeIfMissing } from '../../../db/queries/badges';
import { insertGameSettings, readGameSettings, updateGameSettingsRow, type GameSettingsRow } from '../../../db/queries/game';
import { inTransaction } from '../../../db/transaction';
import { currencyExponent } from '../../engine/currencies';
import { BADGE_IDS, defaultBadges } from '../../engine/gamification/badges';
import { NAME_PRIVACY_MODES, type NamePrivacy } from '../../engine/gamification/privacy';
import { TIE_BREAKS, type TieBreak } from '../../engine/leaderboard';
import type { IsoWeekday } from '../../engine/periods';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { rebuildAggregates } from './aggregates';

const pick = <T extends string>(value: string, allowed: readonly T[], fallback: T): T => ((allowed as readonly string[]).includes(value) ? (value as T) : fallback);

function toView(row: GameSettingsRow): GameSettings {
  return {
    tieBreak: pick<TieBreak>(row.tieBreak, TIE_BREAKS, 'shared'),
    namePrivacy: pick<NamePrivacy>(row.namePrivacy, NAME_PRIVACY_MODES, 'full'),
    publicTopN: row.publicTopN,
    refundBadges: row.refundBadges === 'keep' ? 'keep' : 'withdraw',
    levelBaseXp: row.levelBaseXp,
    restDays: (JSON.parse(row.restDaysJson) as number[]).filter((d) => d >= 1 && d <= 7),
    desktopNotify: pick(row.desktopNotify, ['all', 'goals', 'off'] as const, 'goals'),
  };
}

/**
 * Sets up gamification in a workspace once: the settings row, the 14 badges (amounts in
 * the base currency) and, for a database that already held events before this feature,
 * the per-metric day aggregates. Safe to call at every start.
 */
export function ensureGamification(ctx: ServiceContext, calendar: { timeZone: string; baseCurrency: string }): void {
  inTransaction(ctx.db, () => {
    const fresh = readGameSettings(ctx.db) === undefined;
    insertGameSettings(ctx.db, ctx.now());
    const { baseCurrency } = calendar;
    const toMinor = (major: number) => major * 10 ** currencyExponent(baseCurrency);
    defaultBadges(toMinor).forEach((badge, position) => {
      insertBadgeIfMissing(ctx.db, { id: badge.id, category: badge.category, icon: badge.icon, position, ruleJson: JSON.stringify(badge.rule), enabled: true, updatedAt: ctx.now() });
    });
    if (fresh) rebuildAggregates(ctx, calendar);
  });
}

export function getGameSettings(ctx: ServiceContext): GameSettings {
  return toView(readGameSettings(ctx.db) ?? fail('not_found', 'Gamification has not been set up yet.'));
}

export function restDaysOf(settings: GameSettings): ReadonlySet<IsoWeekday> {
  return new Set(settings.restDays as IsoWeekday[]);
}

export function updateGameSettings(ctx: ServiceContext, patch: ParsedInput<'game.updateSettings'>): GameSettings {
  if (patch.restDays !== undefined && new Set(patch.restDays).size !== patch.restDays.length) {
    fail('invalid_input', 'Each rest day can be listed once.', { path: 'restDays' });
  }
  const row = inTransaction(ctx.db, () =>
    updateGameSettingsRow(ctx.db, {
      ...(patch.tieBreak !== undefined ? { tieBreak: patch.tieBreak } : {}),
      ...(patch.namePrivacy !== undefined ? { namePrivacy: patch.namePrivacy } : {}),
      ...(patch.publicTopN !== undefined ? { publicTopN: patch.publicTopN } : {}),
      ...(patch.refundBadges !== undefined ? { refundBadges: patch.refundBadges } : {}),
      ...(patch.levelBaseXp !== undefined ? { levelBaseXp: patch.levelBaseXp } : {}),
      ...(patch.restDays !== undefined ? { restDaysJson: JSON.stringify([...patch.restDays].sort()) } : {}),
      ...(patch.desktopNotify !== undefined ? { desktopNotify: patch.desktopNotify } : {}),
      updatedAt: ctx.now(),
    }),
  );
  ctx.bus.changed('game');
  return toView(row ?? fail('not_found', 'Gamification has not been set up yet.'));
}

export const KNOWN_BADGES: ReadonlySet<string> = new Set(BADGE_IDS);
