// The in-app notification feed. Moments are written inside the transaction that caused
// them (so they exist exactly when it commits); the desktop pop-ups go out after commit.
import type { NotificationView } from '../../../preload/contract';
import { insertNotificationOnce, listNotificationRows, markRead, unreadCount, type NotificationRow } from '../../../db/queries/notifications';
import { listGroupingsWithCounts } from '../../../db/queries/groupings';
import { listReps } from '../../../db/queries/reps';
import { listTeamsWithCounts } from '../../../db/queries/teams';
import { inTransaction } from '../../../db/transaction';
import type { NotificationPayload } from '../../engine/gamification/notifications';
import type { ServiceContext } from '../context';

export interface NewNotification {
  /** Whose feed: the rep's and the manager's (default), or one of them. */
  audience?: 'both' | 'rep' | 'manager';
  repId: number | null;
  teamId: number | null;
  payload: NotificationPayload;
  /** One notification per key, ever: a retried or replayed moment is not told twice. */
  dedupeKey: string;
}

/** Call inside the transaction that caused the moment. Returns false when it was told already. */
export function addNotification(ctx: ServiceContext, notification: NewNotification): boolean {
  const row = insertNotificationOnce(ctx.db, {
    kind: notification.payload.kind,
    audience: notification.audience ?? 'both',
    repId: notification.repId,
    teamId: notification.teamId,
    payloadJson: JSON.stringify(notification.payload),
    dedupeKey: notification.dedupeKey,
    createdAt: ctx.now(),
  });
  return row !== undefined;
}

export function toNotificationViews(ctx: ServiceContext, rows: readonly NotificationRow[], reader: 'manager' | 'rep'): NotificationView[] {
  const reps = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  const teams = new Map(listTeamsWithCounts(ctx.db).map((t) => [t.id, t.name]));
  const groupings = new Map(listGroupingsWithCounts(ctx.db).map((g) => [g.id, g.name]));
  return rows.map((row) => {
    const payload = JSON.parse(row.payloadJson) as NotificationPayload;
    const groupingId = payload.kind === 'goal_reached' ? payload.groupingId : undefined;
    return {
      id: row.id,
      repId: row.repId,
      repName: row.repId === null ? null : (reps.get(row.repId) ?? null),
      teamName: row.teamId === null ? null : (teams.get(row.teamId) ?? null),
      groupingName: groupingId === undefined ? null : (groupings.get(groupingId) ?? null),
      payload,
      createdAt: row.createdAt,
      read: (reader === 'manager' ? row.managerReadAt : row.repReadAt) !== null,
    };
  });
}

/** The manager's feed (every rep), or one rep's own. */
export function notificationFeed(ctx: ServiceContext, opts: { repId?: number; limit: number; beforeId?: number }): { items: NotificationView[]; unread: number } {
  const rows = listNotificationRows(ctx.db, opts);
  return { items: toNotificationViews(ctx, rows, opts.repId === undefined ? 'manager' : 'rep'), unread: unreadCount(ctx.db, opts.repId === undefined ? {} : { repId: opts.repId }) };
}

export function markNotificationsRead(ctx: ServiceContext, repId?: number): { marked: number } {
  const marked = inTransaction(ctx.db, () => markRead(ctx.db, { ...(repId === undefined ? {} : { repId }), at: ctx.now() }));
  if (marked > 0) ctx.bus.changed('notifications');
  return { marked };
}
