import { auditLog } from '../../../db/schema';
import type { ServiceContext } from '../context';

export interface AuditChange {
  /** What was done, `<entity>.<verb>`: rep.update, portfolio.transfer, rule.update ... */
  action: string;
  entity: { type: string; id?: string | number | null; label: string };
  /** The entity before and after the change (plain JSON; omit what did not exist). */
  before?: unknown;
  after?: unknown;
}

/** Fields that never go into the audit log, whatever the entity (secrets, images, hashes). */
const REDACTED = new Set(['secret', 'token', 'pinHash', 'data', 'dataUrl', 'payloadJson']);

function clean(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (REDACTED.has(key) ? '[hidden]' : typeof v === 'bigint' ? String(v) : v)),
  ) as unknown;
}

/**
 * Writes one audit entry. Call it inside the use-case's transaction, after the change: the
 * entry commits (or rolls back) with the change it describes. Any service may use it, so
 * every manager change lands in the same log; the actor comes from the call's context.
 */
export function audit(ctx: ServiceContext, change: AuditChange): void {
  const before = clean(change.before);
  const after = clean(change.after);
  // A change that changed nothing (same before and after) is not worth a line.
  if (before !== undefined && after !== undefined && JSON.stringify(before) === JSON.stringify(after)) return;
  ctx.db
    .insert(auditLog)
    .values({
      at: ctx.now(),
      actor: ctx.actor ?? 'system',
      action: change.action,
      entityType: change.entity.type,
      entityId: change.entity.id === undefined || change.entity.id === null ? null : String(change.entity.id),
      entityLabel: change.entity.label,
      beforeJson: before === undefined ? null : JSON.stringify(before),
      afterJson: after === undefined ? null : JSON.stringify(after),
    })
    .run();
}
