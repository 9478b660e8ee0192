// From accepted events to celebration moments, and from a moment to what one TV plays
// (its name privacy, its sound setting, volume and quiet hours).
import { DateTime } from 'luxon';
import type { Celebration, DisplaySettings } from '../../../preload/contract';
import { eventsForCelebration } from '../../../db/queries/metrics';
import { findRep } from '../../../db/queries/reps';
import { celebrationSound, inQuietHours, matchCelebration } from '../../engine/wallboard/celebrations';
import { isEventType } from '../../engine/event-types';
import type { SoundName } from '../../engine/wallboard/sounds';
import type { ServiceContext } from '../context';
import { publicView } from '../gamification/public-view';
import { avatarUrls } from '../organisation/avatars';
import { tvName } from './scenes';
import { getCalendar } from '../workspace';
import { celebrationRulesOf, repSoundMap } from './celebration-settings';

/**
 * A celebration before a display's settings are applied: the name as the workspace lets
 * public screens show it, and as a display that hides surnames shows it; unmuted sound.
 */
export interface Moment extends Omit<Celebration, 'sound' | 'volume'> {
  sound: SoundName | null;
  strictName: string;
}

/**
 * Only what is happening now celebrates: an event that occurred more than this long ago
 * (a backdated or late delivery) scores quietly.
 */
const FRESH_MS = 12 * 3600_000;

export function momentsForEvents(ctx: ServiceContext, eventIds: readonly number[]): Moment[] {
  const rows = eventsForCelebration(ctx.db, eventIds);
  if (rows.length === 0) return [];
  const now = ctx.now();
  const rules = celebrationRulesOf(ctx);
  const sounds = repSoundMap(ctx);
  const { baseCurrency } = getCalendar(ctx);
  const avatars = avatarUrls(ctx);
  const view = publicView(ctx);
  const moments: Moment[] = [];
  for (const row of rows) {
    if (row.occurredAt < now - FRESH_MS || row.occurredAt > now + 3600_000) continue;
    const rule = matchCelebration({ type: row.type, amountMinor: row.amountMinor, currency: row.currency }, rules, baseCurrency);
    if (!rule || !isEventType(row.type)) continue;
    moments.push({
      id: `event:${row.eventId}`,
      size: 'major',
      kind: 'win',
      repId: row.repId,
      name: tvName(view, 'full', row.repId, row.name),
      strictName: tvName(view, 'first_initial', row.repId, row.name),
      avatarUrl: avatars.get(row.repId) ?? null,
      eventType: row.type,
      amountMinor: row.amountMinor,
      currency: row.currency,
      points: row.points,
      customer: row.customer,
      sound: celebrationSound(rule.sound, sounds.get(row.repId), false),
      at: now,
    });
  }
  return moments;
}

/** A test moment for the editor's "Test celebration" button (labelled as a test on screen). */
export function testMoment(ctx: ServiceContext, sequence: number, repId?: number): Moment {
  const rep = repId === undefined ? undefined : findRep(ctx.db, repId);
  const rules = celebrationRulesOf(ctx).filter((r) => r.enabled);
  const sound = rep ? repSoundMap(ctx).get(rep.id) : undefined;
  return {
    id: `test:${ctx.now()}:${sequence}`,
    size: 'major',
    kind: 'test',
    repId: rep?.id ?? null,
    name: rep ? tvName(publicView(ctx), 'full', rep.id, rep.name) : 'Fanfare',
    strictName: rep ? tvName(publicView(ctx), 'first_initial', rep.id, rep.name) : 'Fanfare',
    avatarUrl: rep ? (avatarUrls(ctx).get(rep.id) ?? null) : null,
    eventType: null,
    amountMinor: null,
    currency: null,
    points: 0,
    customer: null,
    sound: celebrationSound(rules[0]?.sound ?? 'fanfare', sound, false),
    at: ctx.now(),
  };
}

/** What one display plays of a moment, or null when that display does not celebrate. */
export function forDisplay(moment: Moment, settings: DisplaySettings, now: number, timeZone: string): Celebration | null {
  if (!settings.celebrations) return null;
  const localTime = DateTime.fromMillis(now, { zone: timeZone }).toFormat('HH:mm');
  const silenced = !settings.sound || settings.volume === 0 || inQuietHours(localTime, settings.quietHours);
  const { strictName, ...shown } = moment;
  return {
    ...shown,
    name: settings.privacy === 'first_initial' ? strictName : moment.name,
    // A lobby TV that hides surnames does not name customers either.
    customer: settings.privacy === 'full' ? moment.customer : null,
    sound: silenced ? null : moment.sound,
    volume: settings.volume / 100,
  };
}
