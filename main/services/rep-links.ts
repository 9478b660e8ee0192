import type { ParsedInput, RepLink } from '../../preload/contract';
import { findRep, listReps } from '../../db/queries/reps';
import { findRepLink, findRepLinkByToken, insertRepLink, listRepLinks, revokeLinksOfRep, revokeRepLinkRow, type RepLinkRow } from '../../db/queries/rep-links';
import { inTransaction } from '../../db/transaction';
import { safeEqual } from '../ingest/signature';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { newToken } from './tokens';
import { audit } from './audit/audit';

export function repLinkUrl(ctx: ServiceContext, token: string): string {
  return `${ctx.baseUrl()}/me/${token}`;
}

function toView(ctx: ServiceContext, row: RepLinkRow, repName: string): RepLink {
  return { id: row.id, repId: row.repId, repName, url: repLinkUrl(ctx, row.token), createdAt: row.createdAt, revokedAt: row.revokedAt };
}

export function listRepLinkViews(ctx: ServiceContext): RepLink[] {
  const names = new Map(listReps(ctx.db).map((r) => [r.id, r.name]));
  return listRepLinks(ctx.db).map((row) => toView(ctx, row, names.get(row.repId) ?? ''));
}

/** A new private link for a rep; any earlier link of that rep stops working. */
export function createRepLink(ctx: ServiceContext, input: ParsedInput<'repLinks.create'>): RepLink {
  const result = inTransaction(ctx.db, () => {
    const rep = findRep(ctx.db, input.repId) ?? fail('not_found', `There is no rep with id ${input.repId}.`);
    revokeLinksOfRep(ctx.db, rep.id, ctx.now());
    const row = insertRepLink(ctx.db, { repId: rep.id, token: newToken(24), createdAt: ctx.now(), revokedAt: null });
    audit(ctx, { action: 'repLink.create', entity: { type: 'rep', id: rep.id, label: rep.name }, after: { privateLink: `new (id ${row.id}); earlier links stop working` } });
    return { row, name: rep.name };
  });
  ctx.bus.changed('repLinks', 'audit');
  return toView(ctx, result.row, result.name);
}

export function revokeRepLink(ctx: ServiceContext, input: ParsedInput<'repLinks.revoke'>): RepLink {
  const result = inTransaction(ctx.db, () => {
    const existing = findRepLink(ctx.db, input.id) ?? fail('not_found', `There is no rep link with id ${input.id}.`);
    const revoked = revokeRepLinkRow(ctx.db, input.id, ctx.now());
    const row = revoked ?? existing;
    const name = findRep(ctx.db, row.repId)?.name ?? '';
    if (revoked) audit(ctx, { action: 'repLink.revoke', entity: { type: 'rep', id: row.repId, label: name }, after: { privateLink: `revoked (id ${row.id})` } });
    return { row, name };
  });
  ctx.bus.changed('repLinks', 'audit');
  return toView(ctx, result.row, result.name);
}

export type RepLinkLookup = { status: 'active'; repId: number } | { status: 'revoked' } | { status: 'unknown' };

/** Which rep a `/me/<token>` link opens; compared in constant time after the index lookup. */
export function findRepByLinkToken(ctx: ServiceContext, token: string): RepLinkLookup {
  const row = findRepLinkByToken(ctx.db, token);
  if (!row || !safeEqual(row.token, token)) return { status: 'unknown' };
  if (row.revokedAt !== null) return { status: 'revoked' };
  const rep = findRep(ctx.db, row.repId);
  return rep ? { status: 'active', repId: rep.id } : { status: 'unknown' };
}
