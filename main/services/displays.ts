import { desc, eq, isNull, and } from 'drizzle-orm';
import type { Display, ParsedInput } from '../../preload/contract';
import { displays } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { safeEqual } from '../ingest/signature';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { newToken } from './tokens';
import { audit } from './audit/audit';
import { initDisplay } from './wallboard/config';

type DisplayRow = typeof displays.$inferSelect;

export function displayUrl(ctx: ServiceContext, token: string): string {
  return `${ctx.baseUrl()}/wall/${token}`;
}

function toView(ctx: ServiceContext, row: DisplayRow): Display {
  return { id: row.id, name: row.name, token: row.token, url: displayUrl(ctx, row.token), createdAt: row.createdAt, revokedAt: row.revokedAt };
}

export function listDisplays(ctx: ServiceContext): Display[] {
  return ctx.db.select().from(displays).orderBy(desc(displays.createdAt), desc(displays.id)).all().map((r) => toView(ctx, r));
}

export function createDisplay(ctx: ServiceContext, input: ParsedInput<'displays.create'>): { id: number; token: string; url: string } {
  const row = inTransaction(ctx.db, () => {
    const created = ctx.db.insert(displays).values({ name: input.name, token: newToken(24), createdAt: ctx.now(), revokedAt: null }).returning().get();
    initDisplay(ctx, created.id);
    audit(ctx, { action: 'display.create', entity: { type: 'display', id: created.id, label: created.name }, after: { name: created.name } });
    return created;
  });
  ctx.bus.changed('displays', 'wallboard', 'audit');
  return { id: row.id, token: row.token, url: displayUrl(ctx, row.token) };
}

export function revokeDisplay(ctx: ServiceContext, input: ParsedInput<'displays.revoke'>): Display {
  const row = inTransaction(ctx.db, () => {
    const existing = ctx.db.select().from(displays).where(eq(displays.id, input.id)).get();
    if (!existing) fail('not_found', `There is no display with id ${input.id}.`);
    if (existing.revokedAt !== null) return existing;
    const revoked = ctx.db.update(displays).set({ revokedAt: ctx.now() }).where(eq(displays.id, input.id)).returning().get();
    audit(ctx, { action: 'display.revoke', entity: { type: 'display', id: existing.id, label: existing.name }, before: { revoked: false }, after: { revoked: true } });
    return revoked;
  });
  ctx.bus.changed('displays', 'audit');
  return toView(ctx, row);
}

export function openKiosk(ctx: ServiceContext, input: ParsedInput<'displays.openKiosk'>): { opened: true } {
  const desktop = ctx.desktop ?? fail('invalid_input', 'The kiosk window is part of the desktop app; in a browser, open the display link on the TV and press F11 for full screen.');
  const row = ctx.db.select().from(displays).where(eq(displays.id, input.id)).get();
  if (!row) fail('not_found', `There is no display with id ${input.id}.`);
  if (row.revokedAt !== null) fail('conflict', `The display "${row.name}" was revoked; create a new display link.`);
  desktop.openKiosk(displayUrl(ctx, row.token), input.screenId);
  return { opened: true };
}

export type DisplayLookup = { status: 'active'; display: DisplayRow } | { status: 'revoked' } | { status: 'unknown' };

/**
 * Finds the display a token opens. The token is looked up by its index, then compared in
 * constant time, so a lookup's timing does not reveal how much of a guess was right.
 */
export function findDisplayByToken(ctx: ServiceContext, token: string): DisplayLookup {
  const row = ctx.db.select().from(displays).where(eq(displays.token, token)).get();
  if (!row || !safeEqual(row.token, token)) return { status: 'unknown' };
  return row.revokedAt === null ? { status: 'active', display: row } : { status: 'revoked' };
}

export function activeDisplays(ctx: ServiceContext): DisplayRow[] {
  return ctx.db.select().from(displays).where(and(isNull(displays.revokedAt))).all();
}
