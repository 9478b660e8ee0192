import type { z } from 'zod';
import { procedures, type ParsedInput, type ProcedureName, type ProcedureOutput, type Result } from '../../preload/contract';
import type { ServiceContext } from './context';
import { toResult } from './errors';

export type Handler<N extends ProcedureName> = (input: ParsedInput<N>, ctx: ServiceContext) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;
export type HandlerMap = { [N in ProcedureName]: Handler<N> };
/** One domain's share of the handler map. */
export type HandlerSlice = Partial<HandlerMap>;

/** Merges the domains' handler slices into the one map; a name handled twice, or not at all, throws. */
export function mergeHandlers(...slices: HandlerSlice[]): HandlerMap {
  const merged: Record<string, unknown> = {};
  for (const slice of slices) {
    for (const [name, handler] of Object.entries(slice)) {
      if (name in merged) throw new Error(`procedure "${name}" has two handlers`);
      merged[name] = handler;
    }
  }
  const missing = Object.keys(procedures).filter((name) => !(name in merged));
  if (missing.length > 0) throw new Error(`procedures without a handler: ${missing.join(', ')}`);
  return merged as HandlerMap;
}

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

function describeIssues(error: z.ZodError): { message: string; details: { path: string; message: string }[] } {
  const details = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const message = details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ');
  return { message, details };
}

/**
 * The single entry point both transports call (IPC in Electron, POST /api/<name> in a
 * browser): validate the input against the contract, run the handler, check the output.
 */
export function createDispatch(ctx: ServiceContext, handlers: HandlerMap): Dispatch {
  return async (name, rawInput) => {
    if (!Object.hasOwn(procedures, name)) {
      return { ok: false, error: { code: 'not_found', message: `There is no procedure "${name}".` } };
    }
    const procedureName = name as ProcedureName;
    const procedure = procedures[procedureName];
    const input = procedure.input.safeParse(rawInput ?? {});
    if (!input.success) {
      const { message, details } = describeIssues(input.error);
      return { ok: false, error: { code: 'invalid_input', message: `${name}: ${message}`, details } };
    }
    const handler = handlers[procedureName] as (input: unknown, ctx: ServiceContext) => unknown;
    const result = await toResult(() => handler(input.data, ctx), (error) => ctx.log('error', `${name} failed`, error));
    if (!result.ok) return result;
    const output = procedure.output.safeParse(result.value);
    if (!output.success) {
      ctx.log('error', `${name} returned data that breaks the contract`, output.error.issues);
      return { ok: false, error: { code: 'internal', message: `${name} produced an invalid answer; the details are in the log.` } };
    }
    return { ok: true, value: output.data };
  };
}
