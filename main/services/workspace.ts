import type { ParsedInput, Workspace } from '../../preload/contract';
import { readWorkspace, insertWorkspace, updateWorkspaceRow, type WorkspaceRow } from '../../db/queries/workspace';
import { inTransaction } from '../../db/transaction';
import { isCurrencyCode } from '../engine/currencies';
import { isValidTimeZone, type Calendar, type IsoWeekday } from '../engine/periods';
import { rebuildAggregates } from './gamification/aggregates';
import { ensureGamification } from './gamification/settings';
import { seedDefaultRules } from './rules';
import type { ServiceContext } from './context';
import { fail } from './errors';
import { audit } from './audit/audit';

function toView(row: WorkspaceRow): Workspace {
  return {
    name: row.name,
    timeZone: row.timeZone,
    weekStart: row.weekStart,
    baseCurrency: row.baseCurrency,
    locale: row.locale === 'pt-BR' ? 'pt-BR' : 'en',
    demo: row.demo,
  };
}

/** Sensible first-start settings from the machine: its time zone, and Brazilian defaults in Brazil. */
export function initialWorkspace(systemTimeZone: string): Omit<WorkspaceRow, 'id' | 'updatedAt' | 'demo'> {
  const timeZone = isValidTimeZone(systemTimeZone) ? systemTimeZone : 'UTC';
  const brazil = /^America\/(Sao_Paulo|Bahia|Fortaleza|Recife|Belem|Manaus|Cuiaba|Campo_Grande|Porto_Velho|Boa_Vista|Rio_Branco|Maceio|Araguaina|Santarem|Noronha)$/.test(timeZone);
  return {
    name: 'My sales team',
    timeZone,
    weekStart: brazil ? 7 : 1,
    baseCurrency: brazil ? 'BRL' : 'USD',
    locale: brazil ? 'pt-BR' : 'en',
  };
}

/** Creates the workspace row, the default rules and the game (badges, settings) the first time the app starts. */
export function ensureWorkspace(ctx: ServiceContext, systemTimeZone: string): void {
  const row = inTransaction(ctx.db, () => {
    const existing = readWorkspace(ctx.db);
    if (existing) return existing;
    insertWorkspace(ctx.db, { ...initialWorkspace(systemTimeZone), demo: false, updatedAt: ctx.now() });
    seedDefaultRules(ctx);
    return requireWorkspace(ctx);
  });
  ensureGamification(ctx, row);
}

function requireWorkspace(ctx: ServiceContext): WorkspaceRow {
  return readWorkspace(ctx.db) ?? fail('not_found', 'The workspace has not been set up yet.');
}

export function getWorkspace(ctx: ServiceContext): Workspace {
  return toView(requireWorkspace(ctx));
}

export function getCalendar(ctx: ServiceContext): Calendar & { baseCurrency: string } {
  const row = requireWorkspace(ctx);
  return { timeZone: row.timeZone, weekStart: row.weekStart as IsoWeekday, baseCurrency: row.baseCurrency };
}

export function updateWorkspace(ctx: ServiceContext, patch: ParsedInput<'workspace.update'>): Workspace {
  if (patch.timeZone !== undefined && !isValidTimeZone(patch.timeZone)) {
    fail('invalid_input', `"${patch.timeZone}" is not an IANA time zone; use a name like America/Sao_Paulo or Europe/Lisbon.`, {
      path: 'timeZone',
    });
  }
  const baseCurrency = patch.baseCurrency?.toUpperCase();
  if (baseCurrency !== undefined && !isCurrencyCode(baseCurrency)) {
    fail('invalid_input', `"${patch.baseCurrency}" is not an ISO 4217 currency code; use a code like BRL, USD or EUR.`, {
      path: 'baseCurrency',
    });
  }
  const updated = inTransaction(ctx.db, () => {
    const before = requireWorkspace(ctx);
    updateWorkspaceRow(ctx.db, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
      ...(patch.weekStart !== undefined ? { weekStart: patch.weekStart } : {}),
      ...(baseCurrency !== undefined ? { baseCurrency } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      updatedAt: ctx.now(),
    });
    const after = requireWorkspace(ctx);
    // Day totals are keyed by local day (a new time zone moves points between days), and
    // revenue is counted in the base currency: either change rebuilds them from the log.
    if (after.timeZone !== before.timeZone || after.baseCurrency !== before.baseCurrency) rebuildAggregates(ctx, after);
    audit(ctx, { action: 'workspace.update', entity: { type: 'settings', id: 'workspace', label: 'Workspace' }, before: toView(before), after: toView(after) });
    return after;
  });
  ctx.bus.changed('workspace', 'ledger', 'goals', 'badges', 'audit');
  return toView(updated);
}

/** Marks the workspace as holding the generated demo team (every screen then says so). */
export function markAsDemo(ctx: ServiceContext, name: string): void {
  updateWorkspaceRow(ctx.db, { demo: true, name, updatedAt: ctx.now() });
}
