import { SOURCE_KINDS, type ParsedInput, type Source, type SourceKind } from '../../preload/contract';
import { deliveryStats, findSource, insertSource, listDeliveries, listSources as listSourceRows, type SourceRow } from '../../db/queries/sources';
import { inTransaction } from '../../db/transaction';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { newToken } from './tokens';
import type { Delivery } from '../../preload/contract';
import { toDeliveryView } from './deliveries';
import { audit } from './audit/audit';

const HOUR = 3_600_000;

export function webhookUrl(ctx: ServiceContext, source: Pick<SourceRow, 'kind' | 'id'>): string {
  return `${ctx.baseUrl()}/hooks/${source.kind}/${source.id}`;
}

function toView(ctx: ServiceContext, row: SourceRow): Source {
  const stats = deliveryStats(ctx.db, row.id, ctx.now() - HOUR);
  return {
    id: row.id,
    kind: row.kind as SourceKind,
    name: row.name,
    enabled: row.enabled,
    secret: row.secret,
    webhookUrl: webhookUrl(ctx, row),
    createdAt: row.createdAt,
    lastDeliveryAt: stats.lastDeliveryAt,
    deliveriesLastHour: stats.deliveriesSince,
  };
}

/** Webhook sources: internal ones (kudos) and CSV import sources (listed by the import wizard) have no URL. */
export function listSources(ctx: ServiceContext): Source[] {
  return listSourceRows(ctx.db)
    .filter((row) => (SOURCE_KINDS as readonly string[]).includes(row.kind))
    .map((row) => toView(ctx, row));
}

export function requireSource(ctx: ServiceContext, id: string): SourceRow {
  return findSource(ctx.db, id) ?? fail('not_found', `There is no source "${id}".`);
}

export function createSource(ctx: ServiceContext, input: ParsedInput<'sources.create'>): { id: string; secret: string; webhookUrl: string } {
  const row = inTransaction(ctx.db, () => {
    const created = insertSource(ctx.db, {
      // The id is public (it is in the URL); the secret is what authenticates.
      id: `${input.kind}-${newToken(6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`,
      kind: input.kind,
      name: input.name,
      secret: `fsk_${newToken(24)}`,
      enabled: true,
      configJson: '{}',
      createdAt: ctx.now(),
    });
    audit(ctx, { action: 'source.create', entity: { type: 'source', id: created.id, label: created.name }, after: { kind: created.kind, name: created.name } });
    return created;
  });
  ctx.bus.changed('sources', 'audit');
  return { id: row.id, secret: row.secret, webhookUrl: webhookUrl(ctx, row) };
}

export function sourceDeliveries(ctx: ServiceContext, input: ParsedInput<'sources.deliveries'>): Delivery[] {
  requireSource(ctx, input.sourceId);
  return listDeliveries(ctx.db, input.sourceId, input.limit).map(toDeliveryView);
}
