import { eq } from 'drizzle-orm';
import { findRep } from '../../../db/queries/reps';
import { repAvatars } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { audit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { fail } from '../errors';
import { newToken } from '../tokens';

const MAX_BYTES = 512 * 1024;

/** The picture types a browser shows everywhere, recognised by their first bytes, not by what the upload claims. */
function sniff(data: Buffer): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  if (data.length > 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length > 12 && data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

export const avatarPath = (token: string, updatedAt: number) => `/avatars/${token}?v=${updatedAt}`;

/** rep id -> the URL (path) of their picture, for reps who have one. */
export function avatarUrls(ctx: ServiceContext): Map<number, string> {
  const rows = ctx.db.select({ repId: repAvatars.repId, token: repAvatars.token, updatedAt: repAvatars.updatedAt }).from(repAvatars).all();
  return new Map(rows.map((r) => [r.repId, avatarPath(r.token, r.updatedAt)]));
}

/** Stores a rep's picture from a `data:image/...;base64,` URL (the manager UI crops and shrinks it first). */
export function setAvatar(ctx: ServiceContext, input: { id: number; dataUrl: string }): { id: number; avatarUrl: string } {
  const match = /^data:([a-z/+.-]+);base64,([A-Za-z0-9+/=\s]+)$/i.exec(input.dataUrl);
  if (!match) fail('invalid_input', 'The picture must be sent as a data: URL with base64 content (PNG, JPEG or WebP).', { path: 'dataUrl' });
  const data = Buffer.from(match[2] ?? '', 'base64');
  if (data.length > MAX_BYTES) fail('payload_too_large', `The picture is ${Math.ceil(data.length / 1024)} KB; use one under ${MAX_BYTES / 1024} KB.`, { path: 'dataUrl' });
  const mime = sniff(data) ?? fail('invalid_input', 'That file is not a PNG, JPEG or WebP picture.', { path: 'dataUrl' });
  const result = inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.id) ?? fail('not_found', `There is no rep with id ${input.id}.`);
    const existing = ctx.db.select({ token: repAvatars.token }).from(repAvatars).where(eq(repAvatars.repId, rep.id)).get();
    // A new token for a new picture: links to the old one stop showing it.
    const token = newToken(18);
    const updatedAt = ctx.now();
    ctx.db
      .insert(repAvatars)
      .values({ repId: rep.id, token, mime, data, updatedAt })
      .onConflictDoUpdate({ target: repAvatars.repId, set: { token, mime, data, updatedAt } })
      .run();
    audit(ctx, { action: 'rep.avatar', entity: { type: 'rep', id: rep.id, label: rep.name }, before: { picture: existing ? 'uploaded' : 'initials' }, after: { picture: 'uploaded', bytes: data.length, type: mime } });
    return { id: rep.id, avatarUrl: avatarPath(token, updatedAt) };
  });
  ctx.bus.changed('reps', 'audit');
  return result;
}

export function removeAvatar(ctx: ServiceContext, input: { id: number }): { id: number } {
  inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.id) ?? fail('not_found', `There is no rep with id ${input.id}.`);
    const removed = ctx.db.delete(repAvatars).where(eq(repAvatars.repId, rep.id)).returning({ repId: repAvatars.repId }).get();
    if (removed) audit(ctx, { action: 'rep.avatar', entity: { type: 'rep', id: rep.id, label: rep.name }, before: { picture: 'uploaded' }, after: { picture: 'initials' } });
  });
  ctx.bus.changed('reps', 'audit');
  return { id: input.id };
}

/** The picture behind `/avatars/<token>`, if the token is current. */
export function findAvatar(ctx: ServiceContext, token: string): { mime: string; data: Buffer } | undefined {
  const row = ctx.db.select({ token: repAvatars.token, mime: repAvatars.mime, data: repAvatars.data }).from(repAvatars).where(eq(repAvatars.token, token)).get();
  return row && row.token === token ? { mime: row.mime, data: row.data } : undefined;
}
