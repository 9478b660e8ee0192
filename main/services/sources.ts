import { SOURCE_KINDS, type Delivery, type ParsedInput, type Source, type SourceKind } from '../../preload/contract';
import { countUnmapped } from '../../db/queries/events';
import { countUnresolvedHeld, heldItemsOfDeliveries } from '../../db/queries/held';
import {
  deliveriesPerHour,
  deliveryStats,
  findSource,
  insertSource,
  lastRejectedDelivery,
  listDeliveries,
  listSources as listSourceRows,
  updateSourceRow,
  type SourceRow,
} from '../../db/queries/sources';
import { inTransaction } from '../../db/transaction';
import type { AdapterEnv, SourceSettings } from '../ingest/adapter';
import type { ServiceContext } from './context';
import { toDeliveryView } from './deliveries';
import { fail } from './errors';
import { changedSettings, initialSettings, parseConfig, settingsView } from './source-settings';
import { newToken } from './tokens';
import { getCalendar } from './workspace';
import { audit } from './audit/audit';

const HOUR = 3_600_000;

const isWebhookSource = (row: SourceRow): boolean => (SOURCE_KINDS as readonly string[]).includes(row.kind);

export function webhookUrl(ctx: ServiceContext, source: Pick<SourceRow, 'kind' | 'id'>): string {
  return `${ctx.baseUrl()}/hooks/${source.kind}/${source.id}`;
}

/** What adapters may use: the clock, the network, and (read lazily, only HubSpot needs it) the workspace currency. */
export function adapterEnv(ctx: ServiceContext): AdapterEnv {
  return {
    now: ctx.now,
    // Read when an adapter calls out (few do): reading the global costs on every delivery.
    get fetch() {
      return globalThis.fetch;
    },
    get baseCurrency() {
      return getCalendar(ctx).baseCurrency;
    },
  };
}

/** The source as an adapter sees it. */
export function adapterSettings(ctx: ServiceContext, row: SourceRow): SourceSettings {
  return { id: row.id, kind: row.kind as SourceKind, secret: row.secret, config: parseConfig(row.configJson) as Record<string, unknown>, webhookUrl: webhookUrl(ctx, row) };
}

function toView(ctx: ServiceContext, row: SourceRow): Source {
  const now = ctx.now();
  const stats = deliveryStats(ctx.db, row.id, now - HOUR);
  // 24 buckets of one clock hour each, the last one being the current hour.
  const since = Math.floor(now / HOUR) * HOUR - 23 * HOUR;
  const perHour = deliveriesPerHour(ctx.db, row.id, since);
  const rejected = lastRejectedDelivery(ctx.db, row.id);
  const kind = row.kind as SourceKind;
  return {
    id: row.id,
    kind,
    name: row.name,
    enabled: row.enabled,
    secret: row.secret,
    settings: settingsView(kind, row.secret, parseConfig(row.configJson)),
    webhookUrl: webhookUrl(ctx, row),
    createdAt: row.createdAt,
    lastDeliveryAt: stats.lastDeliveryAt,
    deliveriesLastHour: stats.deliveriesSince,
    deliveriesByHour: Array.from({ length: 24 }, (_, i) => perHour.get(i) ?? 0),
    lastError: rejected ? { at: rejected.receivedAt, httpStatus: rejected.httpStatus, reason: rejected.reason ?? '' } : null,
    heldCount: countUnresolvedHeld(ctx.db, row.id),
    unmappedCount: countUnmapped(ctx.db, row.id),
  };
}

/** Webhook sources: not the manager's own awards, internal ones (kudos) nor CSV import sources (listed by the import wizard). */
export function listSources(ctx: ServiceContext): Source[] {
  return listSourceRows(ctx.db)
    .filter(isWebhookSource)
    .map((row) => toView(ctx, row));
}

export function requireSource(ctx: ServiceContext, id: string): SourceRow {
  const row = findSource(ctx.db, id);
  if (!row || !isWebhookSource(row)) fail('not_found', `There is no source "${id}".`);
  return row;
}

export function createSource(ctx: ServiceContext, input: ParsedInput<'sources.create'>): { id: string; secret: string; webhookUrl: string } {
  const { secret, config } = initialSettings(input.kind, input.settings);
  const row = inTransaction(ctx.db, () => {
    const created = insertSource(ctx.db, {
      // The id is public (it is in the URL); the secret is what authenticates.
      id: `${input.kind}-${newToken(6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`,
      kind: input.kind,
      name: input.name,
      secret,
      enabled: true,
      configJson: JSON.stringify(config),
      createdAt: ctx.now(),
    });
    audit(ctx, { action: 'source.create', entity: { type: 'source', id: created.id, label: created.name }, after: { kind: created.kind, name: created.name } });
    return created;
  });
  ctx.bus.changed('sources', 'audit');
  return { id: row.id, secret: row.secret, webhookUrl: webhookUrl(ctx, row) };
}

/** Renames, switches on or off, or changes the vendor settings of a source (e.g. a rolled secret). */
export function updateSource(ctx: ServiceContext, input: ParsedInput<'sources.update'>): Source {
  const row = inTransaction(ctx.db, () => {
    const current = requireSource(ctx, input.id);
    const settings = input.settings ? changedSettings(current.kind as SourceKind, { secret: current.secret, config: parseConfig(current.configJson) }, input.settings) : undefined;
    const updated = updateSourceRow(ctx.db, current.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      ...(settings ? { secret: settings.secret, configJson: JSON.stringify(settings.config) } : {}),
    });
    // Secrets never go into the audit log: only which settings were changed.
    audit(ctx, {
      action: 'source.update',
      entity: { type: 'source', id: current.id, label: current.name },
      before: { name: current.name, enabled: current.enabled },
      after: { name: updated?.name ?? current.name, enabled: updated?.enabled ?? current.enabled, ...(input.settings ? { settingsChanged: Object.keys(input.settings) } : {}) },
    });
    return updated;
  });
  ctx.bus.changed('sources', 'audit');
  return toView(ctx, row ?? fail('not_found', `There is no source "${input.id}".`));
}

export function sourceDeliveries(ctx: ServiceContext, input: ParsedInput<'sources.deliveries'>): Delivery[] {
  requireSource(ctx, input.sourceId);
  const rows = listDeliveries(ctx.db, input.sourceId, input.limit);
  const held = heldItemsOfDeliveries(
    ctx.db,
    rows.filter((r) => r.outcome === 'held').map((r) => r.id),
  );
  return rows.map((row) => {
    const view = toDeliveryView(row);
    const items = held.filter((h) => h.deliveryId === row.id);
    if (items.length === 0) return view;
    const pending = items.filter((h) => h.resolvedAt === null);
    return {
      ...view,
      held: {
        pending: pending.length,
        resolved: items.length - pending.length,
        attempts: Math.max(...items.map((h) => h.attempts)),
        reason: (pending[0] ?? items[items.length - 1])?.reason ?? '',
      },
    };
  });
}
