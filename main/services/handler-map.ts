import type { z } from 'zod';
import { procedures, type ParsedInput, type ProcedureName, type ProcedureOutput, type Result } from '../../preload/contract';
import type { Actor, ServiceContext } from './context';
import { isSettingsChange, type ManagerLock } from './manager-lock';
import { toResult } from './errors';

export type Handler<N extends ProcedureName> = (input: ParsedInput<N>, ctx: ServiceContext) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;
export type HandlerMap = { [N in ProcedureName]: Handler<N> };
/** One domain's share of the handler map. */
export type HandlerSlice = Partial<HandlerMap>;

type ProcedureTable = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Merges handler slices into one map; a name handled twice, or a procedure not handled, throws. */
export function mergeSlices<T>(table: ProcedureTable, slices: Partial<T>[]): T {
  const merged: Record<string, unknown> = {};
  for (const slice of slices) {
    for (const [name, handler] of Object.entries(slice)) {
      if (name in merged) throw new Error(`procedure "${name}" has two handlers`);
      merged[name] = handler;
    }
  }
  const missing = Object.keys(table).filter((name) => !(name in merged));
  if (missing.length > 0) throw new Error(`procedures without a handler: ${missing.join(', ')}`);
  return merged as T;
}

export function mergeHandlers(...slices: HandlerSlice[]): HandlerMap {
  return mergeSlices<HandlerMap>(procedures, slices);
}

/** Who is calling the manager API: the transport knows (IPC = the desktop window, HTTP = a browser session or the admin token). */
export interface Caller {
  actor: Actor;
  /** The window or browser session (what a manager PIN unlock belongs to). */
  session: string;
}

export type Dispatch = (name: string, input: unknown, caller?: Caller) => Promise<Result<unknown>>;

function describeIssues(error: z.ZodError): { message: string; details: { path: string; message: string }[] } {
  const details = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const message = details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ');
  return { message, details };
}

/**
 * Validates the input against the procedure table, runs the handler, and checks the output
 * against the contract (which also strips anything the contract does not declare).
 */
export async function runProcedure(
  table: ProcedureTable,
  name: string,
  rawInput: unknown,
  invoke: (input: unknown) => unknown,
  log: ServiceContext['log'],
): Promise<Result<unknown>> {
  if (!Object.hasOwn(table, name)) return { ok: false, error: { code: 'not_found', message: `There is no procedure "${name}".` } };
  const procedure = table[name] as ProcedureTable[string];
  const input = procedure.input.safeParse(rawInput ?? {});
  if (!input.success) {
    const { message, details } = describeIssues(input.error);
    return { ok: false, error: { code: 'invalid_input', message: `${name}: ${message}`, details } };
  }
  const result = await toResult(() => invoke(input.data), (error) => log('error', `${name} failed`, error));
  if (!result.ok) return result;
  const output = procedure.output.safeParse(result.value);
  if (!output.success) {
    log('error', `${name} returned data that breaks the contract`, output.error.issues);
    return { ok: false, error: { code: 'internal', message: `${name} produced an invalid answer; the details are in the log.` } };
  }
  return { ok: true, value: output.data };
}

const LOCKED = {
  code: 'locked' as const,
  message: 'Settings are locked with the manager PIN. Unlock (the padlock in the sidebar) to make changes; reading stays open.',
};

/**
 * The single entry point both transports call (IPC in Electron, POST /api/<name> in a
 * browser). Each call runs with its caller in the context (for the audit log); with a
 * manager PIN set, a settings change from a locked window or browser is refused. The admin
 * token (scripts) is not asked for the PIN.
 */
export function createDispatch(ctx: ServiceContext, handlers: HandlerMap, lock?: ManagerLock): Dispatch {
  return async (name, rawInput, caller = { actor: ctx.electron ? 'desktop' : 'api', session: 'default' }) => {
    const callCtx: ServiceContext = { ...ctx, actor: caller.actor, session: caller.session, ...(lock ? { managerLock: lock } : {}) };
    const guarded = lock !== undefined && caller.actor !== 'api' && Object.hasOwn(procedures, name) && isSettingsChange(name);
    if (guarded && !lock.isUnlocked(callCtx, caller.session)) return { ok: false, error: LOCKED };
    const result = await runProcedure(procedures, name, rawInput, (input) => (handlers[name as ProcedureName] as (i: unknown, c: ServiceContext) => unknown)(input, callCtx), ctx.log);
    if (guarded && result.ok) lock.touch(callCtx, caller.session);
    return result;
  };
}
