import { DateTime } from 'luxon';
import type { AuditEntry, ParsedInput } from '../../../preload/contract';
import { auditEntityTypes, listAuditRows, type AuditQuery, type AuditRow } from '../../../db/queries/audit';
import { dayStart, nextDay } from '../../engine/local-days';
import type { ServiceContext } from '../context';
import { getCalendar } from '../workspace';
import { diffSnapshots } from './diff';

type Filter = ParsedInput<'audit.exportCsv'>;

function toQuery(ctx: ServiceContext, filter: Filter): AuditQuery {
  const { timeZone } = getCalendar(ctx);
  return {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.search ? { search: filter.search } : {}),
    ...(filter.fromDay ? { from: dayStart(filter.fromDay, timeZone) } : {}),
    // The "to" day is inclusive: up to the start of the next local day.
    ...(filter.toDay ? { to: dayStart(nextDay(filter.toDay), timeZone) } : {}),
  };
}

const parse = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown));

function toEntry(row: AuditRow): AuditEntry {
  const before = parse(row.beforeJson);
  const after = parse(row.afterJson);
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel: row.entityLabel,
    before,
    after,
    changes: diffSnapshots(row.beforeJson === null ? undefined : before, row.afterJson === null ? undefined : after),
  };
}

export function listAudit(ctx: ServiceContext, input: ParsedInput<'audit.list'>): { entries: AuditEntry[]; hasMore: boolean; entityTypes: string[] } {
  const query = { ...toQuery(ctx, input), ...(input.beforeId !== undefined ? { beforeId: input.beforeId } : {}) };
  const rows = listAuditRows(ctx.db, query, input.limit + 1);
  return { entries: rows.slice(0, input.limit).map(toEntry), hasMore: rows.length > input.limit, entityTypes: auditEntityTypes(ctx.db) };
}

const ACTORS: Record<string, string> = {
  desktop: 'Manager (desktop app)',
  browser: 'Manager (browser)',
  api: 'Script (admin token)',
  system: 'Fanfare (automatic)',
};

/**
 * One CSV cell: quoted when it holds a delimiter, quote or line break; text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const MAX_EXPORT_ROWS = 100_000;

/** The audit log as CSV (UTF-8 with BOM so spreadsheet apps read accents right), newest first. */
export function exportAuditCsv(ctx: ServiceContext, filter: Filter): { filename: string; csv: string; rows: number } {
  const { timeZone } = getCalendar(ctx);
  const rows = listAuditRows(ctx.db, toQuery(ctx, filter), MAX_EXPORT_ROWS).map(toEntry);
  const header = ['time', 'time_utc', 'actor', 'action', 'entity_type', 'entity_id', 'entity', 'changes', 'before_json', 'after_json'];
  const lines = [header.join(',')];
  for (const entry of rows) {
    const changes = entry.changes.map((c) => `${c.field}: ${c.before ?? '∅'} → ${c.after ?? '∅'}`).join('; ');
    lines.push(
      [
        DateTime.fromMillis(entry.at, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? '',
        new Date(entry.at).toISOString(),
        ACTORS[entry.actor] ?? entry.actor,
        entry.action,
        entry.entityType,
        entry.entityId ?? '',
        entry.entityLabel,
        changes,
        entry.before === null ? '' : JSON.stringify(entry.before),
        entry.after === null ? '' : JSON.stringify(entry.after),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const stamp = DateTime.fromMillis(ctx.now(), { zone: timeZone }).toFormat('yyyy-LL-dd');
  return { filename: `fanfare-audit-${stamp}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: rows.length };
}
